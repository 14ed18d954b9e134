// The curated file's facts about a party (lib/dataset/curated.json), as structured records: an office and its
// years, a relative, a nickname a source gives, what a body is, members of it on a list. The card words each one
// through the message catalog in the reader's language (lib/i18n/fact-words.ts); a fact that fits none of these is
// a `quote`, shown in quotation marks with its language and source. Every fact cites the page that states it.
import * as v from 'valibot';

/** The curated file's list id (its records' `sources`), here where the card can read it without the importer. */
export const CURATED_LIST = 'sanctions-lens-curated';

export const FACT_TYPES = ['role', 'is', 'relative', 'nickname', 'calledBy', 'membersListed', 'memberDesignated', 'designatedAsOfficial', 'brokeRanks', 'announcedDelisting', 'quote'] as const;
export type FactType = (typeof FACT_TYPES)[number];

/** Offices a `role` fact names; each has a catalog key `office_<name>`. */
export const OFFICES = ['usVicePresident', 'usNationalSecurityAdvisor', 'usTreasurySecretary', 'veNationalAssemblyPresident', 'veInterimPresidentRecognisedByUs', 'sebinDirectorGeneral'] as const;
/** What a body is (`is`); each has a catalog key `body_<name>`. */
export const BODIES = ['usFinanceMinistry', 'usSanctionsOffice', 'veCivilianIntelligence', 'veSpecialPoliceUnit', 'veMilitaryCounterintelligence', 'veNationalGuard', 'veSupremeCourt'] as const;
/** A relative (`relative`), a member (`membersListed`, `memberDesignated`): catalog keys `relation_<name>`, `members_<name>`. */
export const RELATIONS = ['son'] as const;
export const MEMBERS = ['directors', 'commanders', 'magistrates', 'commander'] as const;

/** YYYY, YYYY-MM or YYYY-MM-DD: a fact gives no more of a date than its source does. */
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const date = v.optional(v.pipe(v.string('must be a string'), v.regex(PARTIAL_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD')));
const text = v.optional(v.pipe(v.string('must be a string'), v.minLength(1, 'must be a non-empty string'), v.maxLength(2_000, 'must be at most 2,000 characters')));
const https = v.pipe(v.string('must be a string'), v.regex(/^https:\/\/\S+$/, 'must be an https URL'));

/** `sourceUrl` is the page that states the fact; `refs` are entries on a list ("us-ofac-sdn:17810"). */
const FactFields = v.object({
    type: v.picklist(FACT_TYPES, 'must be one of the fact types'),
    sourceUrl: https,
    office: v.optional(v.picklist(OFFICES, 'must be one of the offices')),
    body: v.optional(v.picklist(BODIES, 'must be one of the bodies')),
    relation: v.optional(v.picklist(RELATIONS, 'must be one of the relations')),
    members: v.optional(v.picklist(MEMBERS, 'must be one of the member words')),
    /** A person's or body's name, as written (a proper name is not translated). */
    name: text,
    /** The entity id `name` is, when it is one in the dataset. */
    id: text,
    /** A list's id (us-ofac-sdn, eu-2017-2063). */
    list: text,
    refs: v.optional(v.array(v.pipe(v.string(), v.regex(/^[\w-]+:[\w./-]+$/, 'must be list:ref')))),
    /** An ISO 3166-1 alpha-2 code, named in the reader's language through Intl. */
    country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'))),
    date,
    from: date,
    to: date,
    former: v.optional(v.boolean('must be true or false')),
    /** A `quote`'s words and their language (BCP 47). */
    text,
    lang: text,
  }, 'must be an object');
type FactOut = v.InferOutput<typeof FactFields>;

const need = (type: FactType, keys: (keyof FactOut)[]) => v.check<FactOut, string>((f) => f.type !== type || keys.every((k) => f[k] !== undefined), `a ${type} fact needs ${keys.join(', ')}`);

export const FactSchema = v.pipe(
  FactFields,
  need('role', ['office']),
  need('is', ['body']),
  need('relative', ['relation', 'name']),
  need('nickname', ['name', 'date']),
  need('calledBy', ['name', 'list']),
  need('membersListed', ['members', 'refs']),
  need('memberDesignated', ['members', 'list', 'date']),
  need('designatedAsOfficial', ['country']),
  need('brokeRanks', ['name']),
  need('announcedDelisting', ['name', 'date']),
  need('quote', ['text', 'lang']),
);
export type Fact = v.InferOutput<typeof FactSchema>;
