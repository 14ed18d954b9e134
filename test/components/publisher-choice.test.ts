// The offer of updates from the publishers: the hosts are asked for within the click (before anything is awaited),
// exactly those of the sources switched on, and a refusal leaves the settings as they were.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it, vi } from 'vitest';
import { PublisherPrompt } from '../../components/PublisherPrompt';
import { turnOn } from '../../components/publisher-choice';
import { catalogGetMessage, translator, type Catalog } from '../../lib/i18n';
import { english } from '../../lib/i18n/english';
import type { Client, ToBackground } from '../../lib/protocol';
import { DEFAULT_PUBLISHER_SETTINGS, type PublisherSettings } from '../../lib/sync/publishers/status';

const es = translator(catalogGetMessage(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/es/messages.json'), 'utf8')) as Catalog));

function fakeBackground() {
  const sent: PublisherSettings[] = [];
  const background = (async (type: string, payload: PublisherSettings) => {
    if (type !== 'setPublisherSettings') throw new Error(type);
    sent.push(payload);
    return { ok: true };
  }) as unknown as Client<ToBackground>;
  return { background, sent };
}

describe('turning updates on', () => {
  it('asks for the enabled sources’ hosts at once, then saves on: true', async () => {
    const { background, sent } = fakeBackground();
    const requestHosts = vi.fn(async () => true);
    const settings = { ...DEFAULT_PUBLISHER_SETTINGS, sources: { 'ofac-sdn': true, 'ofac-cons': false, un: false, eu: true, uk: false } };
    const done = turnOn(settings, requestHosts, background, english);
    // Called before turnOn returned: still within the click's user gesture.
    expect(requestHosts).toHaveBeenCalledWith([
      'https://sanctionslistservice.ofac.treas.gov/*',
      'https://wc2h-sls-prod-public-published.s3.us-gov-west-1.amazonaws.com/*',
      'https://webgate.ec.europa.eu/*',
    ]);
    expect(await done).toBeNull();
    expect(sent).toEqual([{ ...settings, on: true }]);
  });

  it('saves nothing when the browser refuses the hosts, and says so', async () => {
    const { background, sent } = fakeBackground();
    expect(await turnOn(DEFAULT_PUBLISHER_SETTINGS, async () => false, background, es)).toBe(
      'El navegador no dio acceso a los sitios de los editores, así que no ha cambiado nada.',
    );
    expect(sent).toEqual([]);
  });
});

describe('the popup’s offer', () => {
  const background = (() => new Promise(() => {})) as unknown as Client<ToBackground>;
  const props = { settings: DEFAULT_PUBLISHER_SETTINGS, background, requestHosts: async () => false, onChosen: () => {} };

  it('says what is fetched and what is not, in English and Spanish', () => {
    const en = renderToString(h(PublisherPrompt, { ...props, t: english }));
    expect(en).toContain('nothing about the pages you read is sent');
    expect(en).toContain('>Turn on updates</button>');
    expect(en).toContain('>Not now</button>');
    const html = renderToString(h(PublisherPrompt, { ...props, t: es }));
    expect(html).toContain('Mantener las listas al día desde sus editores oficiales (OFAC, ONU, UE, Reino Unido).');
    expect(html).toContain('>Activar las actualizaciones</button>');
    expect(html).toContain('>Ahora no</button>');
  });
});
