import type { EntityKind } from '@/lib/dataset/format';
import type { MessageKey } from './index';

/** The catalog key naming each kind of entity ("Person", "Vessel"), for the card and the search filters. */
export const KIND_KEYS: Record<EntityKind, MessageKey> = {
  person: 'kind_person',
  organization: 'kind_organization',
  agency: 'kind_agency',
  vessel: 'kind_vessel',
  aircraft: 'kind_aircraft',
};
