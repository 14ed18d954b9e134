import type { MessageKey, Translate } from '@/lib/i18n';
import { english } from '@/lib/i18n/english';
import type { SyncProgress } from '@/lib/sync/status';

const STEP: Record<SyncProgress['step'], MessageKey> = {
  checking: 'progress_checking',
  downloading: 'progress_downloading',
  verifying: 'progress_verifying',
  importing: 'progress_importing',
  switching: 'progress_switching',
};

function mb(bytes: number, locale: string): string {
  const digits = bytes < 1e7 ? 2 : 1;
  return `${(bytes / 1e6).toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })} MB`;
}

/** The step of a running sync, with bytes while downloading and records while importing. */
export function SyncProgressBar({ progress, t = english }: { progress: SyncProgress; t?: Translate }) {
  const locale = t('dateLocale');
  const byRecords = progress.step === 'importing' || progress.step === 'switching';
  const [done, total] = byRecords ? [progress.recordsDone, progress.recordsTotal] : [progress.bytesDone, progress.bytesTotal];
  const detail = byRecords
    ? t('progress_records', progress.recordsDone.toLocaleString(locale), progress.recordsTotal.toLocaleString(locale))
    : progress.bytesTotal > 0
      ? t('progress_bytes', mb(progress.bytesDone, locale), mb(progress.bytesTotal, locale))
      : '';
  return (
    <div class="sl-progress">
      <p>
        <span class="sl-step">{t(STEP[progress.step])}</span>
        {detail && <span>: {detail}</span>}
      </p>
      {total > 0 ? <progress aria-label={t('progress_label')} max={total} value={done} /> : <progress aria-label={t('progress_label')} />}
    </div>
  );
}
