import type { DataProblem } from '../data/data-problem';
import { formatPath } from '../data/data-problem';
import type { Dataset } from '../data/dataset';
import { isObject } from '../data/validate-records';
import { DeckSchema, type Deck, type Scene } from './deck-schema';

/** `scenes.3.filters.partners` -> record "danfoss-wuxing" (the scene's id) and field "filters.partners". */
function locate(json: unknown, path: ReadonlyArray<PropertyKey>): { recordId: string | null; field: string } {
  if (path[0] !== 'scenes' || typeof path[1] !== 'number') return { recordId: null, field: formatPath(path) };
  const scenes = isObject(json) && Array.isArray(json.scenes) ? json.scenes : [];
  const raw: unknown = scenes[path[1]];
  const recordId = isObject(raw) && typeof raw.id === 'string' && raw.id ? raw.id : `#${path[1]}`;
  return { recordId, field: formatPath(path.slice(2)) };
}

type ListCheck = { field: 'sectors' | 'partners' | 'places'; what: string; known(id: string): boolean };

/** Drops the values that name nothing in the dataset, with one problem per value. */
function checkScene(scene: Scene, dataset: Dataset, file: string, problems: DataProblem[]): Scene {
  const checks: ListCheck[] = [
    { field: 'sectors', what: 'sector', known: (id) => dataset.sectors.has(id) },
    { field: 'partners', what: 'organisation', known: (id) => dataset.organisations.has(id) },
    { field: 'places', what: 'gazetteer place', known: (id) => dataset.gazetteer.has(id) },
  ];
  const filters = { ...scene.filters };
  for (const { field, what, known } of checks) {
    const values = filters[field];
    if (!values) continue;
    values.forEach((value, i) => {
      if (!known(value)) problems.push({ file, recordId: scene.id, field: `filters.${field}.${i}`, message: `no ${what} "${value}" in this dataset` });
    });
    filters[field] = values.filter(known);
  }
  let selected = scene.selected;
  if (selected !== null && !dataset.initiatives.some((initiative) => initiative.id === selected)) {
    problems.push({ file, recordId: scene.id, field: 'selected', message: `no initiative "${selected}" in this dataset` });
    selected = null;
  }
  if (scene.card && selected === null && scene.selected === null) {
    problems.push({ file, recordId: scene.id, field: 'card', message: 'a card needs a selected initiative' });
  }
  return { ...scene, filters, selected, card: scene.card && selected !== null };
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
