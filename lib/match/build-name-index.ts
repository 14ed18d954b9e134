// Building the name index (name-index.ts) from a dataset's entities: each entity adds its facts and the forms of
// its names as trie paths of skeletons; then the words are flagged (common, country, particle), the context
// words join the vocabulary, and everything is laid out flat.
import { frenchArabicSpellings, isArabWorldPerson, khaAsJSpellings, qafAsKSpellings } from '../names/arab-world-spellings';
import { silentHForms } from '../names/silent-h';
import { persianWName, persianWSpellings } from '../names/persian-v';
import { isSomaliPerson, somaliArabicName, somaliArabicSpellings } from '../names/somali-spellings';
import { runToEnd, type Steps } from '../stepwise';
import { ENTITY_KINDS, ENTITY_STATUSES, entityStatus, type Entity, type EntityKind, type EntityStatus } from '../dataset/format';
import { datasetCommonThreshold, isCommonNamePart, isCommonNamePartWith, isCommonWord } from '../names/frequency';
import { latinSpellings } from '../names/cyrillic';
import { arabicNameForms, arabicPersonName, isArabicKey, withoutNisba } from '../names/arabic';
import { arabicOrgNames } from '../names/arabic-org-names';
import { arabicCentralBankNames } from './arabic-central-banks';
import { descentFamilyForms } from '../names/descent-family';
import { isEastSlavicPerson } from '../names/east-slavic-persons';
import { isIranianByNationality, isIranianPerson } from '../names/iranian-persons';
import { GIVEN_NAMES_MUSLIM_WORLD } from '../names/given-names-muslim-world';
import { givenNameKey, nisbaStem } from '../names/nisba';
import { addToLowerFilter, buildLexicon, hashWord, lexiconIdHashed, lexiconOf, type Lexicon } from '../names/lexicon';
import { foldWord, isCyrillicKey, nameKey } from '../names/normalize';
import { connectors, isConnector, isParticle, particles, skeleton } from '../names/transliterate';
import { nameVariants, personName, personVariants, surnameTokens, withoutLegalForm, type PersonName } from '../names/variants';
import { oneWordLeftOut } from '../names/org-forms';
import { middleNameLeftOut, withoutApostrophes } from '../names/middle-name-left-out';
import { articleApartName, compoundsJoinedName, joinedParticleName } from '../names/joined-particles';
import { djAsD } from '../names/serbo-croatian';
import { GENERIC_HEADS, WORD_NOT_GIVEN, contextVocabulary, countryCode, countryInLowerCase, countryIndex, isCountryWord, roleBits, singleWordCountry } from './context-words';
import { gluedNameWords, gluedTradeWord, joinedCompounds } from './joined-compounds';
import { namedInRussian, russianOrderForms } from './russian-order-forms';
import { englishOrderForms, spanishFormsWithoutAdjective } from './english-order-forms';
import { translatedNameKeys } from '../names/translated-words';
import { bankShortForm } from './bank-short-forms';
import { acronymsAfterRussianKind, translatedCyrillicAcronyms, weakCyrillicAcronyms } from './cyrillic-acronyms';
import { acronymCountryWeakAliases, bodyBrandGroupAliases, bodyWeakTailsOfOwnNames, ownSpelledAcronyms, personWeakAliasesInOwnNames, spelledWeakAcronyms } from './weak-own-names';
import { russianAcronymForms } from './russian-acronym-forms';
import { positionCountries } from './position-countries';
import { reasonRoleBits } from './reason-offices';
import { aynFromOtherNames, aynSpellings, firstGivenWithAyn } from '../names/ayn-spellings';
import { isHispanicPerson, secondGivenWithFamily, surnamesSwapped, withoutOpeningMohammad } from './second-given-name';
import { crossedOrgNames, crossedSpellings, fullerGivenNames } from '../names/crossed-spellings';
import { crossedForceNames } from '../names/force-names';
import { weakAliasWithLegalForm } from '../names/weak-alias-legal-form';
import { joinedAliasGivenNames } from '../names/joined-alias-given';
import { countryQualifiedForms, possessiveCountries, unitAfterItsBody, withoutCountryAdjective, withoutCountryPossessive, withoutCountryTail } from './agency-forms';
import { BrandFamilies } from './brand-families';
import { EntityLinksDraft } from './entity-links';
import { IntList } from './int-list';
import { nicknameKey } from './nicknames';
import { ENTITY_MASK, OUT_AFTER_POSSESSIVE, OUT_ALIAS, OUT_ARABIC_READ, OUT_CYRILLIC_ACRONYM, OUT_FAMILY_FIRST, OUT_SPELLED_ACRONYM, OUT_MISSING_SHIFT, OUT_NO_LEGAL_FORM, SKEL_COMMON_NAME, SKEL_COMMON_WORD, SKEL_COUNTRY, SKEL_FIRST_GIVEN, SKEL_ORG_ONLY, SKEL_PARTICLE, SKEL_PERSON_PART, SKEL_ACRONYM, type NameIndex } from './name-index';
import { scanTableSteps } from './per-index';
import { runsFromStarts } from './runs';
import { TrieBuilder } from './trie-builder';

const KINDS: readonly EntityKind[] = ENTITY_KINDS;
const STATUSES: readonly EntityStatus[] = ENTITY_STATUSES;

/** An identifier whose country is its holder's: a passport or a national or personal identity card. */
const IDENTITY_PAPER = /^(passport|national id|national identification number|personal id card)$/i;
/** The years in a listed birth date: "1978-03-02", "1960", "1960/1962". */
const YEARS = /\b(?:19|20)\d\d\b/g;
/** A brand word carried by at most this many entries is one family's (HALEEL: 7), not a word many firms use. */
const BRAND_FAMILY = 8;
/** At most this many surnames are kept per person, for a surname alone later on the page. */
const MAX_SURNAMES = 6;
// A word that this many listed persons have as their first given name is a given name by the lists' own count
// (Gholamreza, Morteza, Ayman, Qasim), however few of the dataset's persons carry it in all.
const FIRST_GIVEN = 6;
/** The whole-index loops of the build's finish yield every this many + 1 items (a few ms each). */
const PIECE = 16383;

/**
 * Builds the index over all non-weak names of all entities. Persons' names give their reading-order,
 * list-order and shortened forms; organizations' names also give the form without a legal form, unless
 * what is left is made only of everyday words ("Golden Star" of GOLDEN STAR CO).
 */
export function buildNameIndex(entities: Iterable<Entity>): NameIndex {
  return runToEnd(nameIndexSteps(entities));
}

/** buildNameIndex, yielding every 128 entities (a few ms each; lib/stepwise.ts) and within its finish. */
export function* nameIndexSteps(entities: Iterable<Entity>): Steps<NameIndex> {
  const draft = new NameIndexDraft();
  for (const entity of entities) {
    if ((draft.entityCount & 127) === 127) yield;
    draft.addEntity(entity);
  }
  const index = yield* draft.finish();
  // The scan's tables too (per-index.ts), so that the first page after an install finds them made.
  yield* scanTableSteps(index);
  return index;
}

/** What the build gathers entity by entity, before it is laid out flat. */
class NameIndexDraft {
  /** Folded word to word number; each word's skeleton number. */
  private readonly tokens = new Map<string, number>();
  private readonly tokenSkel = new IntList();
  private readonly skelIds = new Map<string, number>();
  private readonly skelKeys: string[] = [];
  /** Per skeleton: how many persons carry it, how many other entities, and the last entity counted. */
  private readonly personCount: number[] = [];
  private readonly orgUse: number[] = [];
  private readonly lastEntity: number[] = [];
  /** Per skeleton: how many persons some listed name (with its surname marked) gives it as the first given name. */
  private readonly firstGivenCount: number[] = [];
  private readonly lastFirstGiven: number[] = [];
  /** Per skeleton: how many East Slavic persons carry it (east-slavic-persons.ts), and how many there are. */
  private readonly eastSlavicCount: number[] = [];
  private eastSlavicPersons = 0;
  private eastSlavic = false;
  private readonly iranianCount: number[] = [];
  private iranianPersons = 0;
  private iranian = false;
  private arabWorld = false;
  private somali = false;
  private hispanic = false;
  /** How many persons have a name in Arabic script (the UN's): an Arabic word's count is among them alone. */
  private arabicPersons = 0;
  private readonly trie = new TrieBuilder();
  private readonly families = new BrandFamilies();
  private readonly links = new EntityLinksDraft();
  /** Skeletons that are a whole name of some entity, and the bank short forms held until all are known. */
  private readonly oneWordNames = new Set<number>();
  /** A firm's one word of five letters without its legal form ("KAMAZ" of KAMAZ PJSC), as (skeleton, entity, output). */
  private readonly shortBrandWords = new IntList();
  private readonly bankShorts: [number, number][] = [];
  /** The words a listed name has right after an apostrophe inside a word ("ib" of KATA'IB), for lowerCaseWords. */
  private readonly afterApostrophe = new Set<string>();

  private readonly ids: string[] = [];
  private readonly idStart = new IntList();
  private idLength = 0;
  private readonly entityInfo: number[] = [];
  private readonly roles = new IntList();
  private readonly countryStart = new IntList();
  /** The skeletons of bodies' one-word names that their own names spell (weak-own-names.ts): SKEL_ACRONYM. */
  private readonly acronymSkels: number[] = [];
  private readonly countries: number[] = [];
  private readonly countryCache = new Map<string, number>();
  private readonly listingStart = new IntList();
  private readonly birthYears: number[] = [];
  /** Bodies' weak aliases of their brand and "Group" (weak-own-names.ts), and the entity of each. */
  private readonly brandGroups: [string, number][] = [];
  private readonly listingDays: number[] = [];
  private readonly surnameStart = new IntList();
  private readonly surnames = new IntList();
  private readonly nicknameKeys: string[] = [];
  private readonly nicknameEntities = new IntList();
  private readonly translatedKeys: string[] = [];
  private readonly translatedOutputs = new IntList();
  private readonly translatedSeen = new Set<string>();
  private translatedEntity = -1;
  /**
   * This entity's words so far and their skeleton numbers: its names' forms repeat the same few words, and each
   * look-up in `tokens`, a map of every word of the dataset, misses the cache (skeletonOf was 12% of the CPU profile
   * of a 300,000-name build).
   */
  private readonly recentKeys: string[] = [];
  private readonly recentSkels: number[] = [];

  entityCount = 0;
  private persons = 0;
  private names = 0;
  private maxTokens = 1;

  constructor() {
    this.countryStart.push(0);
    this.listingStart.push(0);
    this.surnameStart.push(0);
    this.idStart.push(0);
  }

  addEntity(entity: Entity): void {
    const e = this.entityCount;
    this.recentKeys.length = 0;
    this.recentSkels.length = 0;
    if (e > ENTITY_MASK) throw new Error(`Too many entities for one index (more than ${ENTITY_MASK + 1})`);
    this.addFacts(entity);
    this.addNames(entity, e);
    this.links.note(entity, e);
    this.entityCount++;
  }

  /** Id, kind and status, role bits and countries. */
  private addFacts(entity: Entity): void {
    const status = entityStatus(entity);
    const kindIndex = KINDS.indexOf(entity.kind);
    this.ids.push(entity.id);
    this.idLength += entity.id.length;
    this.idStart.push(this.idLength);
    this.entityInfo.push((kindIndex < 0 ? 1 : kindIndex) | (STATUSES.indexOf(status) << 3));
    // And the offices a list states only in the sanction's reason (the EU's Venezuela annex).
    this.roles.push(roleBits(entity.positions) | reasonRoleBits(entity));
    const countries = this.countries;
    const firstCountry = countries.length;
    // A birthplace's country too ("Pyongan-Pukto, North Korea"): many entries give no other.
    const born = entity.birthPlaces.map((place) => place.slice(place.lastIndexOf(',') + 1).trim());
    // And the country of a name that opens with its possessive ("IRAN'S LAW ENFORCEMENT FORCES"), which some give alone,
    // and, where an entry gives none of these, the one its listed role names ("President of the Republic of Zimbabwe").
    // A firm's registration country too ("Company Number ... Hong Kong" of a firm OFAC lists with China), and the
    // country of a person's passport or identity card, which many entries give as their only one (MUGABE, Grace).
    const registered = entity.kind === 'organization' || entity.kind === 'person' ? entity.identifiers.flatMap((id) => (id.country && (entity.kind === 'organization' || IDENTITY_PAPER.test(id.type)) ? [id.country] : [])) : [];
    for (const list of [entity.countries, entity.nationalities, born, possessiveCountries(entity), positionCountries(entity), registered]) {
      for (const c of list) {
        let k = this.countryCache.get(c);
        if (k === undefined) {
          const code = countryCode(c);
          k = code ? countryIndex(code) : -1;
          this.countryCache.set(c, k);
        }
        if (k >= 0 && countries.indexOf(k, firstCountry) < 0) countries.push(k);
      }
    }
    this.countryStart.push(countries.length);
    const days = this.listingDays;
    const firstDay = days.length;
    for (const sanction of entity.sanctions) {
      const when = sanction.listed ?? sanction.listedBy;
      const day = when ? Math.floor(Date.parse(when) / 86_400_000) : NaN;
      if (day > 0 && day < 65_536 && days.indexOf(day, firstDay) < 0) days.push(day);
    }
    this.listingStart.push(days.length);
    // The latest year any date gives ("1960/1962": 1962), the youngest the person may be.
    let birthYear = 0;
    for (const date of entity.birthDates) for (const year of date.match(YEARS) ?? []) birthYear = Math.max(birthYear, Number(year));
    this.birthYears.push(birthYear);
  }

  /** Every form of every non-weak name as a trie path, and a person's surnames. */
  private addNames(entity: Entity, e: number): void {
    const person = entity.kind === 'person';
    this.eastSlavic = isEastSlavicPerson(entity);
    if (this.eastSlavic) this.eastSlavicPersons++;
    this.iranian = isIranianPerson(entity);
    this.arabWorld = isArabWorldPerson(entity);
    this.somali = isSomaliPerson(entity);
    this.hispanic = isHispanicPerson(entity);
    if (this.iranian) this.iranianPersons++;
    // A weak alias must not come back as another name's shortened form ("EX-CLE C.A." without its legal form).
    let weak: Set<string> | undefined;
    for (const n of entity.names) if (n.type === 'weak') (weak ??= new Set()).add(nameKey(n.name));
    if (person && weak) this.addNicknames(entity, e);
    const firstSurname = this.surnames.length;
    // An alias that is the primary name written with other spaces ("ANSAR ALLAH" of ANSARALLAH) is that name, not an
    // alias: where HIZBALLAH's alias "Ansar Allah" is the same words, the entry named so comes first.
    const primary = spaceless(nameKey(entity.name));
    for (const n of entity.names) {
      if (n.type === 'weak') continue;
      this.names++;
      const flags = n.type === 'primary' || spaceless(nameKey(n.name)) === primary ? 0 : OUT_ALIAS;
      // An Arabic name's compounds written together and apart ("عبدالله", "عبد الله") are the same name, and a
      // person's name is also written without the family's nisba ("صدام حسين" of صدام حسين التكريتي).
      const arabic = isArabicKey(n.name);
      const plain = arabic && person ? withoutNisba(n.name) : undefined;
      const written = arabic ? [n.name, ...(plain ? [plain] : [])].flatMap((w) => [w, ...arabicNameForms(w)]) : [n.name];
      for (const w of written) this.addForms(entity, e, w, flags, weak, firstSurname);
      // "Hayatullah Ghulam Muhammad" for MUHAMMAD, Hayat Ullah Ghulam (joined-particles.ts).
      const joined = arabic ? undefined : joinedParticleName(n.name);
      if (joined) this.addForms(entity, e, joined, flags, weak, firstSurname);
      // "عبدالمحسن" for Abdul Mohsen, "أبومحمد" for Abu Mohammed, a person of an Arab country, read from Arabic words
      // only (joined-particles.ts): in Latin letters the joined form made the name's given names look common
      // ("Abdelrahim Hamdan Dagalo").
      const abd = arabic || !this.arabWorld ? undefined : compoundsJoinedName(n.name);
      if (abd) this.addForms(entity, e, abd, flags | OUT_ARABIC_READ, weak, firstSurname);
      // "al-Skeni" for ALSKENI, a person of an Arab country (joined-particles.ts).
      const apart = arabic || !this.arabWorld ? undefined : articleApartName(n.name);
      if (apart) this.addForms(entity, e, apart, flags | OUT_ALIAS, weak, firstSurname);
      // "Srđan Vulović" for VULOVIC, Srdjan (serbo-croatian.ts).
      const dj = arabic ? undefined : djAsD(n.name, entity.countries);
      if (dj) this.addForms(entity, e, dj, flags, weak, firstSurname);
      // "Jafar", "Ja'afar" for Ja'far: the ʿayn's apostrophe left out, or the vowel said again after it (ayn-spellings.ts);
      // a person of an Arab country or Iran only: a Korean name's apostrophes are McCune-Reischauer's ("YO'N, Cho'ng-Nam").
      if (!arabic && (this.arabWorld || this.iranian)) {
        for (const a of aynSpellings(n.name)) {
          this.addForms(entity, e, a, flags | OUT_ALIAS, weak, firstSurname);
          for (const m of a.matchAll(INNER_APOSTROPHE)) this.afterApostrophe.add(foldWord(m[1]));
        }
      }
      if (!arabic) for (const m of n.name.matchAll(INNER_APOSTROPHE)) this.afterApostrophe.add(foldWord(m[1]));
    }
    // "Abd al-Mu’ayyid al-Banai" of AL-BANAI, Abd al-Muayyid: a word's ʿayn apostrophe that another of the person's
    // names writes (ayn-spellings.ts); an Arab country's or Iran's person only, as above.
    if (person && (this.arabWorld || this.iranian)) for (const c of aynFromOtherNames(entity.names.filter((n) => n.type !== 'weak' && !isArabicKey(n.name)).map((n) => n.name))) this.addForms(entity, e, c, OUT_ALIAS, weak, firstSurname);
    // "Aisha Gaddafi" of GADHAFI, Aisha and GADDAFI, Ayesha: one given name's spellings crossed (crossed-spellings.ts),
    // for a person of an Arab country, whose romanisations vary most (an East Slavic one's crossed forms outranked
    // another listed person's own: MARIA ZAKHAROVA).
    if (person && this.arabWorld) for (const c of crossedSpellings(entity.names.filter((n) => n.type !== 'weak').map((n) => n.name))) this.addForms(entity, e, c, OUT_ALIAS, weak, firstSurname);
    // "Mohammad Hossein Bagheri" of BAGHERI, Mohammad and BAQERI, Mohammad Hossein: the fuller given names with each
    // spelling of the family name (crossed-spellings.ts), for an Iranian, whose gh and q the lists and the news
    // write either way (Bagheri, Baqeri; Sadeghi, Sadeqi).
    if (person && this.iranian) for (const c of fullerGivenNames(entity.names.filter((n) => n.type !== 'weak').map((n) => n.name))) this.addForms(entity, e, c, OUT_ALIAS, weak, firstSurname);
    // "Nemesio Rubén Oseguera Cervantes" of OSEGUERA CERVANTES, Nemesio and Ruben: a Hispanic person's two listed
    // given names, each alone with the same family names, joined (joined-alias-given.ts).
    if (person && this.hispanic) for (const c of joinedAliasGivenNames(entity.names.filter((n) => n.type !== 'weak').map((n) => n.name))) this.addForms(entity, e, c, OUT_ALIAS, weak, firstSurname);
    // "Islamic Revolutionary Guard Corps Aerospace Force": a force's names, its body's and its own crossed (force-names.ts).
    if (!person) for (const c of crossedForceNames(entity.names.filter((n) => n.type !== 'weak').map((n) => n.name))) this.addForms(entity, e, c, OUT_ALIAS, weak, firstSurname);
    // "Akhmad Kadyrov Foundation" of AKHMAT KADYROV FOUNDATION and AKHMAD KADYROV FUND: a body's two names crossed.
    if (!person) for (const c of crossedOrgNames(entity.names.filter((n) => n.type !== 'weak').map((n) => n.name))) this.addForms(entity, e, c, OUT_ALIAS, weak, firstSurname);
    // "حزب الله" for HIZBALLAH: an organization's Arabic name the lists do not give (lib/names/arabic-org-names.ts).
    if (!person) for (const a of [...arabicOrgNames(entity.names), ...arabicCentralBankNames(entity)]) this.addForms(entity, e, a, OUT_ALIAS, weak, firstSurname);
    // "ФСБ", "РЖД": an East Slavic body's weak acronym, read from Cyrillic capitals only.
    for (const key of weakCyrillicAcronyms(entity)) this.trie.add(key.split(' ').map((w) => this.skeletonOf(w)), e | OUT_ALIAS | OUT_CYRILLIC_ACRONYM);
    // "НТВ" of AO TELEKOMPANIYA NTV: the acronym after a Russian word of kind, read the same way.
    for (const key of acronymsAfterRussianKind(entity)) this.trie.add([this.skeletonOf(key)], e | OUT_ALIAS | OUT_CYRILLIC_ACRONYM);
    // "КСИР", "ИГИЛ": a foreign body's acronym in Russian or Ukrainian, read the same way.
    for (const key of translatedCyrillicAcronyms(entity)) this.trie.add(key.split(' ').map((w) => this.skeletonOf(w)), e | OUT_ALIAS | OUT_CYRILLIC_ACRONYM);
    // "Abu Bakr al-Baghdadi": a person's weak alias that runs inside one of the person's own listed names.
    for (const name of personWeakAliasesInOwnNames(entity)) this.addForms(entity, e, name, OUT_ALIAS, undefined, firstSurname);
    // "Itritec GMBH" of ... ITRITEC GMBH: a firm's weak alias with the legal form its own name writes after it (weak-alias-legal-form.ts).
    if (!person) for (const c of weakAliasWithLegalForm(entity.names.filter((n) => n.type !== 'weak').map((n) => n.name), entity.names.filter((n) => n.type === 'weak').map((n) => n.name))) this.addForms(entity, e, c, OUT_ALIAS, weak, firstSurname);
    // "Isis" after the page named ISIL: a body's acronym that its own name spells, flagged for precision.ts.
    for (const key of ownSpelledAcronyms(entity)) this.acronymSkels.push(this.skeletonOf(key));
    // "MININT": a weak alias its own name spells (MINISTERIO DEL INTERIOR), read from capitals.
    for (const key of spelledWeakAcronyms(entity)) this.trie.add([this.skeletonOf(key)], e | OUT_SPELLED_ACRONYM);
    // "ISIS-Mozambique": a branch's weak alias, its body's acronym and own country (weak-own-names.ts).
    for (const name of acronymCountryWeakAliases(entity)) this.addForms(entity, e, name, OUT_ALIAS, undefined, firstSurname);
    // "Haleel Group" of HALEEL COMMODITIES L.L.C.: a body's weak alias of its brand and "Group", kept for finish.
    for (const name of bodyBrandGroupAliases(entity)) this.brandGroups.push([nameKey(name), e]);
    // "Venezuelan National Intelligence Service": a weak agency name qualified by its country.
    for (const tokens of countryQualifiedForms(entity)) this.trie.add(tokens.map((t) => this.skeletonOf(t)), e | OUT_ALIAS);
    // "Presidential Sports Club": a body's weak alias that ends its own longer name, in its own country's story only.
    for (const tokens of bodyWeakTailsOfOwnNames(entity)) this.trie.add(tokens.map((t) => this.skeletonOf(t)), e | OUT_ALIAS | OUT_NO_LEGAL_FORM | OUT_AFTER_POSSESSIVE);
    // "Iran's Morality Police", "the Morality Police": a name after its country's possessive.
    for (const { tokens, afterPossessive } of withoutCountryPossessive(entity)) {
      this.trie.add(tokens.map((t) => this.skeletonOf(t)), e | OUT_ALIAS | OUT_NO_LEGAL_FORM | (afterPossessive ? OUT_AFTER_POSSESSIVE : 0));
    }
    // "Syria's General Intelligence Directorate" of SYRIAN GENERAL INTELLIGENCE DIRECTORATE, "Law Enforcement Forces
    // Special Units" of SPECIAL UNITS OF IRAN'S LAW ENFORCEMENT FORCES: valid where a possessive's run is.
    for (const tokens of [...withoutCountryAdjective(entity), ...unitAfterItsBody(entity)]) this.trie.add(tokens.map((t) => this.skeletonOf(t)), e | OUT_ALIAS | OUT_NO_LEGAL_FORM | OUT_AFTER_POSSESSIVE);
    // "Revolutionary National Police" of POLICIA NACIONAL REVOLUCIONARIA (english-order-forms.ts): likewise.
    // "la Brigada Especial del Ministerio del Interior": its Spanish name with an adjective left out, likewise.
    for (const f of [...englishOrderForms(entity), ...spanishFormsWithoutAdjective(entity)]) this.trie.add(f.tokens.map((t) => this.skeletonOf(t)), e | OUT_ALIAS | OUT_NO_LEGAL_FORM | OUT_AFTER_POSSESSIVE | (Math.min(7, f.missing) << OUT_MISSING_SHIFT));
    // "el Ministerio Público" after MINISTERIO PUBLICO DE NICARAGUA was named: valid where a possessive's run is.
    for (const tokens of withoutCountryTail(entity)) this.trie.add(tokens.map((t) => this.skeletonOf(t)), e | OUT_ALIAS | OUT_NO_LEGAL_FORM | OUT_AFTER_POSSESSIVE);
    if (person) this.persons++;
    if (person && entity.names.some((n) => n.type !== 'weak' && isArabicKey(n.name))) this.arabicPersons++;
    this.surnameStart.push(this.surnames.length);
  }

  /** The trie paths of one written name of entity e (its forms, shortened ones too), and its surnames. */
  private addForms(entity: Entity, e: number, name: string, flags: number, weak: Set<string> | undefined, firstSurname: number): void {
    const person = entity.kind === 'person';
    const parts = person ? (isArabicKey(name) ? arabicPersonName(name, (s) => nameKey(s).split(' ')) : personName(name)) : undefined;
    if (parts) this.addSurnames(parts, firstSurname);
    if (parts?.family.length && parts.given.length) {
      const sk = this.skeletonOf(parts.given[0]);
      if (this.lastFirstGiven[sk] !== e) {
        this.lastFirstGiven[sk] = e;
        this.firstGivenCount[sk]++;
      }
    }
    // "Usama bin Ladin" with its "bin" as well (descent-family.ts).
    // An Arab name listed in Latin letters with one middle name left out, for Arabic pages only; a word with the
    // lists' apostrophe is one name there (Sa'id: سعيد).
    const arabicRead = parts && !isArabicKey(name) ? middleNameLeftOut(personName(withoutApostrophes(name))) : [];
    // A trader by its own word alone only for North Korea's, as the news lists a designation's firms ("Hapjanggang,
    // Korea Rounsan, Sungnisan y Unchon"): MABROOKA TRADING CO of the Emirates is, by its word, "مباركة" (blessed),
    // the Latin reading of an everyday Arabic word in quotes on any Arabic sanctions page.
    const variants = parts ? [...personVariants(parts), ...descentFamilyForms(name, parts)] : nameVariants(name, entity.kind).filter((v) => !v.trader || entity.countries.some((c) => countryCode(c) === 'kp'));
    // "Cham Airlines" of CHAM WINGS AIRLINES, "Sewa Security" of SEWA SECURITY SERVICES: a firm's name of three words
    // with one left out (org-forms.ts), read as a legal form dropped: the scan asks evidence of it (precision.ts).
    const shortened = entity.kind === 'organization' && !name.includes('-') ? oneWordLeftOut(withoutLegalForm(nameKey(name).split(' ')), isCountryWord) : undefined;
    if (shortened && !variants.some((v) => v.tokens.join(' ') === shortened.join(' '))) variants.push({ tokens: shortened, missing: 1, familyFirst: false, withoutLegalForm: true });
    // "Bachar al Asad": a person of an Arab country as French and Spanish write sh (arab-world-spellings.ts).
    // "Muammar Kaddafi": the same persons' qaf as k (arab-world-spellings.ts), from the forms as the list spells them.
    // "Mohamed Jair": their kha as Spanish writes it, j, in forms of three name words or more (arab-world-spellings.ts).
    if (parts && this.arabWorld) variants.push(...frenchArabicSpellings(variants), ...qafAsKSpellings(variants), ...khaAsJSpellings(variants));
    // "Sa'id al-Jamal": the first given word, which the ʿayn's apostrophe splits, with the family's (ayn-spellings.ts).
    const aynFirst = parts && (this.arabWorld || this.iranian) && !isArabicKey(name) ? firstGivenWithAyn(name) : undefined;
    if (aynFirst) variants.push(aynFirst);
    // "Rolando Castro" of CASTRO, Oscar Rolando: a person of a Spanish-speaking country by the second given name (second-given-name.ts).
    // "Javad Zarif" of ZARIF, Mohammad Javad: an Iranian without the Mohammad of a compound given name (second-given-name.ts).
    const second = parts && !isArabicKey(name) ? (this.hispanic ? secondGivenWithFamily(parts) : this.iranian && isIranianByNationality(entity) ? withoutOpeningMohammad(parts) : undefined) : undefined;
    if (second && !variants.some((v) => v.tokens.join(' ') === second.tokens.join(' '))) variants.push(second);
    // "José Reyes Gutiérrez" of GUTIERREZ REYES, Jose: a Hispanic person's two family names in the other order.
    const swapped = parts && this.hispanic && !isArabicKey(name) ? surnamesSwapped(parts) : undefined;
    if (swapped) variants.push(swapped);
    // "Javier Heriberto" of Javier Eriberto: a Hispanic given name with and without its silent first h (silent-h.ts).
    if (parts && this.hispanic && !isArabicKey(name)) variants.push(...silentHForms(variants, parts.given));
    // "أبوبكر علي آدم" of ADAN, Abukar Ali: a Somali's name with the Arabic sound of its Somali spellings, for Arabic pages only (somali-spellings.ts).
    if (parts && this.somali && !isArabicKey(name)) {
      arabicRead.push(...somaliArabicSpellings(variants));
      const arabicSound = somaliArabicName(parts);
      if (arabicSound) this.addSurnames(arabicSound, firstSurname);
    }
    // "ولي الله سيف" of SEIF, Valiollah: an Iranian's v as the و Arabic writes, for Arabic pages only (persian-v.ts).
    if (parts && this.iranian && !isArabicKey(name)) {
      arabicRead.push(...persianWSpellings(variants));
      const arabicSound = persianWName(parts);
      if (arabicSound) this.addSurnames(arabicSound, firstSurname);
    }
    variants.push(...arabicRead);
    for (const v of variants) {
      const path = v.tokens.map((t) => this.skeletonOf(t));
      this.countUse(path, e, person);
      this.maxTokens = Math.max(this.maxTokens, path.length);
      const value = e | flags | (v.withoutLegalForm ? OUT_NO_LEGAL_FORM : 0) | (v.familyFirst ? OUT_FAMILY_FIRST : 0) | (Math.min(7, v.missing) << OUT_MISSING_SHIFT) | (arabicRead.includes(v) ? OUT_ARABIC_READ : 0);
      // Without its legal form, a name must still be a name: not a short word ("AST" of AKTSIONERNOE OBSHCHESTVO
      // AST), not everyday words only ("Argument" of JSC ARGUMENT), not a weak alias. One rare word of six letters
      // or more ("Sberbank" of PJSC SBERBANK), a brand of five ("Rusal" of UNITED COMPANY RUSAL PLC), or of three
      // letters or more without a vowel ("VTB" of VTB BANK PJSC), stays, for precision.ts to accept only with evidence.
      if (v.withoutLegalForm && ((v.tokens.length < 2 && v.tokens[0].length < (v.brand ? 5 : 6) && !readsAsAcronym(v.tokens[0])) || v.tokens.every((t) => isCommonWord(t) || isConnector(t)) || weak?.has(v.tokens.join(' ')))) {
        // Kept aside: the brand's own firm where another firm's name gives the word as its brand (finish).
        if (v.tokens.length === 1 && v.tokens[0].length === 5 && !v.brand && !isCommonWord(v.tokens[0]) && !weak?.has(v.tokens[0])) {
          this.shortBrandWords.push(path[0]);
          this.shortBrandWords.push(e);
          this.shortBrandWords.push(value);
        }
        continue;
      }
      this.trie.add(path, value);
      if (path.length === 1) this.oneWordNames.add(path[0]);
      this.families.note(entity, e, v, path, flags === 0);
      // "Universidad de Automatización de Piongyang": its words' concepts in any order (translated-names.ts).
      if (entity.kind === 'organization') this.addTranslatedKey(e, v.tokens, value);
      const joined = person ? undefined : joinedCompounds(v.tokens);
      if (joined) this.trie.add(joined.map((t) => this.skeletonOf(t)), value);
      // "Московский кредитный банк" for CREDIT BANK OF MOSCOW: the Russian word order (russian-order-forms.ts).
      if (!person && namedInRussian(entity.countries)) {
        for (const form of russianOrderForms(joined ?? v.tokens)) this.trie.add(form.map((t) => this.skeletonOf(t)), value);
        // "ЦИК Беларуси" for CEC BELARUS, "«Альфа» КГБ" for KGB ALFA (russian-acronym-forms.ts).
        for (const form of russianAcronymForms(v.tokens)) this.trie.add(form.map((t) => this.skeletonOf(t)), value);
        // "Газпромнефть" for GAZPROM NEFT (joined-compounds.ts).
        // Its word is an organization's word as the two were (SKEL_ORG_ONLY: the brand's evidence rule reads it).
        // "ГродноХимволокно" for GRODNO KHIMVOLOKNO OAO: a name of two words glued, without its legal form.
        const glued = gluedTradeWord(v.tokens) ?? (v.withoutLegalForm ? gluedNameWords(v.tokens) : undefined);
        if (glued) {
          const gluedPath = glued.map((t) => this.skeletonOf(t));
          this.countUse(gluedPath, e, false);
          this.trie.add(gluedPath, value);
        }
        // "Сберу" after "Сбербанка" (bank-short-forms.ts).
        const short = bankShortForm(v.tokens);
        if (short) this.bankShorts.push([this.skeletonOf(short), e | OUT_ALIAS | OUT_NO_LEGAL_FORM | OUT_AFTER_POSSESSIVE]);
      }
    }
  }

  /** The keys of an organization's name read whatever its words' order (translated-names.ts), each once per entity. */
  private addTranslatedKey(e: number, tokens: readonly string[], value: number): void {
    for (const key of translatedNameKeys(tokens)) {
      if (this.translatedEntity !== e) {
        this.translatedEntity = e;
        this.translatedSeen.clear();
      }
      if (this.translatedSeen.has(key)) continue;
      this.translatedSeen.add(key);
      this.translatedKeys.push(key);
      this.translatedOutputs.push(value);
    }
  }

  /** A person's weak aliases that read as nicknames ("Mencho"), for nicknames.ts. */
  private addNicknames(entity: Entity, e: number): void {
    const seen = new Set<string>();
    for (const n of entity.names) {
      const key = n.type === 'weak' ? nicknameKey(n.name) : undefined;
      if (!key || seen.has(key)) continue;
      seen.add(key);
      this.nicknameKeys.push(key);
      this.nicknameEntities.push(e);
    }
  }

  /** The person's surname skeletons not yet kept (those of this entity start at `firstSurname`). */
  private addSurnames(parts: PersonName, firstSurname: number): void {
    const surnames = this.surnames;
    for (const t of surnameTokens(parts)) {
      const sk = this.skeletonOf(t);
      let dup = false;
      for (let k = firstSurname; k < surnames.length && !dup; k++) dup = surnames.data[k] === sk;
      if (!dup && surnames.length - firstSurname < MAX_SURNAMES) surnames.push(sk);
    }
  }

  /** Counts each word once per entity: how many persons carry it measures how common it is. */
  private countUse(path: readonly number[], e: number, person: boolean): void {
    for (const sk of path) {
      if (this.lastEntity[sk] === e) continue;
      this.lastEntity[sk] = e;
      if (person) this.personCount[sk]++;
      else this.orgUse[sk]++;
      if (this.eastSlavic) this.eastSlavicCount[sk]++;
      if (this.iranian) this.iranianCount[sk]++;
    }
  }

  /** The skeleton number of a folded word, adding the word and its skeleton when new. */
  private skeletonOf(key: string): number {
    const recent = this.recentKeys;
    for (let k = recent.length - 1; k >= 0; k--) if (recent[k] === key) return this.recentSkels[k];
    let t = this.tokens.get(key);
    if (t === undefined) {
      // A name the list gives in Cyrillic (the UN's original script) meets the page's words in Latin, as the
      // page's Cyrillic words do (lex-page.ts).
      const sk = skeleton(isCyrillicKey(key) ? latinSpellings(key)[0] : key);
      let s = this.skelIds.get(sk);
      if (s === undefined) {
        s = this.skelKeys.length;
        this.skelIds.set(sk, s);
        this.skelKeys.push(sk);
        this.personCount.push(0);
        this.orgUse.push(0);
        this.eastSlavicCount.push(0);
        this.iranianCount.push(0);
        this.lastEntity.push(-1);
        this.firstGivenCount.push(0);
        this.lastFirstGiven.push(-1);
      }
      t = this.tokenSkel.length;
      this.tokens.set(key, t);
      this.tokenSkel.push(s);
    }
    const sk = this.tokenSkel.data[t];
    if (recent.length < 32) {
      recent.push(key);
      this.recentSkels.push(sk);
    }
    return sk;
  }

  /** SKEL_* flags of each skeleton, from the entities that carry it and from the spellings that have it. */
  private *skeletonFlags(): Steps<Uint8Array> {
    const skelKeys = this.skelKeys;
    const skelFlags = new Uint8Array(skelKeys.length);
    const threshold = datasetCommonThreshold(this.persons);
    const eastSlavicThreshold = datasetCommonThreshold(this.eastSlavicPersons);
    const iranianThreshold = datasetCommonThreshold(this.iranianPersons);
    // Only the UN writes names in Arabic script, for a few hundred people: a word many of them carry ("الدين" of
    // Shams al-Din, Siraj al-Din: 14 of 327) is common among them, though few in the whole dataset.
    const arabicThreshold = datasetCommonThreshold(this.arabicPersons);
    for (let s = 0; s < skelKeys.length; s++) {
      if ((s & PIECE) === PIECE) yield;
      const k = skelKeys[s];
      let f = 0;
      const count = this.personCount[s];
      if (count >= threshold || this.eastSlavicCount[s] >= eastSlavicThreshold || this.iranianCount[s] >= iranianThreshold || (count >= arabicThreshold && isArabicKey(k))) f |= SKEL_COMMON_NAME;
      if (this.firstGivenCount[s] >= FIRST_GIVEN) f |= SKEL_FIRST_GIVEN;
      if (this.personCount[s] === 0 && this.orgUse[s] > 0) f |= SKEL_ORG_ONLY;
      if (this.personCount[s] > 0) f |= SKEL_PERSON_PART;
      if (isParticle(k) || isConnector(k)) f |= SKEL_PARTICLE;
      skelFlags[s] = f;
    }
    // Flags that depend on a spelling, not a skeleton, are set through each token.
    for (const [key, t] of this.tokens) {
      if ((t & PIECE) === PIECE) yield;
      const s = this.tokenSkel.data[t];
      if (isCommonNamePartWith(key, this.skelKeys[s])) skelFlags[s] |= SKEL_COMMON_NAME;
      if (isCommonWord(key)) skelFlags[s] |= SKEL_COMMON_WORD;
      if (isCountryWord(key)) skelFlags[s] |= SKEL_COUNTRY;
    }
    for (const s of this.acronymSkels) skelFlags[s] |= SKEL_ACRONYM;
    // A Persian or Arabic surname made of a given name and the nisba -i (Mohammadi, Hosseini, Rezaei, Salehi: Iran's
    // commonest surnames are such, and no frequency table here has Iran's surnames) is as common as that given name.
    // An Italian surname made so (Rossi, Martini) is common too, rightly. The given name may be spelled otherwise
    // than any listed one (Kazemi, Ghasemi): a stem whose consonants are a given name's that two listed persons or
    // more carry first, or one of the Muslim world's common forenames, counts too (nisba.ts).
    const givenKeys = this.givenNameKeys();
    yield;
    for (const [key, t] of this.tokens) {
      if ((t & PIECE) === PIECE) yield;
      const stem = nisbaStem(key);
      const st = stem === undefined ? undefined : this.tokens.get(stem);
      const stemCommon = stem !== undefined && (isCommonNamePart(stem) || (st !== undefined && skelFlags[this.tokenSkel.data[st]] & (SKEL_COMMON_NAME | SKEL_FIRST_GIVEN)) || givenKeys.has(givenNameKey(stem) ?? ''));
      if (stemCommon) skelFlags[this.tokenSkel.data[t]] |= SKEL_COMMON_NAME;
    }
    return skelFlags;
  }

  /** The consonant keys of the given names that two listed persons or more carry first, and of GIVEN_NAMES_MUSLIM_WORLD's. */
  private givenNameKeys(): Set<string> {
    const keys = new Set(muslimWorldGivenKeys());
    for (const [key, t] of this.tokens) {
      if (this.firstGivenCount[this.tokenSkel.data[t]] < 2 || !/^[a-z]+$/.test(key)) continue;
      const k = givenNameKey(key);
      if (k !== undefined) keys.add(k);
    }
    return keys;
  }

  /**
   * The index's words: the names', then the context words no name has (after the names, so skeletonFlags never sees
   * them; one still finds a name's skeleton, "Sergey"), each with its hash, WORD_* flags, title bits and country.
   */
  private vocabulary(skelLexicon: Lexicon): { words: string[]; hashes: Int32Array; tokenInfo: Uint8Array; tokenTitle: Int32Array; tokenCountry: Uint8Array } {
    const context = contextWords();
    const nameWords = this.tokens.size;
    const words = new Array<string>(nameWords);
    for (const [k, v] of this.tokens) words[v] = k;
    // Context word k's token: a name's word, or one of its own after them.
    const tokenOf = new Int32Array(context.words.length);
    for (let k = 0; k < context.words.length; k++) {
      let t = this.tokens.get(context.words[k]);
      if (t === undefined) {
        t = words.length;
        words.push(context.words[k]);
        this.tokenSkel.push(lexiconIdHashed(skelLexicon, context.skeletons[k], context.skeletonHashes[k]));
      }
      tokenOf[k] = t;
    }
    const hashes = new Int32Array(words.length);
    const tokenInfo = new Uint8Array(words.length);
    const tokenTitle = new Int32Array(words.length);
    const tokenCountry = new Uint8Array(words.length);
    for (let t = 0; t < nameWords; t++) {
      hashes[t] = hashWord(words[t]);
      tokenCountry[t] = singleWordCountry(words[t]);
    }
    for (let k = 0; k < context.words.length; k++) {
      const t = tokenOf[k];
      tokenInfo[t] = context.flags[k];
      tokenTitle[t] = context.titles[k];
      if (t < nameWords) continue;
      hashes[t] = context.hashes[k];
      tokenCountry[t] = context.countries[k];
    }
    return { words, hashes, tokenInfo, tokenTitle, tokenCountry };
  }

  /**
   * The lower-case filter of the words the page lexer must find in lower case: contextLowerCaseFilter's (which holds
   * a name's word that is a context word); of the names' words (the first `nameWords`), those that name a country in
   * lower case and numbers; and the words after an apostrophe inside a listed word, which the page writes in lower
   * case ("Kata’ib").
   */
  private lowerCaseFilter(words: readonly string[], nameWords: number): Uint8Array {
    const out: string[] = [];
    for (let t = 0; t < nameWords; t++) if (countryInLowerCase(words[t]) || /^[0-9]+$/.test(words[t])) out.push(words[t]);
    for (const w of this.afterApostrophe) if (this.tokens.has(w) || contextVocabulary().has(w)) out.push(w);
    return addToLowerFilter(contextLowerCaseFilter().slice(), out);
  }

  /** The index's arrays from the draft, yielding between the whole-index pieces of work (10–45 ms each in Node). */
  *finish(): Steps<NameIndex> {
    // "Камаза": a brand of five letters names the firm whose name is that word and a legal form (KAMAZ PJSC), not only
    // the firms whose names give it after their words of kind (JSC TRADING-FINANCIAL COMPANY KAMAZ): where such a
    // brand stands, that firm is the brand's own, and the others its family.
    const short = this.shortBrandWords.data;
    for (let k = 0; k + 2 < this.shortBrandWords.length; k += 3) {
      // Not a firm the word already names by a form of its own (IRKUT CORPORATION's brand, counted as its primary name).
      // The word is the firm's every name but its legal form: counted as its primary name, before a brand that an alias
      // of the other firm gives after its words of kind.
      if (this.oneWordNames.has(short[k]) && this.families.addParent(short[k], short[k + 1])) this.trie.add([short[k]], short[k + 2] & ~OUT_ALIAS);
    }
    for (const [sk, value] of this.families.family()) this.trie.add([sk], value);
    // A bank's short form that is another entity's whole name is that entity ("Газпрома" is GAZPROM, not GAZPROMBANK).
    for (const [sk, value] of this.bankShorts) if (!this.oneWordNames.has(sk)) this.trie.add([sk], value);
    // A brand and "Group" is the body's name where few entries' names carry the brand's word (HALEEL: the group's
    // firms; not GLOBAL, 57 bodies' word), as its name without a legal form (precision.ts).
    for (const [key, e] of this.brandGroups) {
      const path = key.split(' ').map((w) => this.skeletonOf(w));
      if (this.orgUse[path[0]] + this.personCount[path[0]] <= BRAND_FAMILY) this.trie.add(path, e | OUT_ALIAS | OUT_NO_LEGAL_FORM);
    }
    yield;
    const skelFlags = yield* this.skeletonFlags();
    yield;
    const skelLexicon = buildLexicon(this.skelKeys);
    yield;
    const nameWords = this.tokens.size;
    const { words, hashes, tokenInfo, tokenTitle, tokenCountry } = this.vocabulary(skelLexicon);

    const { linkRuns, links } = this.links.finish(this.ids);
    yield;
    const built = yield* this.trie.finish(this.skelKeys.length);
    yield;
    const lexicon = lexiconOf(words, this.lowerCaseFilter(words, nameWords), hashes);
    yield;
    return {
      format: 8,
      lexicon,
      tokenSkel: this.tokenSkel.toArray(),
      tokenInfo,
      tokenTitle,
      tokenCountry,
      skeletons: skelLexicon,
      skelFlags,
      ...built,
      entityIds: this.ids.join(''),
      idRuns: runsFromStarts(this.idStart.toArray(), false),
      entityInfo: Uint8Array.from(this.entityInfo),
      entityRoles: this.roles.toArray(),
      countryRuns: runsFromStarts(this.countryStart.toArray(), false),
      countries: Uint8Array.from(this.countries),
      surnameRuns: runsFromStarts(this.surnameStart.toArray(), false),
      surnames: this.surnames.toArray(),
      linkRuns,
      links,
      listingRuns: runsFromStarts(this.listingStart.toArray(), false),
      listingDays: Uint16Array.from(this.listingDays),
      birthYears: Uint16Array.from(this.birthYears),
      nicknameKeys: this.nicknameKeys.join('\n'),
      nicknameEntities: this.nicknameEntities.toArray(),
      translatedKeys: this.translatedKeys.join('\n'),
      translatedOutputs: this.translatedOutputs.toArray(),
      names: this.names,
      maxTokens: this.maxTokens,
    };
  }
}

/** An apostrophe between two letters of a listed name, and the letters after it (KATA'IB, SA'ID). */
const INNER_APOSTROPHE = /\p{L}['’`´ʼ‘ʻʾʿ](\p{L}+)/gu;

// Words a name may carry in lower case between capitalised ones ("Bank of the Republic", "Islamic Jihad for
// the Liberation of Palestine"), besides connectors and particles.
const LOWER_IN_NAMES = ['for', 'in', 'on', 'to', 'at', 'with', 'against', 'from', 'by', 'a', 'an', 'et', 'und', 'i'];

/** The context words as the index takes them, hashed, with their skeletons (made once: the same for every index). */
interface ContextWords {
  words: string[];
  hashes: number[];
  skeletons: string[];
  skeletonHashes: number[];
  flags: number[];
  titles: number[];
  /** singleWordCountry of each. */
  countries: number[];
}
let contextTable: ContextWords | undefined;

function contextWords(): ContextWords {
  if (contextTable) return contextTable;
  const table: ContextWords = { words: [], hashes: [], skeletons: [], skeletonHashes: [], flags: [], titles: [], countries: [] };
  for (const [word, v] of contextVocabulary()) {
    const sk = skeleton(word);
    table.words.push(word);
    table.hashes.push(hashWord(word));
    table.skeletons.push(sk);
    table.skeletonHashes.push(hashWord(sk));
    table.flags.push(v.flags);
    table.titles.push(v.titles);
    table.countries.push(singleWordCountry(word));
  }
  contextTable = table;
  return table;
}

let contextLower: Uint8Array | undefined;

/**
 * The lower-case filter (Lexicon.lower) of the words the page lexer must find in lower case whatever the names, made
 * once: connectors, particles, generic heads, and the context words with a flag besides WORD_NOT_GIVEN (words that are
 * no given name, "Sunday", matter only capitalised), a title's, or a country's in lower case.
 */
function contextLowerCaseFilter(): Uint8Array {
  if (contextLower) return contextLower;
  const out = new Set<string>([...connectors(), ...particles(), ...LOWER_IN_NAMES, ...GENERIC_HEADS]);
  const context = contextWords();
  context.words.forEach((w, k) => {
    if ((context.flags[k] & ~WORD_NOT_GIVEN) !== 0 || context.titles[k] !== 0 || countryInLowerCase(w) || /^[0-9]+$/.test(w)) out.add(w);
  });
  contextLower = addToLowerFilter(new Uint8Array(8192), out);
  return contextLower;
}

let muslimWorldKeys: readonly string[] | undefined;

/** The consonant keys of GIVEN_NAMES_MUSLIM_WORLD's names (made once). */
function muslimWorldGivenKeys(): readonly string[] {
  muslimWorldKeys ??= GIVEN_NAMES_MUSLIM_WORLD.split(/\s+/).flatMap((w) => {
    const k = w ? givenNameKey(w) : undefined;
    return k === undefined ? [] : [k];
  });
  return muslimWorldKeys;
}

/**
 * A word of three to five letters without a vowel reads as an acronym ("vtb"), not as a word ("ast"); so does a
 * brand with a "+" after two letters or more ("en+" of EN+ GROUP PLC), which no everyday word has.
 */
function readsAsAcronym(key: string): boolean {
  if (/^[a-z]{2,}\+$/.test(key)) return true;
  return key.length >= 3 && !/[aeiouy]/.test(key) && /^[a-z]+$/.test(key);
}

function spaceless(key: string): string {
  return key.replace(/[\s-]+/g, '');
}
