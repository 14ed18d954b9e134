// The lists' publishers the extension can keep current from, with exactly the addresses they serve the lists at
// (../shared/REFERENCES.md, "Official sources"). Nothing here is fetched until the reader turns updates on, and
// then only these addresses (and the hosts they redirect to), each granted as an optional host permission.
import { EU_FSF_LIST } from '../../dataset/eu-fsf';
import { EU_VEN_LIST } from '../../dataset/eu';
import { OFAC_SDN_LIST } from '../../dataset/ofac';
import { OFAC_CONS_LIST } from '../../dataset/ofac-cons';
import { UK_LIST } from '../../dataset/uk';
import { UN_LIST } from '../../dataset/un';
import type { PublisherId } from './ids';

export { PUBLISHER_IDS, type PublisherId } from './ids';

/** One file of a publication. */
export interface PublisherFile {
  /** Short name, the key of the file's reader input (e.g. 'sdn', 'alt'). */
  name: string;
  url: string;
  /** Download limit: several times the real file's size, so a growing list is fine and a runaway answer is not. */
  maxBytes: number;
}

export interface PublisherSource {
  id: PublisherId;
  /** As a reader knows it: "OFAC SDN list". */
  label: string;
  publisher: string;
  licence: string;
  /** Where a reader can see the list itself (for the card's "how current" line and the manifest). */
  homepage: string;
  /** The list ids (Sanction.list, SourceRef.list) whose rows this source publishes: replaced when it updates. */
  lists: string[];
  /**
   * List ids of the shipped data this source supersedes without a diff: the shipped EU data is only the Venezuela
   * annex, so the first full EU file replaces it, and no entry of another EU regime is "added" on that day.
   */
  supersedes: string[];
  /**
   * The programme a superseded list's programme has in this source's files ('EU-VEN' of the annex is 'VEN' in the
   * EU's own files): a superseded entry is looked for by name within it (superseded.ts).
   */
  supersededPrograms?: Readonly<Record<string, string>>;
  /** A small feed checked first, so an unchanged list is not downloaded (EU's RSS). */
  feed?: PublisherFile;
  files: PublisherFile[];
  /**
   * A file whose head gives the publisher's own date of the publication, when the files read carry none (OFAC's
   * SDN.XML and CONSOLIDATED.XML <Publish_Date> beside their CSV files; publish-date.ts). `maxBytes` bounds what is read of it.
   */
  dateFile?: PublisherFile;
  /**
   * The publisher's per-publication change files (OFAC's): `history` lists the publications of a year ({year}),
   * `file` is one publication's changes ({id}). Used only when they bring the installed list exactly up to date
   * (ofac-changes.ts); otherwise the full files are read.
   */
  changes?: { history: string; file: string; maxBytes: number };
  /** Every host the extension needs for this source, redirect targets included. */
  hosts: string[];
  /** The line of the shipped dataset's manifest sources that this source's updates replace. */
  shippedName: RegExp;
  /** Lines of shipped sources this one supersedes (the EU's Venezuela annex). */
  supersededNames: RegExp[];
}

const MB = 1 << 20;
const OFAC_SLS_ROOT = 'https://sanctionslistservice.ofac.treas.gov';
const OFAC_SLS = `${OFAC_SLS_ROOT}/api/PublicationPreview/exports`;
// The Sanctions List Service answers each file with a 302 to a short-lived signed address on this host.
const OFAC_STORAGE_HOST = 'wc2h-sls-prod-public-published.s3.us-gov-west-1.amazonaws.com';

export const PUBLISHER_SOURCES: Record<PublisherId, PublisherSource> = {
  'ofac-sdn': {
    id: 'ofac-sdn',
    label: 'OFAC SDN list',
    publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control',
    licence: 'Public domain (US government work)',
    homepage: 'https://sanctionslist.ofac.treas.gov/Home/SdnList',
    lists: [OFAC_SDN_LIST],
    supersedes: [],
    files: [
      { name: 'sdn', url: `${OFAC_SLS}/SDN.CSV`, maxBytes: 64 * MB },
      { name: 'alt', url: `${OFAC_SLS}/ALT.CSV`, maxBytes: 32 * MB },
      { name: 'add', url: `${OFAC_SLS}/ADD.CSV`, maxBytes: 32 * MB },
    ],
    dateFile: { name: 'sdn-xml', url: `${OFAC_SLS}/SDN.XML`, maxBytes: 64 * 1024 },
    changes: { history: `${OFAC_SLS_ROOT}/changes/history/{year}`, file: `${OFAC_SLS_ROOT}/changes/{id}`, maxBytes: 32 * MB },
    hosts: ['sanctionslistservice.ofac.treas.gov', OFAC_STORAGE_HOST],
    shippedName: /^OFAC Specially Designated Nationals list/,
    supersededNames: [],
  },
  'ofac-cons': {
    id: 'ofac-cons',
    label: 'OFAC Consolidated (non-SDN) list',
    publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control',
    licence: 'Public domain (US government work)',
    homepage: 'https://sanctionslist.ofac.treas.gov/Home/ConsolidatedList',
    lists: [OFAC_CONS_LIST],
    supersedes: [],
    files: [
      { name: 'prim', url: `${OFAC_SLS}/CONS_PRIM.CSV`, maxBytes: 16 * MB },
      { name: 'alt', url: `${OFAC_SLS}/CONS_ALT.CSV`, maxBytes: 16 * MB },
      { name: 'add', url: `${OFAC_SLS}/CONS_ADD.CSV`, maxBytes: 16 * MB },
    ],
    // The same publication's XML export, in SDN.XML's format (sdnList, <Publish_Date>), per public code that reads it.
    dateFile: { name: 'cons-xml', url: `${OFAC_SLS}/CONSOLIDATED.XML`, maxBytes: 64 * 1024 },
    hosts: ['sanctionslistservice.ofac.treas.gov', OFAC_STORAGE_HOST],
    shippedName: /^OFAC Consolidated \(non-SDN\)/,
    supersededNames: [],
  },
  un: {
    id: 'un',
    label: 'UN Security Council Consolidated List',
    publisher: 'United Nations Security Council',
    licence: 'UN public data',
    homepage: 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list',
    lists: [UN_LIST],
    supersedes: [],
    files: [{ name: 'xml', url: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml', maxBytes: 64 * MB }],
    hosts: ['scsanctions.un.org'],
    shippedName: /^UN Security Council Consolidated List/,
    supersededNames: [],
  },
  eu: {
    id: 'eu',
    label: 'EU Financial Sanctions Files',
    publisher: 'European Commission (FISMA), Financial Sanctions Files',
    licence: 'Commission reuse policy (Decision 2011/833/EU)',
    homepage: 'https://data.europa.eu/data/datasets/consolidated-list-of-persons-groups-and-entities-subject-to-eu-financial-sanctions?locale=en',
    lists: [EU_FSF_LIST],
    supersedes: [EU_VEN_LIST],
    supersededPrograms: { 'EU-VEN': 'VEN' },
    feed: { name: 'rss', url: 'https://webgate.ec.europa.eu/fsd/fsf/public/rss', maxBytes: 1 * MB },
    files: [{ name: 'xml', url: 'https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw', maxBytes: 256 * MB }],
    hosts: ['webgate.ec.europa.eu'],
    shippedName: /^EU Financial Sanctions Files/,
    supersededNames: [/^EU Venezuela regime/],
  },
  uk: {
    id: 'uk',
    label: 'UK Sanctions List',
    publisher: 'UK Foreign, Commonwealth & Development Office',
    licence: 'Open Government Licence v3.0',
    homepage: 'https://www.gov.uk/government/publications/the-uk-sanctions-list',
    lists: [UK_LIST],
    supersedes: [],
    files: [{ name: 'xml', url: 'https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml', maxBytes: 128 * MB }],
    hosts: ['sanctionslist.fcdo.gov.uk'],
    shippedName: /^UK Sanctions List/,
    supersededNames: [],
  },
};

/** The origin patterns to ask for (optional host permissions) for the given sources. */
export function hostPatterns(ids: readonly PublisherId[]): string[] {
  return [...new Set(ids.flatMap((id) => PUBLISHER_SOURCES[id].hosts))].map((h) => `https://${h}/*`);
}

/**
 * The address to fetch: the publisher's own, or, for tests only, the same path on a loopback server that plays every
 * publisher (`testOrigin`, accepted only for http://127.0.0.1 or localhost; see settings).
 */
export function publisherUrl(url: string, testOrigin: string | undefined): string {
  if (!testOrigin) return url;
  const u = new URL(url);
  return `${testOrigin}${u.pathname}${u.search}`;
}

/** Whether an address is one a source may be served from after redirects: its declared hosts, or the test origin. */
export function allowedHost(source: PublisherSource, url: string, testOrigins: readonly string[]): boolean {
  const u = new URL(url);
  if (testOrigins.some((o) => new URL(o).hostname === u.hostname)) return true;
  return u.protocol === 'https:' && source.hosts.includes(u.hostname);
}
