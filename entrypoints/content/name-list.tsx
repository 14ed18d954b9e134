// The keyboard path to every card: a list of the names marked on the page (opened by a shortcut or the popup),
// in our own shadow root. Arrow keys move, Enter opens the name's card at its first mention, Escape closes the
// card, then the list, and focus returns to where it was on the page.
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { StatusBadge } from '@/components/StatusBadge';
import { t, uiLanguage } from '@/utils/translate';
import { listNames, type ListedName } from './name-rows';
import type { MarkedMention } from './mark-types';
import { createOwnShadowRootUi } from './own-ui';

function NameList({ names, opened, onOpen, onClose }: { names: ListedName[]; /** Changes on each opening (not on a refresh): focus goes to the first name. */ opened: number; onOpen: (n: ListedName, button: HTMLElement) => void; onClose: () => void }) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector<HTMLElement>('button')?.focus();
  }, [opened]);
  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLElement>('button') ?? [])];
    const at = buttons.indexOf(e.target as HTMLElement);
    const move = (i: number) => {
      e.preventDefault();
      buttons[(i + buttons.length) % buttons.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(buttons.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };
  return (
    <div class="sl-card sl-list" lang={uiLanguage()} role="dialog" aria-labelledby="sl-list-title" onKeyDown={onKeyDown}>
      <button type="button" class="sl-close" aria-label={t('list_close')} onClick={onClose}>
        ×
      </button>
      <h2 id="sl-list-title" class="sl-list-title">
        {t('list_title')}
      </h2>
      {names.length === 0 ? (
        <p class="sl-muted">{t('list_none')}</p>
      ) : (
        <ul ref={list} class="sl-list-names">
          {names.map((n) => (
            <li key={`${n.first.mention.entityId}:${n.text}`}>
              <button type="button" class="sl-list-name" onClick={(e) => onOpen(n, e.currentTarget)}>
                <span>{n.text}</span>
                {n.count > 1 && <span class="sl-muted"> ×{n.count}</span>}
                <StatusBadge status={n.status} possibleWhy={n.first.mention.possibleBecause} t={t} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="sl-muted sl-list-help">{t('list_help')}</p>
    </div>
  );
}

export interface NameListUi {
  open: (marks: MarkedMention[]) => number;
  /** Lists the page's names anew if the list is open (a name was taken off the page, or marks came and went). */
  refresh: (marks: MarkedMention[]) => void;
  close: () => void;
  /** Where the open list is on screen (undefined when closed): the cards it opens keep clear of it. */
  rect: () => DOMRect | undefined;
  /** Takes the list off the page for good. */
  remove: () => void;
}

export async function createNameList(ctx: ContentScriptContext, onOpen: (m: MarkedMention, returnFocus: HTMLElement) => void): Promise<NameListUi> {
  let container: HTMLElement | undefined;
  let restore: Element | null = null;
  let removed = false;
  let shown = false;
  let opened = 0;
  const ui = await createOwnShadowRootUi(ctx, {
    name: 'sanctions-lens-list',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    onMount(uiContainer) {
      container = uiContainer;
    },
  });
  const draw = (marks: MarkedMention[]) => {
    const names = listNames(marks);
    if (container) render(<NameList names={names} opened={opened} onOpen={(n, button) => onOpen(n.first, button)} onClose={close} />, container);
    return names.length;
  };
  const close = () => {
    shown = false;
    if (container) render(null, container);
    if (restore instanceof HTMLElement) restore.focus();
    restore = null;
  };
  return {
    open(marks) {
      if (removed) return 0;
      if (!ui.shadowHost.isConnected) ui.mount();
      if (!container) return 0;
      restore ??= document.activeElement;
      shown = true;
      opened++;
      return draw(marks);
    },
    refresh(marks) {
      if (!shown || removed) return;
      const root = ui.shadow;
      const focused = root.activeElement;
      draw(marks);
      // The name that had focus is gone (its marks were taken off the page): the first name takes it.
      if (focused && !focused.isConnected) (root.querySelector<HTMLElement>('.sl-list-names button') ?? root.querySelector<HTMLElement>('.sl-close'))?.focus();
    },
    close,
    rect: () => container?.querySelector('.sl-list')?.getBoundingClientRect(),
    remove() {
      removed = true;
      if (container) render(null, container);
      ui.remove();
    },
  };
}
