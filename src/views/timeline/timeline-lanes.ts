import type { Dataset } from '../../data/dataset';
import { partnerKindsOf, type IndexedInitiative } from '../../model/dataset-index';
import type { Formatter } from '../../i18n/format';
import { instrumentLabel, organisationKindLabel, statusLabel } from '../../model/labels';
import { sectorLabel } from '../../model/localised';
import { NEUTRAL, OKABE_ITO, partnerKindColour, sectorColours, statusColour } from '../palette';

/** What the timeline's lanes group initiatives by. */
export type LaneAttribute = 'sector' | 'status' | 'partnerKind' | 'instrument';

export const LANE_ATTRIBUTES: readonly LaneAttribute[] = ['sector', 'status', 'partnerKind', 'instrument'];

/** How the attribute is named in the display language: "Sector" (a heading), "sector", "sectors" (in sentences). */
export interface LaneAttributeText {
  label: string;
  noun: string;
  plural: string;
}

export function laneAttributeText(t: Formatter['t'], attribute: LaneAttribute): LaneAttributeText {
  return {
    label: t(`timeline.lanes.attribute.${attribute}.label`),
    noun: t(`timeline.lanes.attribute.${attribute}.noun`),
    plural: t(`timeline.lanes.attribute.${attribute}.plural`),
  };
}

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

/** The language lane labels are in: the formatter's locale and strings. */
export type LaneText = Pick<Formatter, 't' | 'locale'>;

/** Every possible lane for the attribute, in vocabulary order, labelled in the display language, with the colours the other views use. */
export function allLanes(attribute: LaneAttribute, dataset: Dataset, { locale }: LaneText): Lane[] {
  switch (attribute) {
    case 'sector': {
      const colours = sectorColours([...dataset.sectors.keys()]);
      return [...dataset.sectors.values()].map((s) => ({ key: s.id, label: sectorLabel(s, locale), colour: colours.get(s.id)! }));
    }
    // The dataset's vocabulary (data/vocabulary.json), in its order: statuses up the ladder, then the end states off it.
    case 'status':
      return dataset.vocabulary.statuses.ids.map((s) => ({ key: s, label: statusLabel(dataset, locale, s), colour: statusColour(dataset.vocabulary.statuses, s) }));
    case 'partnerKind':
      return dataset.vocabulary.organisationKinds.ids.map((k) => ({ key: k, label: organisationKindLabel(dataset, locale, k), colour: partnerKindColour(k) }));
    case 'instrument':
      return dataset.vocabulary.instruments.ids.map((k, i) => ({ key: k, label: instrumentLabel(dataset, locale, k), colour: OKABE_ITO[i % OKABE_ITO.length]! }));
  }
}

/** The lanes holding at least one dated row, in vocabulary order; unknown keys go last under their id. */
export function lanesInUse(attribute: LaneAttribute, dataset: Dataset, rows: readonly IndexedInitiative[], text: LaneText): Lane[] {
  const used = new Set<string>();
  for (const row of rows) {
    if (row.start === null) continue;
    for (const key of laneKeysOf(row, attribute)) used.add(key);
  }
  const known = allLanes(attribute, dataset, text);
  const lanes = known.filter((lane) => used.has(lane.key));
  const knownKeys = new Set(known.map((lane) => lane.key));
  for (const key of used) if (!knownKeys.has(key)) lanes.push({ key, label: key, colour: NEUTRAL });
  return lanes;
}
