// A tiny reader of OFAC's legacy CSV files (sdn.csv, alt.csv, add.csv: no header, latin1, "-0-" for null),
// enough to turn the SDN list into Entity records for fixtures, the evaluation and the benchmark while the
// default dataset is built elsewhere. Not the dataset importer: no dates, no events, no identifiers.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Entity, EntityKind, EntityName } from '../lib/dataset/format';

export function readLatin1(path: string): string {
  const raw = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('latin1');
}

/** One CSV line's fields ("" inside quotes is a quote); -0- becomes the empty string. */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    let field = '';
    if (line[i] === '"') {
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else field += line[i++];
      }
      while (i < line.length && line[i] !== ',') i++;
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      field = line.slice(i, end);
      i = end;
    }
    out.push(field.trim() === '-0-' ? '' : field.trim());
    i++;
  }
  return out;
}

function rows(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((l) => /^\d/.test(l))
    .map(csvFields);
}

const KIND: Record<string, EntityKind> = { individual: 'person', vessel: 'vessel', aircraft: 'aircraft' };

export interface OfacFiles {
  sdn: string;
  alt?: string;
  add?: string;
}

/** The SDN list as entities: primary name, aliases (alt.csv), weak aliases from the remarks, programs, title, countries. */
export function readOfacEntities(files: OfacFiles, only?: ReadonlySet<string>): Entity[] {
  const aliases = new Map<string, EntityName[]>();
  if (files.alt) {
    for (const [ent, , type, name] of rows(readLatin1(files.alt))) {
      if (!name || (only && !only.has(ent))) continue;
      const list = aliases.get(ent) ?? [];
      list.push({ name, type: type.toLowerCase() === 'fka' ? 'fka' : 'aka' });
      aliases.set(ent, list);
    }
  }
  const addressCountries = new Map<string, Set<string>>();
  if (files.add) {
    for (const f of rows(readLatin1(files.add))) {
      const [ent, , , , country] = f;
      if (!country || (only && !only.has(ent))) continue;
      const set = addressCountries.get(ent) ?? new Set<string>();
      set.add(country);
      addressCountries.set(ent, set);
    }
  }
  const entities: Entity[] = [];
  for (const f of rows(readLatin1(files.sdn))) {
    const [ent, name, type, programs, title, , , , , , , remarks = ''] = f;
    if (!name || (only && !only.has(ent))) continue;
    const kind = KIND[type.toLowerCase()] ?? 'organization';
    const weak = [...remarks.matchAll(/a\.k\.a\. '([^']+)'/g)].map((m) => ({ name: m[1], type: 'weak' as const }));
    const nationalities = [...remarks.matchAll(/(?:nationality|citizen) ([^;.]+)/g)].map((m) => m[1].trim());
    entities.push({
      id: `ofac-${ent}`,
      kind,
      name,
      names: [{ name, type: 'primary' }, ...(aliases.get(ent) ?? []), ...weak],
      birthDates: [],
      birthPlaces: [],
      nationalities: [...new Set(nationalities)],
      countries: [...(addressCountries.get(ent) ?? [])],
      positions: title ? title.split(';').map((t) => t.trim()).filter(Boolean) : [],
      identifiers: [],
      sources: [{ list: 'us-ofac-sdn', ref: ent }],
      sanctions: programs
        .split(/\]\s*\[/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((program) => ({ authority: 'US OFAC', list: 'us-ofac-sdn', program, status: 'active' as const })),
      events: [],
    });
  }
  return entities;
}
