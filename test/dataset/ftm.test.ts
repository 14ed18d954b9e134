import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dataset/format';
import { ftmEntities, splitJsonObjects } from '../../lib/dataset/ftm';
import type { ImportProblem } from '../../lib/dataset/problems';

const dir = join(__dirname, '../fixtures/opensanctions');
const base = readFileSync(join(dir, 't1.entities.ftm.json'), 'utf8');
const deltas = [
  't2.20240527194702-wnk.entities.delta.json',
  't2.20240528014702-pfh.entities.delta.json',
  't2.20240528074703-npf.entities.delta.json',
  't2.20240528134729-3iv.entities.delta.json',
].map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));

async function* lines(text: string) {
  let line = 0;
  for (const t of text.split('\n')) yield { line: ++line, text: t };
}

async function build(text: string, ds = deltas): Promise<{ entities: Entity[]; problems: ImportProblem[] }> {
  const problems: ImportProblem[] = [];
  const entities: Entity[] = [];
  for await (const e of ftmEntities(() => ({ file: 'e.ftm.json', lines: lines(text) }), ds, problems, '2024-06-13')) entities.push(e);
  return { entities, problems };
}

describe('OpenSanctions FtM importer', () => {
  it('reads the parties of an export (not its addresses) as sanctioned by topic', async () => {
    const { entities, problems } = await build(base, []);
    expect(problems).toEqual([]);
    expect(entities).toHaveLength(6);
    const org = entities.find((e) => e.id === 'ftm-NK-2GdmHtZTeNXjNVrBGEXZNj');
    expect(org).toMatchObject({ kind: 'organization', name: 'RAB „Inter Tobacco“' });
    expect(org?.identifiers).toContainEqual({ type: 'Registration Number', value: '808000714' });
    expect(org?.sanctions[0]).toMatchObject({ status: 'active', list: 'eu_fsf' });
  });

  it('applies ADD, MOD and DEL deltas in order (the ADDed then DELeted entity is gone)', async () => {
    const { entities, problems } = await build(base);
    expect(problems).toEqual([]);
    const ids = entities.map((e) => e.id);
    expect(ids).not.toContain('ftm-NK-500Poltergeist');
    expect(ids).toContain('ftm-Q4365364');
    expect(ids).toContain('ftm-NK-2T3S8Hu29ktYnKSTgQp2wL');
    expect(entities.find((e) => e.id === 'ftm-Q4365364')?.birthDates).toEqual(['1961-11-30']);
  });

  it('attaches flat Sanction entities to their party, with listing and end dates', async () => {
    const text = [
      JSON.stringify({ id: 's1', schema: 'Sanction', properties: { entity: ['p1'], authority: ['EU'], program: ['EU-VEN'], listingDate: ['2018-01-22'], endDate: ['2020-01-01'] }, datasets: ['eu_fsf'] }),
      JSON.stringify({ id: 'p1', schema: 'Person', properties: { name: ['Ana Example'], birthDate: ['1970-01-02'] }, datasets: ['eu_fsf'] }),
    ].join('\n');
    const { entities } = await build(text, []);
    expect(entities).toHaveLength(1);
    expect(entities[0].sanctions).toEqual([{ authority: 'EU', list: 'eu_fsf', program: 'EU-VEN', status: 'delisted', listed: '2018-01-22', delisted: '2020-01-01' }]);
  });

  it('reports a bad line with its file and line number', async () => {
    const { problems } = await build('{"id":"x"}\nnot json\n', []);
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(['e.ftm.json:1', 'e.ftm.json:2']);
  });

  it('splits delta objects that are not one a line', () => {
    expect(splitJsonObjects('{"a":"}"}{"b":{"c":1}}\n{"d":2}').map((o) => o.text)).toEqual(['{"a":"}"}', '{"b":{"c":1}}', '{"d":2}']);
  });
});
