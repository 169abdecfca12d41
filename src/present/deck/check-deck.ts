import type { DataProblem } from '../../data/data-problem';
import { formatPath } from '../../data/data-problem';
import type { Dataset } from '../../data/dataset';
import { isObject } from '../../data/validate-records';
import { LIST_FIELDS } from '../../filters/filter-fields';
import { DeckSchema, type Deck, type Scene } from './deck-schema';

/** `scenes.3.filters.partners` -> record "danfoss-wuxing" (the scene's id) and field "filters.partners". */
function locate(json: unknown, path: ReadonlyArray<PropertyKey>): { recordId: string | null; field: string } {
  if (path[0] !== 'scenes' || typeof path[1] !== 'number') return { recordId: null, field: formatPath(path) };
  const scenes = isObject(json) && Array.isArray(json.scenes) ? json.scenes : [];
  const raw: unknown = scenes[path[1]];
  const recordId = isObject(raw) && typeof raw.id === 'string' && raw.id ? raw.id : `#${path[1]}`;
  return { recordId, field: formatPath(path.slice(2)) };
}

/** Drops the values that name nothing in the dataset, with one problem per value. */
function checkScene(scene: Scene, dataset: Dataset, file: string, problems: DataProblem[]): Scene {
  const filters: Record<string, unknown> = { ...scene.filters };
  for (const { field, known } of LIST_FIELDS) {
    const values = scene.filters[field] as string[] | undefined;
    if (!values || !known) continue;
    values.forEach((value, i) => {
      if (!known.has(dataset, value)) problems.push({ file, recordId: scene.id, field: `filters.${field}.${i}`, message: `no ${known.noun} "${value}" in this dataset` });
    });
    filters[field] = values.filter((value) => known.has(dataset, value));
  }
  let selected = scene.selected;
  if (selected !== null && !dataset.initiatives.some((initiative) => initiative.id === selected)) {
    problems.push({ file, recordId: scene.id, field: 'selected', message: `no initiative "${selected}" in this dataset` });
    selected = null;
  }
  if (scene.card && selected === null && scene.selected === null) {
    problems.push({ file, recordId: scene.id, field: 'card', message: 'a card needs a selected initiative' });
  }
  return { ...scene, filters: filters as Scene['filters'], selected, card: scene.card && selected !== null };
}

/**
 * Checks a deck file against the schema and the dataset: every filter value and selected id must
 * exist, bounds must be a real extent. One problem per issue. The deck comes back (with unknown
 * values dropped) whenever the schema holds, so a presentation still runs; `null` when it does not.
 */
export function checkDeck(json: unknown, dataset: Dataset, file: string): { deck: Deck | null; problems: DataProblem[] } {
  if (!isObject(json)) {
    return { deck: null, problems: [{ file, recordId: null, field: '', message: 'not a deck: expected an object with "version", "title" and "scenes"' }] };
  }
  const parsed = DeckSchema.safeParse(json);
  if (!parsed.success) {
    return { deck: null, problems: parsed.error.issues.map((issue) => ({ file, ...locate(json, issue.path), message: issue.message })) };
  }
  const problems: DataProblem[] = [];
  const scenes = parsed.data.scenes.map((scene) => checkScene(scene, dataset, file, problems));
  return { deck: { ...parsed.data, scenes }, problems };
}
