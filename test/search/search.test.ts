// Popup search over the shipped dataset (public/dataset, built from the OFAC SDN list and the curated records).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchIndex, type SearchRecord } from '../../lib/search/search-index';
import { search } from '../../lib/search/query';
import { tokenize } from '../../lib/names/normalize';
import { DEFAULT_DATASET, loadDataset } from '../../scripts/dataset-files';

let index: SearchIndex;
beforeAll(() => {
  index = buildSearchIndex(loadDataset(DEFAULT_DATASET).entities);
});

const names = (query: string, filters = {}) => search(index, query, filters, 20).hits.map((h) => h.name);

describe('search over every name and alias', () => {
  it('ignores case, accents and word order', () => {
    expect(names('maduro nicolas')[0]).toBe('MADURO MOROS, Nicolas');
    expect(names('NICOLÁS MADURO')[0]).toBe('MADURO MOROS, Nicolas');
    expect(names('nicolás maduro moros')[0]).toBe('MADURO MOROS, Nicolas');
  });

  it('finds by the beginning of words as they are typed', () => {
    expect(names('madu')).toContain('MADURO MOROS, Nicolas');
    expect(names('nic madu')).toContain('MADURO MOROS, Nicolas');
  });

  it('tolerates misspellings and other transliterations', () => {
    expect(names('kirienko')).toContain('KIRIYENKO, Sergei Vladilenovich');
    expect(names('lukashenko')).toContain('LUKASHENKA, Alyaksandr Ryhorovich');
    expect(names('Kiumars Heidari')[0]).toBe('HEIDARI, Kiyumars');
    expect(names('madruo nicolas')[0]).toBe('MADURO MOROS, Nicolas');
  });

  it('tolerates a misspelling in a word still being typed', () => {
    expect(names('kirien')).toContain('KIRIYENKO, Sergei Vladilenovich');
    expect(names('kiumars heid')).toEqual(['HEIDARI, Kiyumars']);
  });

  it('finds a name written with an inner hyphen or apostrophe typed as one word', () => {
    expect(names('alassad bashar')).toContain('AL-ASSAD, Bashar');
    expect(names('al-assad bashar')).toContain('AL-ASSAD, Bashar');
  });

  it('says which alias matched, and how', () => {
    const [hit] = search(index, 'lukashenko aleksandr grigorevich', {}, 5).hits;
    expect(hit.name).toBe('LUKASHENKA, Alyaksandr Ryhorovich');
    expect(hit.matchedName).toBe('LUKASHENKO, Aleksandr Grigorevich');
    expect(hit.match).toBe('alias');
    expect(search(index, 'MADURO MOROS, Nicolas', {}, 5).hits[0].match).toBe('exact');
    // Another transliteration of the same name is no misspelling (#20 item 5): it ranks above the loose look-alikes.
    expect(search(index, 'kirienko sergei', {}, 5).hits[0].match).toBe('partial');
  });

  it('finds names typed in Cyrillic, in any case, through the lists\' transliterations', () => {
    expect(search(index, 'Путин', {}, 5).hits[0]?.name).toBe('PUTIN, Vladimir Vladimirovich');
    expect(search(index, 'Владимира Путина', {}, 5).hits[0]?.name).toBe('PUTIN, Vladimir Vladimirovich');
    expect(search(index, 'Аляксандр Лукашэнка', {}, 5).hits[0]?.name).toBe('LUKASHENKA, Alyaksandr Ryhorovich');
    expect(search(index, 'Олег Дерипаска', {}, 5).hits[0]?.name).toBe('DERIPASKA, Oleg Vladimirovich');
  });

  it('finds names typed in Arabic letters that the lists write in Latin letters only, as the page scan reads them', () => {
    // The popup said "No one in the dataset matches" for the names it marks on an Arabic page.
    expect(search(index, 'بشار الأسد', {}, 5).hits[0]?.name).toBe('AL-ASSAD, Bashar');
    expect(search(index, 'ماهر الأسد', {}, 5).hits[0]?.name).toBe('AL-ASSAD, Maher');
    expect(search(index, 'رامي مخلوف', {}, 5).hits[0]?.name).toBe('MAKHLUF, Rami');
    expect(search(index, 'قاسم سليماني', {}, 5).hits[0]?.name).toBe('SOLEIMANI, Qasem');
    // With the father's name between, which one list writes GHATHAFI (ذ and ق by their less usual sounds).
    expect(search(index, 'عائشة معمر القذافي', {}, 5).hits[0]?.name).toBe('QADHAFI, Ayesha');
    expect(search(index, 'علي عبدالله صالح', {}, 5).hits[0]?.name).toBe('SALEH, Ali Abdullah');
    // A compound given name typed as two words, as Arabic news often writes it (0 hits before).
    expect(search(index, 'علي عبد الله صالح', {}, 5).hits[0]?.name).toBe('SALEH, Ali Abdullah');
    expect(search(index, 'عبد الملك الحوثي', {}, 5).hits[0]?.name).toBe('AL HOUTHI, Abdul Malik');
    // Russian names as Arabic news spells them by their sounds, v as ف, as the page scan reads them (0 hits before).
    expect(search(index, 'سيرغي لافروف', {}, 5).hits[0]?.name).toBe('LAVROV, Sergei Viktorovich');
    expect(search(index, 'فلاديمير بوتين', {}, 5).hits[0]?.name).toBe('PUTIN, Vladimir Vladimirovich');
    expect(search(index, 'ماريا زاخاروفا', {}, 5).hits.map((h) => h.name)).toContain('ZAKHAROVA, Mariya Vladimirovna');
    // محمد has Mahmud's letters, but is far more often Muhammad; و ("and") in front is read off, as on a page.
    expect(search(index, 'محمد حمشو', {}, 5).hits[0]?.name).toBe('HAMSHO, Muhammad');
    expect(search(index, 'ومنال الأسد', {}, 5).hits[0]?.name).toBe('AL-ASSAD, Manal');
    // Ranked as another transliteration, not as a look-alike; an Arabic name the UN writes is still found as written.
    expect(search(index, 'بشار الأسد', {}, 5).hits[0]?.match).toBe('partial');
    expect(search(index, 'سليمان جاسم سليمان علي أبوغيث', {}, 5).hits[0]?.name).toBe('SULAIMAN JASSEM SULAIMAN ALI ABO GHAITH');
    // A first ب is the name's own letter, not "with": بشار alone is the Bashars, not Sher or Shar.
    expect(search(index, 'بشار', {}, 3).hits.map((h) => h.name)).toEqual(expect.arrayContaining(['AL-ASSAD, Bashar']));
    expect(search(index, 'بشار', {}, 50).hits.map((h) => h.name)).not.toContain('AFGHAN, Sher');
  });

  it('ranks a common name typed alone in Arabic letters as its Latin spelling: the name first, other names of its letters as look-alikes', () => {
    // "عمر" is Omar (Umar): as for "Omar", the Omars are the strong results and Amir, Ammar, Amer, Amr, whose consonants
    // عمر also writes, come after them as look-alikes, not as equals sorted by name ("ABDULLAH, Amir" first).
    const words = (h: { name: string; matchedName?: string }) => tokenize(h.matchedName ?? h.name).map((t) => t.key);
    const all = search(index, 'عمر', {}, 1000).hits;
    const strong = all.filter((h) => h.match !== 'fuzzy');
    expect(strong.length).toBeGreaterThan(40);
    for (const h of strong) expect(words(h).some((w) => w.startsWith('omar') || w.startsWith('عمر')), h.name).toBe(true);
    const strongIds = new Set(strong.map((h) => h.id));
    const omars = search(index, 'Omar', {}, 1000).hits.filter((h) => h.match !== 'fuzzy' && words(h).includes('omar'));
    expect(omars.filter((h) => !strongIds.has(h.id))).toEqual([]);
    for (const other of ['amir', 'ammar', 'amer', 'amr', 'umar']) {
      const found = all.filter((h) => words(h).includes(other) && !words(h).includes('omar'));
      expect(found.length, other).toBeGreaterThan(0);
      expect(found.every((h) => h.match === 'fuzzy'), other).toBe(true);
    }
    // The name's common reading decides, as on a page: محمد is Muhammad first, Mahmud after; حسن Hasan, حسين Husain.
    expect(search(index, 'محمد', {}, 20).hits.every((h) => h.match !== 'fuzzy')).toBe(true);
    expect(search(index, 'محمد', {}, 2000).hits.filter((h) => words(h).includes('mahmud') && !words(h).some((w) => /^m[ou]hamm?[ae]d$/.test(w))).every((h) => h.match === 'fuzzy')).toBe(true);
    expect(words(search(index, 'حسن', {}, 1).hits[0]).some((w) => /^hass?an$/.test(w))).toBe(true);
    expect(words(search(index, 'حسين', {}, 1).hits[0]).some((w) => /^hus+a[iy]n$/.test(w))).toBe(true);
  });

  it('puts a name in another transliteration with the strong results, and look-alikes after it', () => {
    const hits = search(index, 'kirienko', {}, 10).hits;
    expect(hits.slice(0, 2).map((h) => [h.name, h.match])).toEqual([
      ['KIRIYENKO, Sergei Vladilenovich', 'partial'],
      ['KIRIYENKO, Vladimir Sergeevich', 'partial'],
    ]);
    expect(hits.find((h) => h.name === 'WEI, Hsueh Kang')?.match ?? 'fuzzy').toBe('fuzzy');
    // Spanish romanisation: Mijaíl is Mikhail, Serguéi Sergei.
    expect(search(index, 'mijail mishustin', {}, 5).hits[0]?.name).toBe('MISHUSTIN, Mikhail Vladimirovich');
    expect(search(index, 'serguei lavrov', {}, 5).hits[0]?.name).toBe('LAVROV, Sergei Viktorovich');
  });

  it('finds an agency by its acronym alias, with its role', () => {
    const hit = search(index, 'sebin', {}, 5).hits[0];
    expect(hit.matchedName).toBe('SEBIN');
    expect(hit.kind).toBe('agency');
    expect(hit.status).toBe('not-sanctioned');
  });

  it('returns nothing for words in no name', () => {
    expect(search(index, 'qqqq zzzz', {}, 20)).toEqual({ hits: [], total: 0 });
    expect(search(index, '  ,. ', {}, 20)).toEqual({ hits: [], total: 0 });
  });
});

describe('ranking', () => {
  const record = (id: string, name: string, aliases: string[] = []): SearchRecord => ({
    id, kind: 'person', name, names: [{ name, type: 'primary' }, ...aliases.map((a) => ({ name: a, type: 'aka' as const }))],
    countries: [], positions: [], sanctions: [],
  });
  const small = buildSearchIndex([
    record('fuzzy', 'PETROF, Anna'),
    record('alias', 'IVANOV, Pyotr', ['PETROV, Ivan']),
    record('partial', 'PETROV, Ivan Sergeyevich'),
    record('exact', 'PETROV, Ivan'),
  ]);

  it('puts the exact name first, then an exact alias, then partial, then fuzzy matches', () => {
    expect(search(small, 'ivan petrov', {}, 10).hits.map((h) => [h.id, h.match])).toEqual([
      ['exact', 'exact'],
      ['alias', 'alias'],
      ['partial', 'partial'],
    ]);
    expect(search(small, 'petrov', {}, 10).hits.map((h) => h.id)).toEqual(['exact', 'partial', 'alias', 'fuzzy']);
  });
});

describe('filters', () => {
  it('narrow by kind, status, authority or program, and country', () => {
    const organizations = search(index, 'maduro', { kind: 'organization' }, 20).hits;
    expect(organizations[0].name).toBe('FELIX B. MADURO S.A.');
    expect(organizations.every((h) => h.kind === 'organization')).toBe(true);
    const belarus = search(index, 'lukashenka', { list: 'US OFAC · BELARUS', country: 'BY', status: 'sanctioned' }, 20).hits;
    expect(belarus.length).toBeGreaterThan(0);
    expect(belarus.every((h) => h.countries.includes('Belarus') && h.status === 'sanctioned')).toBe(true);
    expect(names('maduro', { list: 'NO SUCH LIST' })).toEqual([]);
  });

  it('list everyone who has them when nothing is typed', () => {
    const { hits, total } = search(index, '', { status: 'not-sanctioned' }, 100);
    expect(hits.map((h) => h.name)).toContain('Mike Pence');
    expect(total).toBe(hits.length);
  });

  it('offer the dataset’s own values, with counts', () => {
    expect(index.facets.authorities.map((f) => f.value)).toContain('US OFAC');
    expect(index.facets.programs.find((f) => f.value === 'US OFAC · VENEZUELA')?.count).toBeGreaterThan(10);
    expect(index.facets.countries.find((f) => f.value === 'VE')?.count).toBeGreaterThan(10);
  });

  it('offer each country once, by its ISO code, counting nationalities too', () => {
    const keys = index.facets.countries.map((f) => f.value);
    expect(new Set(keys).size).toBe(keys.length);
    for (const listed of ['Iran', 'Iran (Islamic Republic of)', 'Russian Federation', 'Syrian Arab Republic', 'Türkiye', 'Burma', 'Korea, North']) {
      expect(keys).not.toContain(listed);
    }
    expect(keys).toEqual(expect.arrayContaining(['IR', 'RU', 'SY', 'TR', 'MM', 'KP']));
    // Qasem Soleimani has Iran as nationality only.
    expect(search(index, 'soleimani qasem', { country: 'IR' }, 5).hits[0]?.name).toMatch(/^SOLEIMANI, Qasem/);
  });
});

// Speed is measured by `npm run bench:search`, not asserted here.
describe('large datasets', () => {
  it('caps a one-letter query on a large dataset and says so', () => {
    const many = buildSearchIndex(Array.from({ length: 20_500 }, (_, i) => ({
      id: `p${i}`, kind: 'person' as const, name: `ABAD${i}, Ana`, names: [{ name: `ABAD${i}, Ana`, type: 'primary' as const }],
      countries: [], positions: [], sanctions: [],
    })));
    const r = search(many, 'a', {}, 10);
    expect(r.capped).toBe(true);
    expect(r.hits).toHaveLength(10);
    expect(search(many, 'abad12345', {}, 10).hits[0].id).toBe('p12345');
  });
});
