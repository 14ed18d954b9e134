// A delta file takes one dataset version to the next: gzip'd JSON lines, one change a line.
//   {"op":"ADD","entity":{…}}   a new entity
//   {"op":"MOD","entity":{…}}   the whole new record of a changed entity
//   {"op":"DEL","id":"ofac-123"} an entity no longer in the dataset
import { fields, requiredText, type Entity } from './format';
import { check, isObject, toEntity, ValidationError } from './validate';

export type DeltaOp = { op: 'ADD' | 'MOD'; entity: Entity } | { op: 'DEL'; id: string };

export function encodeDeltaLine(op: DeltaOp): string {
  return JSON.stringify(op);
}

const Deletion = fields({ id: requiredText });

/** One delta line from untrusted JSON; throws ValidationError naming the place. */
export function toDeltaOp(value: unknown, where: string): DeltaOp {
  if (!isObject(value)) throw new ValidationError(`${where}: not an object`);
  const op = value.op;
  if (op === 'ADD' || op === 'MOD') return { op, entity: toEntity(value.entity, `${where} entity`) };
  if (op === 'DEL') return { op, id: check(Deletion, value, where).id };
  throw new ValidationError(`${where}: "op" must be ADD, MOD or DEL`);
}
