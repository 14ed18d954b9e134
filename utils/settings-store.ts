// The one stored copy of the reader's settings (extension storage, shared by the content script, the popup and the
// options page). Values read back are validated by parseSettings, whatever wrote them.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/lib/settings';

const item = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await item.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await item.setValue(parseSettings(settings));
}

/** Applies `change` to the stored settings (read, change, write). */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(change(await loadSettings()));
  await item.setValue(next);
  return next;
}

/** Calls `onChange` with the new settings whenever any part of the extension saves them. */
export function watchSettings(onChange: (s: Settings) => void): () => void {
  return item.watch((value) => onChange(parseSettings(value)));
}
