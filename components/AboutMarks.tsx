import { useEffect, useState } from 'preact/hooks';
import type { MessageKey, Translate } from '@/lib/i18n';
import { english } from '@/lib/i18n/english';

/** A keyboard command as the browser reports it (browser.commands.getAll): the reader may have rebound it. */
export interface Shortcut {
  name?: string;
  shortcut?: string;
}

const WORDS: Record<string, MessageKey> = { 'toggle-marks': 'shortcut_toggleMarks', 'list-names': 'shortcut_listNames', 'look-up-selection': 'shortcut_lookUpSelection' };

/**
 * What a mark is and is not, and the keyboard shortcuts as they are bound now. `pointToOptions`: say that the lists
 * and their dates are on the options page (the popup; the options page shows them itself).
 */
export function AboutMarks({ loadShortcuts, t = english, pointToOptions = false }: { loadShortcuts?: () => Promise<Shortcut[]>; t?: Translate; pointToOptions?: boolean }) {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    loadShortcuts?.().then(setShortcuts, () => setShortcuts([]));
  }, [loadShortcuts]);
  const known = shortcuts.filter((s) => s.name && WORDS[s.name]);
  return (
    <section class="sl-about sl-muted sl-small" aria-label={t('aboutMarksTitle')}>
      <p>
        {t('aboutMarks')}
        {pointToOptions && ` ${t('aboutMarksWhere')}`}
      </p>
      {known.length > 0 && (
        <p>
          {t('shortcutsTitle')}:{' '}
          {known.map((s, i) => (
            <span key={s.name}>
              {i > 0 && ' · '}
              {t(WORDS[s.name!], s.shortcut || t('shortcutUnset'))}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
