// OFAC's per-publication change file (`/changes/{publicationID}`, served as `DeltaArchive/YYYY-MM-DD_delta.xml`),
// read chunk by chunk into one typed record per <entity>, so the worker never holds the file whole.
//
// No real delta file could be brought here, and its schema (DeltaFile.xsd) was not at hand. What this reader rests
// on, from public code that reads the real files (searched for "DeltaFile/1.0", "sanctionsData", "_delta.xml"):
// the root <sanctionsData> in namespace https://www.treasury.gov/ofac/DeltaFile/1.0; <publicationInfo> with
// <datePublished> (an ISO time with OFAC's offset, e.g. 2026-01-15T00:00:00-05:00) and <publicationType>;
// <entities><entity id="<the entry's number>" action="add|change|remove"> (one reader also names "modify"), with
// <generalInfo><entityType>, <sanctionsLists><sanctionsList>, <sanctionsPrograms><sanctionsProgram>,
// <names><name><isPrimary>, <aliasType>, <translations><translation><isPrimary><script><formattedFullName>,
// <addresses><address><country>, and <features><feature><type><value> (vessel type and flag among them).
// Ours, where nothing public shows the element: <generalInfo><title> and <remarks>, a name's and an address's
// <remarks>, and an address's <addressLine> and <cityStateZip>; these carry what sdn.csv, alt.csv and add.csv hold,
// so a change file can bring the installed CSV rows up to date (lib/dataset/ofac-delta.ts). One public reader shows
// a change carried inside an entity (<sanctionsProgram action="add">): this reader refuses such a part-change
// rather than guess its meaning, and the sync then reads the full files.

import type { ImportProblem } from '../dataset/problems';
import { XmlError, XmlRecordReader, closeSayingCutShort, child, childText, children, type XmlElement } from '../dataset/xml';

export const OFAC_DELTA_NAMESPACE = 'https://www.treasury.gov/ofac/DeltaFile/1.0';

export const OFAC_DELTA_ACTIONS = ['add', 'change', 'remove'] as const;
export type OfacDeltaAction = (typeof OFAC_DELTA_ACTIONS)[number];

export interface OfacDeltaName {
  /** The name's id (the alias's alt_num in alt.csv). */
  id: string;
  /** `A.K.A.`, `F.K.A.`, `N.K.A.` as OFAC writes them. */
  aliasType: string;
  name: string;
  remarks: string;
}

export interface OfacDeltaAddress {
  /** add.csv's add_num. */
  id: string;
  addressLine: string;
  cityStateZip: string;
  country: string;
  remarks: string;
}

export interface OfacDeltaEntity {
  /** The entry's number, sdn.csv's ent_num. */
  id: string;
  action: OfacDeltaAction;
  /** Individual, Entity, Vessel or Aircraft; '' in a removal that gives none. */
  entityType: string;
  title: string;
  remarks: string;
  lists: string[];
  programs: string[];
  /** The primary name's primary translation; '' in a removal that gives none. */
  primaryName: string;
  aliases: OfacDeltaName[];
  addresses: OfacDeltaAddress[];
  features: { type: string; value: string }[];
}

export interface OfacDeltaPublication {
  /** datePublished as written (an ISO time with OFAC's offset). */
  datePublished?: string;
  /** The publication's own day, as OFAC wrote it (the date part of datePublished): what SDN.XML's Publish_Date says. */
  day?: string;
  publicationType?: string;
}

const ENTRY = /^\d+$/;
const DAY = /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;

function actionOf(text: string | undefined): OfacDeltaAction | undefined {
  const a = (text ?? '').trim().toLowerCase();
  if (a === 'modify') return 'change';
  return OFAC_DELTA_ACTIONS.find((x) => x === a);
}

/** Whether any element below `el` carries its own action: a change inside an entity, which this reader does not apply. */
function partAction(el: XmlElement): string | undefined {
  for (const c of el.children) {
    if (c.attrs.action !== undefined) return c.name;
    const deeper = partAction(c);
    if (deeper) return deeper;
  }
  return undefined;
}

/** The primary translation's full name of a <name>, or its first translation's. */
function fullName(name: XmlElement): string {
  const translations = children(name, 'translations').flatMap((t) => children(t, 'translation'));
  const primary = translations.find((t) => childText(t, 'isPrimary') === 'true') ?? translations[0];
  return primary ? childText(primary, 'formattedFullName') : '';
}

/**
 * Reads a delta file chunk by chunk: `write(chunk)` and `close()` return the entities completed so far, in file
 * order; `publication` holds <publicationInfo> once read. An entity that cannot be applied (no number, no action, a
 * part-change, an addition without a name) is said in `problems`: the caller refuses the whole file.
 * Throws XmlError when the file is not well-formed, is cut short or is not a delta file.
 */
export class OfacDeltaReader {
  readonly publication: OfacDeltaPublication = {};
  readonly problems: ImportProblem[] = [];
  private readonly xml: XmlRecordReader;
  private readonly seen = new Set<string>();
  private ready: OfacDeltaEntity[] = [];
  private hasInfo = false;

  constructor(private readonly file: string) {
    this.xml = new XmlRecordReader({
      isRecord: (name, ancestors) => {
        if (ancestors.length === 0) {
          this.checkRoot(name);
          return false;
        }
        return (ancestors.length === 1 && name === 'publicationInfo') || (ancestors.length === 2 && ancestors[1] === 'entities' && name === 'entity');
      },
      onRecord: (el, _ancestors, line) => {
        if (el.name === 'publicationInfo') this.readInfo(el);
        else this.readEntity(el, line);
      },
    });
  }

  write(chunk: string): OfacDeltaEntity[] {
    this.xml.write(chunk);
    return this.take();
  }

  close(): OfacDeltaEntity[] {
    closeSayingCutShort(this.xml);
    if (!this.hasInfo) this.problem(0, 'the file has no <publicationInfo> (datePublished)');
    return this.take();
  }

  private take(): OfacDeltaEntity[] {
    const out = this.ready;
    this.ready = [];
    return out;
  }

  private problem(line: number, message: string): void {
    this.problems.push({ file: this.file, line, message });
  }

  private checkRoot(name: string): void {
    if (name !== 'sanctionsData') throw new XmlError(`root is <${name}>, not <sanctionsData>`);
    const ns = this.xml.root?.attrs.xmlns;
    if (ns !== OFAC_DELTA_NAMESPACE) throw new XmlError(`<sanctionsData> is in namespace ${JSON.stringify(ns ?? '')}, not ${OFAC_DELTA_NAMESPACE}`);
  }

  private readInfo(el: XmlElement): void {
    this.hasInfo = true;
    const written = childText(el, 'datePublished');
    const m = DAY.exec(written);
    if (m && !Number.isNaN(Date.parse(m[1]))) {
      this.publication.datePublished = written;
      this.publication.day = m[1];
    } else this.problem(0, `datePublished ${JSON.stringify(written)} is not a date`);
    const type = childText(el, 'publicationType');
    if (type) this.publication.publicationType = type;
  }

  private readEntity(el: XmlElement, line: number): void {
    const id = (el.attrs.id ?? '').trim();
    if (!ENTRY.test(id)) return this.problem(line, `an <entity> has id ${JSON.stringify(el.attrs.id ?? '')}, not an entry number`);
    const where = `entity ${id}`;
    const action = actionOf(el.attrs.action);
    if (!action) return this.problem(line, `${where} has action ${JSON.stringify(el.attrs.action ?? '')}, not add, change or remove`);
    if (this.seen.has(id)) return this.problem(line, `${where} appears twice in one publication`);
    this.seen.add(id);
    const part = partAction(el);
    if (part) return this.problem(line, `${where} carries a change inside <${part}>; only whole entities are applied`);

    const info = child(el, 'generalInfo');
    const names = children(el, 'names').flatMap((n) => children(n, 'name'));
    const primary = names.find((n) => childText(n, 'isPrimary') === 'true');
    const entity: OfacDeltaEntity = {
      id,
      action,
      entityType: info ? childText(info, 'entityType') : '',
      title: info ? childText(info, 'title') : '',
      remarks: info ? childText(info, 'remarks') : '',
      lists: children(el, 'sanctionsLists').flatMap((l) => children(l, 'sanctionsList').map((x) => x.text.trim())),
      programs: children(el, 'sanctionsPrograms').flatMap((l) => children(l, 'sanctionsProgram').map((x) => x.text.trim())).filter((p) => p !== ''),
      primaryName: primary ? fullName(primary) : '',
      aliases: names
        .filter((n) => n !== primary)
        .map((n) => ({ id: (n.attrs.id ?? '').trim(), aliasType: childText(n, 'aliasType'), name: fullName(n), remarks: childText(n, 'remarks') })),
      addresses: children(el, 'addresses')
        .flatMap((a) => children(a, 'address'))
        .map((a) => ({ id: (a.attrs.id ?? '').trim(), addressLine: childText(a, 'addressLine'), cityStateZip: childText(a, 'cityStateZip'), country: childText(a, 'country'), remarks: childText(a, 'remarks') })),
      features: children(el, 'features').flatMap((f) => children(f, 'feature').map((x) => ({ type: childText(x, 'type'), value: childText(x, 'value') }))),
    };
    if (action !== 'remove') {
      if (!entity.primaryName) return this.problem(line, `${where} (${action}) has no primary name`);
      if (names.filter((n) => childText(n, 'isPrimary') === 'true').length > 1) return this.problem(line, `${where} has more than one primary name`);
      const bad = entity.aliases.find((a) => !ENTRY.test(a.id) || a.name === '');
      if (bad) return this.problem(line, `${where}: an alias has no number or no name`);
      const badAddress = entity.addresses.find((a) => !ENTRY.test(a.id));
      if (badAddress) return this.problem(line, `${where}: an address has no number`);
    }
    this.ready.push(entity);
  }
}
