// The card: one Preact tree in an open shadow root, placed beside the name without covering it. Opened by the
// pointer it leaves focus where it was; opened from the keyboard list it takes focus, and gives it back on close.
import type { ListDate } from '@/lib/dataset/list-dates';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardMenu, trustedOnly } from '@/components/CardMenu';
import { EntityCard } from '@/components/EntityCard';
import { MatchReason } from '@/components/MatchReason';
import { entityStatus, type Entity } from '@/lib/dataset/format';
import { cardPossibleWhy, cardStatus, type Mention } from '@/lib/match/mention';
import type { EntitySummary } from '@/lib/dataset/format';
import { placeCard } from './card-placement';
import { createOwnShadowRootUi } from './own-ui';
import { t, uiLanguage } from '@/utils/translate';

export interface CardData {
  entity: Entity;
  mention: Mention;
  alternatives: EntitySummary[];
  lists: ListDate[];
}

export interface HoverCard {
  /** `avoid`: another of our panels on screen (the keyboard list) that the card must not cover. */
  show: (data: CardData, anchor: DOMRect, opts: { focus: boolean; avoid?: DOMRect }) => void;
  /** Places the open card beside its name again (the name moved: a scroll). */
  move: (anchor: DOMRect, avoid?: DOMRect) => void;
  close: () => void;
  isOpen: () => boolean;
  /** Takes the card off the page for good. */
  remove: () => void;
  host: HTMLElement;
}

export interface HoverCardEvents {
  onAlternative: (id: string) => void;
  onClose: () => void;
  /** The card's menu; each is called only on the reader's own click or key (CardMenu). */
  onNotThisPerson: (data: CardData) => void;
  onSiteOff: () => void;
  onSettings: () => void;
}

export async function createHoverCard(ctx: ContentScriptContext, events: HoverCardEvents): Promise<HoverCard> {
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

  const place = (card: HTMLElement, anchor: DOMRect, avoid?: DOMRect) => {
    card.style.maxHeight = '';
    const { width, height } = card.getBoundingClientRect();
    const p = placeCard(
      { top: anchor.top, left: anchor.left, width: anchor.width, height: anchor.height },
      { width, height },
      { width: document.documentElement.clientWidth, height: window.innerHeight },
      undefined,
      avoid && { top: avoid.top, left: avoid.left, width: avoid.width, height: avoid.height },
    );
    card.style.top = `${p.top}px`;
    card.style.left = `${p.left}px`;
    card.dataset.side = p.side;
    if (p.maxHeight !== undefined) card.style.maxHeight = `${p.maxHeight}px`;
  };

  const show = (data: CardData, anchor: DOMRect, opts: { focus: boolean; avoid?: DOMRect }) => {
    if (removed) return;
    if (!host.isConnected) ui.mount();
    if (!container) return;
    open = true;
    const shown = { id: data.entity.id, status: entityStatus(data.entity) };
    render(
      <div class="sl-card sl-card-floating" lang={uiLanguage()} role="dialog" aria-modal="false" aria-labelledby="sl-card-title" aria-describedby="sl-card-status" tabIndex={-1}>
        <div class="sl-card-tools">
          <CardMenu onNotThisPerson={() => events.onNotThisPerson(data)} onSiteOff={events.onSiteOff} onSettings={events.onSettings} t={t} />
          <button type="button" class="sl-close" aria-label={t('card_close')} onClick={trustedOnly(close)}>
            ×
          </button>
        </div>
        <EntityCard
          entity={data.entity}
          pageText={data.mention.text}
          status={cardStatus(shown, data.mention)}
          possibleWhy={cardPossibleWhy(shown, data.mention)}
          alternatives={data.alternatives}
          lists={data.lists}
          onAlternative={events.onAlternative}
          t={t}
          why={<MatchReason entity={data.entity} mention={data.mention} alternatives={data.alternatives} t={t} />}
        />
      </div>,
      container,
    );
    const card = container.querySelector<HTMLElement>('.sl-card');
    if (!card) return;
    place(card, anchor, opts.avoid);
    if (opts.focus) card.focus();
  };

  const move = (anchor: DOMRect, avoid?: DOMRect) => {
    const card = open ? container?.querySelector<HTMLElement>('.sl-card') : null;
    if (card) place(card, anchor, avoid);
  };

  const remove = () => {
    removed = true;
    open = false;
    // Unmounted first, so Preact lets go of the tree before WXT empties its container.
    if (container) render(null, container);
    ui.remove();
  };

  return { show, move, close, isOpen: () => open, remove, host };
}
