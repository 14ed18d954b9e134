// Puts the organisation's settings in force at each worker start and whenever its policy changes: the sync's
// schedule follows the managed mirror and interval (sync.ts reads them on every use), and the publishers' engine,
// which keeps its own settings, is given the managed choice and sources.
import { isManaged, withManagedPublishers } from '@/lib/sync/managed';
import { readManaged, onManagedChange } from './managed-storage';
import { publisherStatus, setPublisherSettings } from './publisher-sync';
import { rescheduleSync } from './sync';

/** The managed choice and sources handed to the publishers' engine; `reschedule`: the sync's alarm set again too. */
export async function applyManaged({ reschedule }: { reschedule: boolean }): Promise<void> {
  const managed = await readManaged();
  // At start, startSync() schedules with the managed settings already; after a policy change the alarm follows.
  if (reschedule) await rescheduleSync();
  if (!isManaged(managed)) return;
  const { settings } = await publisherStatus();
  const wanted = withManagedPublishers(settings, managed);
  if (JSON.stringify(wanted) === JSON.stringify(settings)) return;
  const answer = await setPublisherSettings(wanted);
  // Updates the organisation turns on still need the reader's grant of the publishers' hosts (the options page asks).
  if (!answer.ok) console.warn(`Sanctions Lens: the organisation's settings for the publishers' updates wait for the reader: ${answer.error}`);
}

export function startManaged(): void {
  const apply = (reschedule: boolean) => applyManaged({ reschedule }).catch((e: unknown) => console.error('Sanctions Lens: the organisation’s settings could not be applied:', e));
  onManagedChange(() => void apply(true));
  void apply(false);
}
