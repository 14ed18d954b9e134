import '@/components/card.css';
import { browser } from 'wxt/browser';
import { CONTENT_TYPES, createClient, isRequest, type Request, type Response, type ToBackground, type ToContent } from '@/lib/protocol';
import { Highlights, highlightsSupported } from './highlights';
import { createHoverCard } from './hover-card';
import { watchHover } from './hover';
import { OverlayMarks } from './overlay-marks';
import { PageMarks, type MarkedMention, type MarkPainter } from './page-marks';
import { PageWatch } from './page-watch';
import { watchSiteSwitch } from './site-switch';
import { pageSlicer } from './time-slice';
import { toolbarBadge } from './toolbar-badge';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const background = createClient<ToBackground>((m) => browser.runtime.sendMessage(m));
    const badge = toolbarBadge(background);
    // Set once everything below exists; a settings change that arrives earlier is picked up by the reads below.
    let onSettings: (on: boolean) => void = () => undefined;
    const site = await watchSiteSwitch(location.hostname, (_settings, on) => onSettings(on));
    ctx.onInvalidated(site.stop);

    const painter: MarkPainter = site.settings().boxes || !highlightsSupported() ? new OverlayMarks(document) : new Highlights();
    painter.setStyles(site.settings().styles);
    let watch: PageWatch | undefined;
    const marks = new PageMarks(painter, async (texts) => (await background('scan', { texts })).mentions, pageSlicer(), (nested, host) =>
      watch?.onNested(nested, host),
    );
    const countChanged = () => badge(site.on() ? marks.sanctionedCount() : 0);
    // The page is read only once the marks are on for it: a site switched off sends no text anywhere.
    const start = () => {
      if (watch) return;
      watch = new PageWatch(marks, { onRoot: (root) => painter.attach(root), onChange: countChanged, onIdle: countChanged });
      ctx.onInvalidated(() => watch?.stop());
      watch.add(document);
    };

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
      dwellMs: site.settings().dwellMs,
      graceMs: site.settings().graceMs,
      open: (m) => site.on() && void openCard(m),
      close: () => {
        current = undefined;
        card.close();
      },
      isOverCard: (target) => target === card.host,
    });
    ctx.onInvalidated(stop);

    const answer = async (message: Request<ToContent>): Promise<Response<ToContent, keyof ToContent>> => {
      switch (message.type) {
        case 'pageMentions':
          return { mentions: marks.all.map(({ mention }) => ({ entityId: mention.entityId, text: mention.text, status: mention.status })) };
        case 'toggleSite':
          return { on: await site.toggle() };
        case 'showNameList':
          return { count: 0 };
      }
    };
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isRequest<ToContent>(message, CONTENT_TYPES)) return undefined;
      return answer(message);
    });

    onSettings = (on) => {
      painter.setStyles(site.settings().styles);
      painter.setVisible(on);
      if (on) start();
      else card.close();
      countChanged();
    };
    onSettings(site.on());
  },
});
