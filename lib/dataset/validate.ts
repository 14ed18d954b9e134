// Checks for data that comes from outside (a dataset line, the curated file, a manifest): typed after these, not
// before. The schemas live beside the types (./format, ./publish, ./curated); here they are run, and their first
// issue is put in words.
import * as v from 'valibot';
import { EntitySchema, type Entity } from './format';

export class ValidationError extends Error {}

type Obj = Record<string, unknown>;

export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// Only the first problem is wanted: a bad record is refused whole, and stopping early keeps refusals cheap.
const FIRST_ISSUE = { abortEarly: true } as const;

/** A predicate ("must be …", "is …") follows the quoted field; any other message is a sentence about its object. */
const PREDICATE = /^(must|is) /;

/**
 * An issue in the words the hand-written checks used: `where names[2]: "type" must be one of …`,
 * `where: "birthDates[0]" must be a string`, `where events[0]: a 'between' event needs "after"`.
 */
export function describeIssue(issue: v.BaseIssue<unknown>, where: string): string {
  const keys = (issue.path ?? []).map((p) => p.key as string | number);
  if (keys.length === 0) return `${where}: ${issue.message}`;
  const predicate = PREDICATE.test(issue.message);
  // The field is the last named key with the indexes after it; for a sentence, a trailing key is the field too.
  let field = keys.length;
  while (field > 0 && typeof keys[field - 1] === 'number') field--;
  if (field > 0) field--;
  if (!predicate && typeof keys[keys.length - 1] === 'number') field = keys.length;
  const render = (ks: (string | number)[]) => ks.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : ` ${k}`)).join('');
  const container = render(keys.slice(0, field));
  const at = container ? `${where} ${container}` : where;
  return predicate ? `${at}: "${render(keys.slice(field))}" ${issue.message}` : `${at}: ${issue.message}`;
}

/** The output of a schema for untrusted input; throws ValidationError naming the first bad field. */
export function check<S extends v.GenericSchema>(schema: S, value: unknown, where: string): v.InferOutput<S> {
  const result = v.safeParse(schema, value, FIRST_ISSUE);
  if (!result.success) throw new ValidationError(describeIssue(result.issues[0], where));
  return result.output;
}

/** A full Entity from untrusted JSON; throws ValidationError naming the first bad field. */
export function toEntity(v: unknown, where: string): Entity {
  if (!isObject(v)) throw new ValidationError(`${where}: not an object`);
  return check(EntitySchema, v, `${where} (${typeof v.id === 'string' ? v.id : '?'})`);
}
