// The EU Financial Sanctions Files' RSS feed (https://webgate.ec.europa.eu/fsd/fsf/public/rss): one item per file
// format with its date, byte length and a checksum in the guid. Reading it is a cheap check before the 25 MB file,
// which the Commission generates on request (over a minute): an unchanged file is not downloaded again.

import type { ImportProblem } from '../dataset/problems';
import { XmlError, childText, children, parseXml, type XmlElement } from '../dataset/xml';

export const EU_FSF_RSS_URL = 'https://webgate.ec.europa.eu/fsd/fsf/public/rss';
/** The path segment that names a format in the feed's URLs (`…/files/xmlFullSanctionsList_1_1/content?token=…`). */
export const EU_FSF_XML_FORMAT = 'xmlFullSanctionsList_1_1';
/** The real feed is a few kilobytes, one item per format; anything much larger is not it. */
export const MAX_EU_FSF_RSS_LENGTH = 1 << 20;

/** One full file as the feed announces it. */
export interface EuFsfFeedEntry {
  title: string;
  url: string;
  /** The item's pubDate as an ISO time in UTC; absent when the feed gives none it can be read from. */
  published?: string;
  /** Bytes, from the enclosure. */
  length?: number;
  /** 40 hex digits from the guid's `checksum=` (apparently SHA-1), upper case as the feed writes it. */
  checksum?: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RFC822 = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s+(GMT|UTC|UT|Z|[+-]\d{4})$/;

/** RSS's RFC-822 date (`Fri, 08 May 2026 14:10:07 GMT`) as an ISO time in UTC; undefined when it is not one. */
export function rfc822ToIso(text: string): string | undefined {
  const m = RFC822.exec(text.trim());
  const month = m ? MONTHS.indexOf(m[2][0].toUpperCase() + m[2].slice(1).toLowerCase()) : -1;
  if (!m || month < 0) return undefined;
  const offset = /^[+-]/.test(m[7]) ? (m[7][0] === '-' ? -1 : 1) * (Number(m[7].slice(1, 3)) * 60 + Number(m[7].slice(3))) : 0;
  const t = Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)) - offset * 60_000;
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().replace('.000Z', 'Z');
}

/** The format named in a feed URL's path, or undefined. */
function formatOf(url: string): string | undefined {
  return /\/files\/([^/?#]+)\//.exec(url)?.[1];
}

function entry(item: XmlElement): EuFsfFeedEntry | undefined {
  const enclosure = children(item, 'enclosure')[0];
  const url = enclosure?.attrs.url?.trim() || childText(item, 'link');
  if (!url) return undefined;
  const out: EuFsfFeedEntry = { title: childText(item, 'title'), url };
  const published = rfc822ToIso(childText(item, 'pubDate'));
  if (published) out.published = published;
  const length = enclosure?.attrs.length?.trim();
  if (length && /^\d+$/.test(length)) out.length = Number(length);
  const checksum = /[?&]checksum=([0-9A-Fa-f]{40})(?:&|$)/.exec(childText(item, 'guid'))?.[1];
  if (checksum) out.checksum = checksum;
  return out;
}

/**
 * The latest entry of the feed for one file format (the XML 1.1 full list by default), or only problems: a feed
 * that is not well-formed, is not RSS, or has no entry for the format.
 */
export function parseEuFsfRss(text: string, file: string, format = EU_FSF_XML_FORMAT): { entry?: EuFsfFeedEntry; problems: ImportProblem[] } {
  if (text.length > MAX_EU_FSF_RSS_LENGTH) {
    return { problems: [{ file, line: 0, message: `the feed is longer than ${MAX_EU_FSF_RSS_LENGTH} characters; the real one is a few kilobytes` }] };
  }
  let rss: XmlElement;
  try {
    rss = parseXml(text);
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    const line = Number(/^line (\d+)/.exec(e.message)?.[1] ?? 0);
    return { problems: [{ file, line, message: `the feed is not well-formed XML: ${e.message}` }] };
  }
  const channel = children(rss, 'channel')[0];
  if (rss.name !== 'rss' || !channel) return { problems: [{ file, line: 1, message: `the feed is not RSS: its root is <${rss.name}>` }] };
  const problems: ImportProblem[] = [];
  let latest: EuFsfFeedEntry | undefined;
  for (const item of children(channel, 'item')) {
    const e = entry(item);
    if (!e || formatOf(e.url) !== format) continue;
    if (!e.published) problems.push({ file, line: 0, message: `the ${format} item's pubDate ${JSON.stringify(childText(item, 'pubDate'))} is not an RFC-822 date` });
    // Items are not promised in date order: the latest one counts; without dates, the first.
    if (!latest || (e.published && latest.published && e.published > latest.published)) latest = e;
  }
  if (!latest) problems.push({ file, line: 0, message: `the feed has no item for ${format}` });
  return latest ? { entry: latest, problems } : { problems };
}

/** What was installed from the EU file the last time: what the feed said of it then. */
export type EuFsfInstalled = Pick<EuFsfFeedEntry, 'checksum' | 'length' | 'published'>;

/**
 * Whether the file the feed announces must be downloaded, given what was installed. The checksum decides when
 * both sides have one; else a different length, else a later date; a download when nothing tells them apart,
 * since a stale list is worse than a wasted download.
 */
export function needsEuFsfDownload(latest: EuFsfFeedEntry, installed: EuFsfInstalled | undefined): { download: boolean; reason: string } {
  if (!installed) return { download: true, reason: 'nothing installed yet' };
  if (latest.checksum && installed.checksum) {
    return latest.checksum.toUpperCase() === installed.checksum.toUpperCase()
      ? { download: false, reason: 'same checksum as the installed file' }
      : { download: true, reason: 'the checksum changed' };
  }
  if (latest.length !== undefined && installed.length !== undefined && latest.length !== installed.length) {
    return { download: true, reason: 'the length changed' };
  }
  if (latest.published && installed.published) {
    return latest.published > installed.published
      ? { download: true, reason: 'published after the installed file' }
      : { download: false, reason: 'not published after the installed file' };
  }
  return { download: true, reason: 'the feed gives nothing to compare with the installed file' };
}
