// The worker's lookups of stored entities (lib/sync/blocks.ts), over its IndexedDB storage.
import type { Entity } from '@/lib/dataset/format';
import * as blocks from '@/lib/sync/blocks';
import { storage } from './dexie-storage';

export function getEntity(version: string, id: string): Promise<Entity | null> {
  return blocks.getEntity(storage, version, id);
}

export function getEntities(version: string, ids: readonly string[]): Promise<Map<string, Entity>> {
  return blocks.getEntities(storage, version, ids);
}

export function readAllEntities(version: string): Promise<Entity[]> {
  return blocks.readAllEntities(storage, version);
}
