// What a page has said so far, kept across the scans of its batches of text (scan.ts).
import type { MentionStatus } from './mention';
import type { NameIndex } from './name-index';

/**
 * What a page has said so far. Keep one per page load (the worker keys them by tab and the content script's
 * page-load id) and pass it to every scan of that page's text, so that batches scanned later still see the names
 * and countries of earlier ones.
 */
export interface PageContext {
  countries: Set<number>;
  /** Words that say sanctions whatever the story ("OFAC", "lista negra"), and a sanctions story's words ("sancionó"). */
  sanctionsWords: number;
  storyWords: number;
  /** Whether the page names sanctions for certain, or a sanctioning body: only then do its story words count. */
  anchored: boolean;
  sportsWords: number;
  /** Entities named in a distinctive form (not only by common name parts). */
  distinctive: Set<number>;
  /** The words after the first of a listed person's Arabic name found in a distinctive form, as skeleton numbers
   * joined by commas: a child's name holds the parent's ("رغد صدام حسين": Raghad, daughter of Saddam Hussein). Null
   * until the first: most pages have none, and a page's context is made for every scan of a new page. */
  parentNames: Set<string> | null;
  /** Surname skeleton to the entities named in full earlier on the page, in the order first named. */
  surnames: Map<number, number[]>;
  /** Those of them that are a rare first given name ("Abdelrahim"), not a surname: evidence.ts (null: none yet). */
  givenNames: Set<number> | null;
  /** The lexer's hashes of Arabic family names that the page wrote in a listed person's name read as Latin words
   * ("إيرج مسجدي": MASJEDI; "بشار الأسد": ASSAD): only those without the article may link back alone, and those with
   * it read loosely (arabic-surname.ts). */
  writtenArabicSurnames: Set<number>;
  /** Surnames that an unlisted person on the page also carries ("Juan Maduro"). */
  clashes: Set<number>;
  /** A listed person's name word after another name word, outside the names found ("Daniel Ortega"): the
   * skeletons of the words before it (-1: a word no listed name has). */
  otherNames: Map<number, number[]>;
  /** Such a name word of a person the page names as someone's relative ("the brother of Mohamed Hamdan Dagalo"),
   * to the page-wide token number of the first (named-as-relative.ts; null: none yet). */
  relatives: Map<number, number> | null;
  /** Such a name word of a person the page names as the relative of the one its story is about ("Su padre, Adrián
   * Cabello", "sus hijos, ... María Sol Cartes Montaña"), to those relatives: the skeleton of the given name before it,
   * the page-wide token number of the first, whether in a list of relatives (named-as-relative.ts; null: none yet). */
  ownRelatives: Map<number, OwnRelative[]> | null;
  /** Nicknames (folded) of the persons named so far, to those persons (nicknames.ts). */
  nicknames: Map<string, number[]>;
  /** A bit per hash of the first words of those nicknames (null: none yet), so that most words skip the map (nicknames.ts). */
  nicknameWords: number[] | null;
  /** The status each named entity got, for its surname alone later. */
  resolved: Map<number, MentionStatus>;
  /** How often each person was named in full, for choosing among people who share a surname. */
  named: Map<number, number>;
  /** Surname skeleton to the person a surname alone named while no one else on the page carried it (back-reference.ts). */
  calledBySurname: Map<number, number>;
  /** Title bits the page wrote right before each listed person's full name ("Defense Minister Sergey Shoygu"), or'd
   * over the page (evidence.ts register; null: none yet), for a titled surname alone two listed people share. */
  pageTitles: Map<number, number> | null;
  /** Page-wide token numbers of the sanctions words and of the story words, and the page's token count so far. */
  sanctionsAt: number[];
  storyAt: number[];
  tokens: number;
  /** Acronyms the page defined in brackets after an organisation's name ("Al-Qard al-Hassan (AQAH)"): the
   * folded acronym to its full name's outputs (defined-acronyms.ts). */
  acronyms: Map<string, readonly number[]>;
  /** Organisations named in Arabic letters so far, each with the skeletons of the words that named it, for a
   * shorter name with a country's adjective after it (arabic-nisba-groups.ts; null: none yet). */
  arabicGroups: { entity: number; skels: number[] }[] | null;
  /** Bodies' names the page translated word by word so far, each word's concepts in the page's order, for the name
   * cut short later ("el Cuerpo de los Guardianes": translated-short-forms.ts; null: none yet). */
  translatedNames: { outputs: readonly number[]; words: (readonly number[])[] }[] | null;
  /** The index the entity numbers above belong to; a scan with another index starts the context afresh. */
  index: NameIndex | null;
}

/** A relative of the story's person named on the page (PageContext.ownRelatives). */
export interface OwnRelative {
  given: number;
  at: number;
  group: boolean;
}

export function createPageContext(): PageContext {
  return { countries: new Set(), sanctionsWords: 0, storyWords: 0, anchored: false, sportsWords: 0, distinctive: new Set(), parentNames: null, surnames: new Map(), givenNames: null, writtenArabicSurnames: new Set(), clashes: new Set(), otherNames: new Map(), relatives: null, ownRelatives: null, nicknames: new Map(), nicknameWords: null, resolved: new Map(), named: new Map(), calledBySurname: new Map(), pageTitles: null, acronyms: new Map(), arabicGroups: null, translatedNames: null, sanctionsAt: [], storyAt: [], tokens: 0, index: null };
}

/** How many words of the page tell a sanctions story: its story words count once it names sanctions for certain. */
export function sanctionsStoryWords(ctx: PageContext): number {
  return ctx.sanctionsWords + (ctx.anchored ? ctx.storyWords : 0);
}

/** Whether the page reads as a sports report: three sports words or more, twice its sanctions story's words. */
export function isSportsPage(ctx: PageContext): boolean {
  return ctx.sportsWords >= 3 && ctx.sportsWords >= 2 * sanctionsStoryWords(ctx);
}
