// The hover card: one Preact tree in an open shadow root, placed beside the name without covering it.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { EntityCard } from '@/components/EntityCard';
import type { Entity } from '@/lib/dataset/format';
import type { Mention } from '@/lib/match/scan';
import type { EntitySummary } from '@/lib/protocol';

export interface CardData {
  entity: Entity;
  mention: Mention;
  alternatives: EntitySummary[];
  datasetVersion: string | null;
}

const GAP = 6;

function place(card: HTMLElement, anchor: DOMRect): void {
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  const { width, height } = card.getBoundingClientRect();
  const below = vh - anchor.bottom - GAP;
  const above = anchor.top - GAP;
  // Below the name when it fits, else above, else whichever side has more room: never over the name.
  const top = height <= below || below >= above ? anchor.bottom + GAP : Math.max(0, anchor.top - GAP - height);
  const left = Math.min(Math.max(4, anchor.left), Math.max(4, vw - width - 4));
  card.style.top = `${top}px`;
  card.style.left = `${left}px`;
}

export async function createHoverCard(ctx: ContentScriptContext, onAlternative: (id: string) => void) {
  let container: HTMLElement | undefined;
  const ui = await createShadowRootUi(ctx, {
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
    if (container) render(null, container);
  };

  const show = (data: CardData, anchor: DOMRect) => {
    if (!host.isConnected) ui.mount();
    if (!container) return;
    render(
      <div class="sl-card sl-card-floating" role="dialog" aria-labelledby="sl-card-title" aria-describedby="sl-card-status">
        <button type="button" class="sl-close" aria-label="Close" onClick={close}>
          ×
        </button>
        <EntityCard
          entity={data.entity}
          pageText={data.mention.text}
          status={data.mention.status}
          alternatives={data.alternatives}
          datasetVersion={data.datasetVersion}
          onAlternative={onAlternative}
        />
      </div>,
      container,
    );
    const card = container.querySelector<HTMLElement>('.sl-card');
    if (card) place(card, anchor);
  };

  return { show, close, host };
}
