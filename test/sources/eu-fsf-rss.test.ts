import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { needsEuFsfDownload, parseEuFsfRss, rfc822ToIso, type EuFsfFeedEntry } from '../../lib/sources/eu-fsf-rss';

const FILE = 'fsf_public_rss.excerpt.xml';
const rss = readFileSync(join(__dirname, '../fixtures/eu-fsf', FILE), 'utf8');

// The stored feed stops before its XML 1.1 item (fixtures README). DERIVED: the real PDF item with only the format in
// its URLs and its title changed, added after it and dated a day later, so the feed has an item for the XML file.
const pdfItem = /<item>[\s\S]*?<\/item>/.exec(rss)?.[0] ?? '';
const xmlItem = pdfItem
  .replaceAll('pdfFullSanctionsList', 'xmlFullSanctionsList_1_1')
  .replace('<title>PDF - v1.0</title>', '<title>XML (Based on XSD) - v1.1</title>')
  .replace('Fri, 08 May 2026', 'Sat, 09 May 2026');
const withXml = rss.replace(pdfItem, `${pdfItem}\n    ${xmlItem}`);

describe('the EU FSF RSS feed', () => {
  it('gives the real PDF entry its date, URL, length and checksum', () => {
    expect(parseEuFsfRss(rss, FILE, 'pdfFullSanctionsList')).toEqual({
      entry: {
        title: 'PDF - v1.0',
        url: 'https://webgate.ec.europa.eu/fsd/fsf/public/files/pdfFullSanctionsList/content?token=dG9rZW4tMjAxNw',
        published: '2026-05-08T14:10:07Z',
        length: 17732305,
        checksum: '333C4A607296B53C3E63D15FB2465034FAAE6769',
      },
      problems: [],
    });
  });

  it('picks the XML 1.1 full list by default, by the format in its URL', () => {
    const { entry, problems } = parseEuFsfRss(withXml, FILE);
    expect(problems).toEqual([]);
    expect(entry).toMatchObject({
      title: 'XML (Based on XSD) - v1.1',
      url: 'https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw',
      published: '2026-05-09T14:10:07Z',
    });
  });

  it('takes the latest of several items for the format, whatever their order', () => {
    const older = xmlItem.replace('Sat, 09 May 2026', 'Thu, 07 May 2026').replace('333C4A', '000000');
    const feed = rss.replace(pdfItem, `${pdfItem}\n${older}\n${xmlItem}\n${older}`);
    expect(parseEuFsfRss(feed, FILE).entry?.checksum).toBe('333C4A607296B53C3E63D15FB2465034FAAE6769');
  });

  it('says when the feed has no entry for the format, is not RSS, is not XML, or is far too long', () => {
    expect(parseEuFsfRss(rss, FILE)).toEqual({ problems: [{ file: FILE, line: 0, message: 'the feed has no item for xmlFullSanctionsList_1_1' }] });
    expect(parseEuFsfRss('<html><body>Service unavailable</body></html>', FILE).problems[0].message).toBe('the feed is not RSS: its root is <html>');
    expect(parseEuFsfRss(rss.slice(0, 600), FILE).problems[0].message).toMatch(/^the feed is not well-formed XML: line \d+/);
    const padded = rss.replace('<language>', `<!--${' '.repeat(1 << 20)}--><language>`);
    expect(parseEuFsfRss(padded, FILE).problems[0].message).toBe('the feed is longer than 1048576 characters; the real one is a few kilobytes');
  });

  it('reads RFC-822 dates in UTC, with or without a weekday, and refuses anything else', () => {
    expect(rfc822ToIso('Sun, 24 May 2026 05:17:52 GMT')).toBe('2026-05-24T05:17:52Z');
    expect(rfc822ToIso('8 May 2026 16:10:07 +0200')).toBe('2026-05-08T14:10:07Z');
    expect(rfc822ToIso('2026-05-08')).toBeUndefined();
    expect(rfc822ToIso('Fri, 08 Foo 2026 14:10:07 GMT')).toBeUndefined();
  });
});

describe('whether to download the EU file', () => {
  const latest = parseEuFsfRss(withXml, FILE).entry as EuFsfFeedEntry;

  it('downloads when nothing is installed', () => {
    expect(needsEuFsfDownload(latest, undefined)).toEqual({ download: true, reason: 'nothing installed yet' });
  });

  it('does not download a file with the same checksum, whatever the case of its hex digits', () => {
    expect(needsEuFsfDownload(latest, { ...latest })).toEqual({ download: false, reason: 'same checksum as the installed file' });
    expect(needsEuFsfDownload(latest, { checksum: latest.checksum?.toLowerCase(), published: '2026-01-01T00:00:00Z' }).download).toBe(false);
  });

  it('downloads when the checksum changed, even with the same length and date', () => {
    expect(needsEuFsfDownload(latest, { ...latest, checksum: '0000000000000000000000000000000000000000' })).toEqual({ download: true, reason: 'the checksum changed' });
  });

  it('without a checksum, goes by length, then by date, and downloads when nothing can be compared', () => {
    const { checksum: _, ...bare } = latest;
    expect(needsEuFsfDownload(bare, { length: 17732304 }).download).toBe(true);
    expect(needsEuFsfDownload(bare, { length: latest.length, published: '2026-05-08T14:10:07Z' })).toEqual({ download: true, reason: 'published after the installed file' });
    expect(needsEuFsfDownload(bare, { length: latest.length, published: latest.published }).download).toBe(false);
    expect(needsEuFsfDownload({ title: 'x', url: latest.url }, { checksum: latest.checksum })).toEqual({ download: true, reason: 'the feed gives nothing to compare with the installed file' });
  });
});
