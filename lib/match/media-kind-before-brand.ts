// Russian and Ukrainian name a TV channel, a newspaper or a website by its word of kind and its brand, often in
// quotes: "телеканал «Звезда»", "газета «Завтра»", "інформагентство «Спутник»". Such a brand is an everyday word more
// often than not, and the same word is the one-word brand of listed plants and banks (PAO ZVEZDA, COMMERCIAL BANK
// 'SPUTNIK'): after a media outlet's word of kind, a firm found by its brand alone is someone else's namesake.
import { hashTest } from '../names/lexicon';
import * as normalize from '../names/normalize';
import { wordAt, type ScanState } from './scan-state';

const { CYRILLIC } = normalize;

/**
 * Media outlets' words of kind in the cases news puts them before a name, Russian and Ukrainian. Not "агентство"
 * alone: a listed state agency is named after it too ("агентство «Россотрудничество»").
 */
const MEDIA_KINDS = new Set(
  [
    'телеканал', 'телеканала', 'телеканалу', 'телеканалом', 'телеканале', 'телеканалі', 'телеканалы', 'телеканали',
    'канал', 'канала', 'каналу', 'каналом', 'канале', 'каналі',
    'телекомпания', 'телекомпании', 'телекомпанию', 'телекомпанией', 'телекомпанія', 'телекомпанії', 'телекомпанію', 'телекомпанією',
    'радиостанция', 'радиостанции', 'радиостанцию', 'радіостанція', 'радіостанції', 'радіостанцію', 'радио', 'радіо',
    'газета', 'газеты', 'газете', 'газету', 'газетой', 'газети', 'газеті', 'газетою',
    'журнал', 'журнала', 'журналу', 'журналом', 'журнале', 'журналі',
    'издание', 'издания', 'изданию', 'изданием', 'издании', 'видання', 'виданню', 'виданням', 'виданні',
    'информагентство', 'информагентства', 'информагентству', 'інформагентство', 'інформагентства', 'інформагентству',
    'сайт', 'сайта', 'сайту', 'сайтом', 'сайте', 'сайті', 'портал', 'портала', 'порталу', 'порталом', 'портале', 'порталі',
  ].map(normalize.foldWord),
);

/** Whether a lexer hash may be a word of MEDIA_KINDS (the hash of its folded word: lexicon.ts). */
const mediaKindHash = hashTest(MEDIA_KINDS);

/** Whether the word right before token i (a Cyrillic brand, maybe after an opening quote) is a media outlet's word of kind. */
export function mediaKindBefore(s: ScanState, i: number): boolean {
  if (i <= s.block.first || !(s.tokens.flags[i - 1] & CYRILLIC)) return false;
  // Only a space or an opening quote between: looked at before any string is made.
  const text = s.block.text;
  for (let c = s.tokens.ends[i - 1]; c < s.tokens.starts[i]; c++) {
    const u = text.charCodeAt(c);
    if (u !== 32 && u !== 0xa0 && u !== 0xab && u !== 0x22 && u !== 0x201e && u !== 0x201c) return false;
  }
  // The lexer's hash of the word first: most words before a brand are no media word, and need not be made a string.
  return mediaKindHash(s.tokens.hashes[i - 1]) && MEDIA_KINDS.has(wordAt(s, i - 1));
}
