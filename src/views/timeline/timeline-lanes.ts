import type { Dataset } from '../../data/dataset';
import { INSTRUMENT_KINDS, ORGANISATION_KINDS, STATUSES } from '../../data/schema';
import { partnerKindsOf, type IndexedInitiative } from '../../model/dataset-index';
import { INSTRUMENT_LABELS, ORGANISATION_KIND_LABELS, STATUS_LABELS } from '../../model/labels';
import { NEUTRAL, OKABE_ITO, PARTNER_KIND_COLOURS, STATUS_COLOURS, sectorColours } from '../palette';

/** What the timeline's lanes group initiatives by. */
export type LaneAttribute = 'sector' | 'status' | 'partnerKind' | 'instrument';

export const LANE_ATTRIBUTES: ReadonlyArray<{ id: LaneAttribute; label: string; noun: string; plural: string }> = [
  { id: 'sector', label: 'Sector', noun: 'sector', plural: 'sectors' },
  { id: 'status', label: 'Status', noun: 'status', plural: 'statuses' },
  { id: 'partnerKind', label: 'Partner kind', noun: 'partner kind', plural: 'partner kinds' },
  { id: 'instrument', label: 'Instrument', noun: 'instrument', plural: 'instruments' },
];

/** Attributes an initiative can have several of: it is drawn once in each of its lanes. */
export const MULTI_VALUED: ReadonlySet<LaneAttribute> = new Set(['sector', 'partnerKind']);

export interface Lane {
  key: string;
  label: string;
  colour: string;
}

/** The lane keys one initiative belongs to (several for sectors and partner kinds). */
export function laneKeysOf(row: IndexedInitiative, attribute: LaneAttribute): Iterable<string> {
  switch (attribute) {
    case 'sector':
      return row.sectorIds;
    case 'partnerKind':
      return partnerKindsOf(row);
    case 'status':
      return [row.initiative.status];
    case 'instrument':
      return [row.initiative.instrument];
  }
}

/** Every possible lane for the attribute, in vocabulary order, with the colours the other views use. */
export function allLanes(attribute: LaneAttribute, dataset: Dataset): Lane[] {
  switch (attribute) {
    case 'sector': {
      const colours = sectorColours([...dataset.sectors.keys()]);
      return [...dataset.sectors.values()].map((s) => ({ key: s.id, label: s.label, colour: colours.get(s.id)! }));
    }
    case 'status':
      return STATUSES.map((s) => ({ key: s, label: STATUS_LABELS[s], colour: STATUS_COLOURS[s] }));
    case 'partnerKind':
      return ORGANISATION_KINDS.map((k) => ({ key: k, label: ORGANISATION_KIND_LABELS[k], colour: PARTNER_KIND_COLOURS[k] }));
    case 'instrument':
      return INSTRUMENT_KINDS.map((k, i) => ({ key: k, label: INSTRUMENT_LABELS[k], colour: OKABE_ITO[i % OKABE_ITO.length]! }));
  }
}

/** The lanes holding at least one dated row, in vocabulary order; unknown keys go last under their id. */
export function lanesInUse(attribute: LaneAttribute, dataset: Dataset, rows: readonly IndexedInitiative[]): Lane[] {
  const used = new Set<string>();
  for (const row of rows) {
    if (row.start === null) continue;
    for (const key of laneKeysOf(row, attribute)) used.add(key);
  }
  const known = allLanes(attribute, dataset);
  const lanes = known.filter((lane) => used.has(lane.key));
  const knownKeys = new Set(known.map((lane) => lane.key));
  for (const key of used) if (!knownKeys.has(key)) lanes.push({ key, label: key, colour: NEUTRAL });
  return lanes;
}
