// The builder's same-list pass as the dataset tests run it: every entry counted, then streamed through the pass.
import type { Entity } from '../../lib/dataset/format';
import { MergeIndex, mergeInto } from '../../lib/dataset/merge';

export async function sameListPass(es: Entity[]): Promise<Entity[]> {
  const index = new MergeIndex();
  for (const e of es) index.countStream(e);
  async function* stream() { yield* es; }
  const out: Entity[] = [];
  for await (const e of index.sameList.pass(stream(), mergeInto)) out.push(e);
  return out;
}
