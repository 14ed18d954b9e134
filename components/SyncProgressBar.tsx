import type { SyncProgress } from '@/lib/sync/status';

const STEP: Record<SyncProgress['step'], string> = {
  checking: 'Checking for a new dataset',
  downloading: 'Downloading',
  verifying: 'Verifying the download',
  importing: 'Importing',
  switching: 'Switching to the new dataset',
};

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1)} MB`;
}

/** The step of a running sync, with bytes while downloading and records while importing. */
export function SyncProgressBar({ progress }: { progress: SyncProgress }) {
  const byRecords = progress.step === 'importing' || progress.step === 'switching';
  const [done, total] = byRecords ? [progress.recordsDone, progress.recordsTotal] : [progress.bytesDone, progress.bytesTotal];
  const detail = byRecords
    ? `${progress.recordsDone.toLocaleString('en')} of ${progress.recordsTotal.toLocaleString('en')} records`
    : progress.bytesTotal > 0
      ? `${mb(progress.bytesDone)} of ${mb(progress.bytesTotal)}`
      : '';
  return (
    <div class="sl-progress">
      <p>
        <span class="sl-step">{STEP[progress.step]}</span>
        {detail && <span>: {detail}</span>}
      </p>
      {total > 0 ? <progress aria-label="Sync progress" max={total} value={done} /> : <progress aria-label="Sync progress" />}
    </div>
  );
}
