// The organisation's settings as the browser holds them (storage.managed, read-only to the extension), read through
// lib/sync/managed.ts. Chrome fills it from policy with the schema public/managed-schema.json; Firefox from
// policies.json "3rdparty" or a managed storage manifest (README, "Settings an organisation sets").
import { browser } from 'wxt/browser';
import { parseManaged, type ManagedSettings } from '@/lib/sync/managed';

export async function readManaged(): Promise<ManagedSettings> {
  try {
    return parseManaged(await browser.storage.managed.get());
  } catch {
    // Firefox rejects the read when no policy or manifest names the extension: nothing is managed then.
    return {};
  }
}

/** Calls `listener` when an organisation's policy changes (the browser reloads policies while it runs). */
export function onManagedChange(listener: () => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') listener();
  });
}
