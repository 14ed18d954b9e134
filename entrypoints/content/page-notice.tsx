// A short notice on the page, in our own shadow root: what a card's action did ("… is no longer marked here"), or
// that the marks went off for the site, so that marks never vanish without a word. It reads out politely
// (role=status), goes by itself after a while unless the pointer or focus is on it (WCAG 2.2.1: a reader reaching for
// its button keeps it), and its button acts only on the reader's own click.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { trustedOnly } from '@/components/CardMenu';
import { t, uiLanguage } from '@/utils/translate';
import type { Notice } from './feature';
import { createOwnShadowRootUi } from './own-ui';

/** Long enough to read two lines and reach the button. */
const SHOWN_MS = 10_000;

export interface PageNotice {
  show: (notice: Notice) => void;
  close: () => void;
  remove: () => void;
}

export async function createPageNotice(ctx: ContentScriptContext): Promise<PageNotice> {
  let container: HTMLElement | undefined;
  let removed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ui = await createOwnShadowRootUi(ctx, {
    name: 'sanctions-lens-notice',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    onMount(uiContainer) {
      container = uiContainer;
    },
  });
  const close = () => {
    clearTimeout(timer);
    if (container) render(null, container);
  };
  return {
    show(notice) {
      if (removed) return;
      if (!ui.shadowHost.isConnected) ui.mount();
      if (!container) return;
      clearTimeout(timer);
      const undo = notice.undo;
      const hold = () => clearTimeout(timer);
      const later = () => {
        clearTimeout(timer);
        timer = setTimeout(close, SHOWN_MS);
      };
      render(
        <div class="sl-card sl-notice" lang={uiLanguage()} role="status" onPointerEnter={hold} onPointerLeave={later} onFocusIn={hold} onFocusOut={later}>
          <button type="button" class="sl-close" aria-label={t('notice_close')} onClick={trustedOnly(close)}>
            ×
          </button>
          <p>{notice.message}</p>
          {undo && (
            <button
              type="button"
              class="sl-notice-undo"
              onClick={trustedOnly(() => {
                close();
                undo();
              })}
            >
              {notice.undoLabel ?? t('notice_undo')}
            </button>
          )}
        </div>,
        container,
      );
      later();
    },
    close,
    remove() {
      removed = true;
      close();
      ui.remove();
    },
  };
}
