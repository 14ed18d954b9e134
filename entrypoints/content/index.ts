import '@/components/card.css';
import { browser } from 'wxt/browser';
import { CONTENT_TYPES, createClient, isRequest, type ToBackground, type ToContent } from '@/lib/protocol';
import { Highlights, highlightsSupported } from './highlights';
import { createHoverCard } from './hover-card';
import { watchHover } from './hover';
import { PageMarks, type MarkedMention } from './page-marks';
import { PageWatch } from './page-watch';
import { pageSlicer } from './time-slice';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    if (!highlightsSupported()) return;
    const background = createClient<ToBackground>((m) => browser.runtime.sendMessage(m));
    const highlights = new Highlights();
    let watch: PageWatch | undefined;
    const marks = new PageMarks(highlights, async (texts) => (await background('scan', { texts })).mentions, pageSlicer(), (nested, host) =>
      watch?.onNested(nested, host),
    );

    let current: MarkedMention | undefined;
    const openCard = async (m: MarkedMention, id = m.mention.entityId) => {
      current = m;
      const reply = await background('entity', { id, alternatives: [m.mention.entityId, ...m.mention.alternatives].filter((a) => a !== id) });
      if (current !== m || !reply.entity) return;
      const rect = m.range.getClientRects()[0] ?? m.range.getBoundingClientRect();
      card.show({ entity: reply.entity, mention: m.mention, alternatives: reply.alternatives, datasetVersion: reply.datasetVersion }, rect);
    };
    const card = await createHoverCard(ctx, (id) => current && void openCard(current, id));

    const stop = watchHover(document, marks, {
      dwellMs: 300,
      graceMs: 300,
      open: (m) => void openCard(m),
      close: () => {
        current = undefined;
        card.close();
      },
      isOverCard: (target) => target === card.host,
    });
    ctx.onInvalidated(stop);

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isRequest<ToContent>(message, CONTENT_TYPES)) return undefined;
      const reply: ToContent['pageMentions'][1] = {
        mentions: marks.all.map(({ mention }) => ({ entityId: mention.entityId, text: mention.text, status: mention.status })),
      };
      return Promise.resolve(reply);
    });

    let reported = -1;
    const reportCount = () => {
      const sanctioned = marks.sanctionedCount();
      if (sanctioned === reported) return;
      reported = sanctioned;
      void background('pageCount', { sanctioned });
    };
    watch = new PageWatch(marks, {
      onRoot: (root) => highlights.attach(root),
      onChange: reportCount,
      onIdle: reportCount,
    });
    ctx.onInvalidated(() => watch?.stop());
    watch.add(document);
  },
});
