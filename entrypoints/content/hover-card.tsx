// The card: one Preact tree in an open shadow root, placed beside the name without covering it. Opened by the
// pointer it leaves focus where it was; opened from the keyboard list it takes focus, and gives it back on close.
import type { ListDate } from '@/lib/dataset/list-dates';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { EntityCard } from '@/components/EntityCard';
import type { Entity } from '@/lib/dataset/format';
import type { Mention } from '@/lib/match/mention';
import type { EntitySummary } from '@/lib/dataset/format';
import { placeCard } from './card-placement';
import { createOwnShadowRootUi } from './own-ui';
import { t } from '@/utils/translate';

export interface CardData {
  entity: Entity;
  mention: Mention;
  alternatives: EntitySummary[];
  lists: ListDate[];
}

export interface HoverCard {
  show: (data: CardData, anchor: DOMRect, opts: { focus: boolean }) => void;
  close: () => void;
  isOpen: () => boolean;
  /** Takes the card off the page for good. */
  remove: () => void;
  host: HTMLElement;
}

export async function createHoverCard(ctx: ContentScriptContext, events: { onAlternative: (id: string) => void; onClose: () => void }): Promise<HoverCard> {
  let container: HTMLElement | undefined;
  let open = false;
  let removed = false;
  const ui = await createOwnShadowRootUi(ctx, {
    name: 'sanctions-lens-card',
    position: 'inline',
    // The root element, not <body>: a transformed or filtered body would trap position: fixed.
    anchor: 'html',
    append: 'last',
    onMount(uiContainer) {
      container = uiContainer;
    },
  });
  // The host keeps WXT's `all: initial !important` reset, which no page style can undo; the card inside
  // the shadow root is the positioned element.
  const host = ui.shadowHost;

  const close = () => {
    if (!open) return;
    open = false;
    if (container) render(null, container);
    events.onClose();
  };

  const show = (data: CardData, anchor: DOMRect, opts: { focus: boolean }) => {
    if (removed) return;
    if (!host.isConnected) ui.mount();
    if (!container) return;
    open = true;
    render(
      <div class="sl-card sl-card-floating" role="dialog" aria-modal="false" aria-labelledby="sl-card-title" aria-describedby="sl-card-status" tabIndex={-1}>
        <button type="button" class="sl-close" aria-label={t('card_close')} onClick={close}>
          ×
        </button>
        <EntityCard
          entity={data.entity}
          pageText={data.mention.text}
          status={data.mention.status}
          alternatives={data.alternatives}
          lists={data.lists}
          onAlternative={events.onAlternative}
          t={t}
        />
      </div>,
      container,
    );
    const card = container.querySelector<HTMLElement>('.sl-card');
    if (!card) return;
    card.style.maxHeight = '';
    const { width, height } = card.getBoundingClientRect();
    const p = placeCard(
      { top: anchor.top, left: anchor.left, width: anchor.width, height: anchor.height },
      { width, height },
      { width: document.documentElement.clientWidth, height: window.innerHeight },
    );
    card.style.top = `${p.top}px`;
    card.style.left = `${p.left}px`;
    card.dataset.side = p.side;
    if (p.maxHeight !== undefined) card.style.maxHeight = `${p.maxHeight}px`;
    if (opts.focus) card.focus();
  };

  const remove = () => {
    removed = true;
    open = false;
    // Unmounted first, so Preact lets go of the tree before WXT empties its container.
    if (container) render(null, container);
    ui.remove();
  };

  return { show, close, isOpen: () => open, remove, host };
}
