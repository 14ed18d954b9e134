// npm run -s scan -- [--json] [--dataset DIR] FILE...
// Scans .txt files (their text as is) and .html files (their visible text) with the extension's own matcher.
import type { Entity } from '../lib/dataset/format';
import { buildNameIndex, scanPage, type Mention } from '../lib/match/scan';
import { loadEntities } from './dataset-files';
import { readPage } from './page-text';

export interface EntityRef {
  id: string;
  name: string;
  sources: Entity['sources'];
}

export interface ScanMention {
  text: string;
  start: number;
  end: number;
  status: Mention['status'];
  reason?: Mention['possibleBecause'];
  entity: EntityRef;
  alternatives: EntityRef[];
}

/** Scans one file's blocks as one page; offsets are into the file's scanned text. */
export function scanFile(index: ReturnType<typeof buildNameIndex>, byId: Map<string, Entity>, path: string): { text: string; mentions: ScanMention[] } {
  const page = readPage(path);
  const found = scanPage(index, page.blocks.map((b) => b.text));
  const ref = (id: string): EntityRef => {
    const e = byId.get(id);
    return { id, name: e?.name ?? id, sources: e?.sources ?? [] };
  };
  const mentions = found.flatMap((ms, k) =>
    ms.map((m): ScanMention => {
      const start = page.blocks[k].start + m.start;
      const out: ScanMention = { text: m.text, start, end: start + (m.end - m.start), status: m.status, entity: ref(m.entityId), alternatives: m.alternatives.map(ref) };
      if (m.possibleBecause) out.reason = m.possibleBecause;
      return out;
    }),
  );
  return { text: page.text, mentions };
}

function main(argv: string[]): void {
  let json = false;
  let dataset: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--dataset') dataset = argv[++i];
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run -s scan -- [--json] [--dataset DIR] FILE...');
      return;
    } else files.push(a);
  }
  if (!files.length) throw new Error('usage: npm run -s scan -- [--json] [--dataset DIR] FILE...');
  const { entities } = loadEntities(dataset);
  const index = buildNameIndex(entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const results = files.map((file) => ({ file, mentions: scanFile(index, byId, file).mentions }));
  if (json) {
    process.stdout.write(JSON.stringify({ files: results }) + '\n');
    return;
  }
  for (const r of results) {
    console.log(`${r.file}: ${r.mentions.length} mention${r.mentions.length === 1 ? '' : 's'}`);
    for (const m of r.mentions) {
      const alt = m.alternatives.length ? `  (also: ${m.alternatives.map((a) => a.name).join('; ')})` : '';
      const why = m.reason ? ` [${m.reason}]` : '';
      console.log(`  ${String(m.start).padStart(6)}  ${m.text.padEnd(36)} ${(m.status + why).padEnd(30)} ${m.entity.name} <${m.entity.id}>${alt}`);
    }
  }
}

if (import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`scan: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
