import { describe, expect, it } from 'vitest';
import { acronymsAfterRussianKind } from '../../lib/match/cyrillic-acronyms';
import { buildNameIndex, scanPage } from '../../lib/match/scan';
import { entity } from './fixtures';

const withNames = (id: string, primary: string, countries: string[], aliases: string[]) => ({
  ...entity(id, primary, 'organization', true, { countries }),
  names: [{ name: primary, type: 'primary' as const }, ...aliases.map((name) => ({ name, type: 'aka' as const }))],
});

// Made-up firms in the lists' shapes: a Russian word of kind, transliterated, before the firm's acronym.
const tv = withNames('tv', 'JOINT STOCK COMPANY TVK BROADCASTING COMPANY', ['Russia'], ['AO TELEKOMPANIYA TVK']);
const grp = withNames('grp', 'AKTSIONERNOE OBSHCHESTVO GRUPPA GMK', ['Russia'], ['GRUPPA GMK OAO']);
// The same shape for a pronounceable word is no acronym; a firm outside the East Slavic world is not named in Russian.
const word = withNames('word', 'AO TELEKOMPANIYA ZVEZDA', ['Russia'], []);
const foreign = withNames('foreign', 'TELEKOMPANIYA KTV LLC', ['Kenya'], []);
const index = buildNameIndex([tv, grp, word, foreign]);

const marks = (...blocks: string[]) => scanPage(index, blocks).flatMap((ms) => ms.map((m) => `${m.text}:${m.entityId}:${m.status}`));

describe("a firm's acronym after a Russian word of kind in its listed name", () => {
  it('is taken from the listed names that read so', () => {
    expect(acronymsAfterRussianKind(tv)).toEqual(['tvk']);
    expect(acronymsAfterRussianKind(grp)).toEqual(['gmk']);
    expect(acronymsAfterRussianKind(word)).toEqual([]);
    expect(acronymsAfterRussianKind(foreign)).toEqual([]);
  });

  it('names the firm in Cyrillic capitals on a Russian sanctions page', () => {
    expect(marks('Санкции США против России. Он сказал в эфире телеканала ТВК, отвечая на вопрос о санкциях.')).toEqual(['ТВК:tv:sanctioned']);
    expect(marks('Минфин США ввел санкции против России: в список попала и группа ГМК.')).toEqual(['ГМК:grp:sanctioned']);
  });

  it("takes a TV company's acronym after a media outlet's word of kind for the country, the story still needed", () => {
    expect(marks('Санкции Украины. Он сказал в эфире телеканала ТВК, отвечая на вопрос о санкциях.')).toEqual(['ТВК:tv:sanctioned']);
    // Not a group's acronym (its list name calls it no TV company), nor without the word of kind.
    expect(marks('Санкции Украины. Он сказал в эфире телеканала ГМК, отвечая на вопрос о санкциях.')).toEqual([]);
    expect(marks('Санкции Украины. Он сказал в эфире ТВК, отвечая на вопрос о санкциях.')).toEqual([]);
    expect(marks('Он сказал Украине в эфире телеканала ТВК, отвечая на вопрос.')).toEqual([]);
  });

  it('needs Cyrillic capitals, the country and the sanctions story', () => {
    expect(marks('Sanctions on Russia: the TVK channel reported.')).toEqual([]);
    expect(marks('Он сказал в эфире телеканала ТВК, отвечая на вопрос.')).toEqual([]);
  });
});
