import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { DataProblem } from '../../data/data-problem';
import { formatPath } from '../../data/data-problem';
import type { Dataset } from '../../data/dataset';
import { isObject } from '../../data/validate-records';
import { LIST_FIELDS } from '../../filters/filter-fields';
import type { ListField } from '../../filters/filters';
import { DeckSchema, SCHEMA_MESSAGES, type Deck, type Scene } from './deck-schema';

/** The wordings of `present.check` that take only plain values. */
type PlainKey =
  | 'notADeck'
  | 'cardNeedsSelection'
  | 'empty'
  | 'tooLong'
  | 'tooShort'
  | 'tooMany'
  | 'tooFew'
  | 'tooBig'
  | 'tooSmall'
  | 'latitude'
  | 'longitude'
  | 'day'
  | 'notRealDate'
  | 'dateOrder'
  | 'southNorth'
  | 'westEast'
  | 'duplicateId'
  | 'version'
  | 'idFormat'
  | 'placeCode'
  | 'format'
  | 'unknownKeys'
  | 'invalidOption';
const PLAIN_KEYS = new Set<string>(['notADeck', 'cardNeedsSelection', 'empty', 'tooLong', 'tooShort', 'tooMany', 'tooFew', 'tooBig', 'tooSmall', 'latitude', 'longitude', 'day', 'notRealDate', 'dateOrder', 'southNorth', 'westEast', 'duplicateId', 'version', 'idFormat', 'placeCode', 'format', 'unknownKeys', 'invalidOption']);
const TYPES = new Set(['string', 'number', 'boolean', 'array', 'object']);

/** What a problem says, for the display language (its `message` stays English, for data:check). */
export type ProblemSay =
  | { kind: 'text'; key: PlainKey; values?: Record<string, string | number> }
  | { kind: 'unknownValue'; noun: ListField | 'initiative'; value: string }
  | { kind: 'invalidType'; expected: string };

/** A deck problem: located and worded as every data problem, with its wording for the screen. */
export interface DeckProblem extends DataProblem {
  /** null: a schema message the app has no wording for; `message` is shown as it is. */
  say: ProblemSay | null;
}

const text = (key: PlainKey, values?: Record<string, string | number>): ProblemSay => ({ kind: 'text', key, ...(values ? { values } : {}) });

/** The wording of a schema issue: the schema's own (`params.say`), or one per kind of check. */
function schemaSay(issue: z.core.$ZodIssue): ProblemSay | null {
  switch (issue.code) {
    case 'custom': {
      const { say, ...values } = (issue.params ?? {}) as Record<string, string | number>;
      return typeof say === 'string' && PLAIN_KEYS.has(say) ? text(say as PlainKey, values) : null;
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      if (issue.message === SCHEMA_MESSAGES.latitude) return text('latitude');
      if (issue.message === SCHEMA_MESSAGES.longitude) return text('longitude');
      if (issue.origin === 'string') return small ? (limit <= 1 ? text('empty') : text('tooShort', { min: limit })) : text('tooLong', { max: limit });
      if (issue.origin === 'array') return small ? text('tooFew', { min: limit }) : text('tooMany', { max: limit });
      return small ? text('tooSmall', { min: limit }) : text('tooBig', { max: limit });
    }
    case 'invalid_format':
      if (issue.message === SCHEMA_MESSAGES.day) return text('day', { example: '2021-10-13' });
      if (issue.message.includes('six-digit')) return text('placeCode', { example: '320500' });
      if (issue.message.includes('lowercase')) return text('idFormat', { example: 'catl-cecep-2025' });
      return text('format');
    case 'invalid_value':
      if (issue.message === SCHEMA_MESSAGES.version) return text('version', { version: String(issue.values[0]) });
      return text('invalidOption', { values: issue.values.map((value) => `"${String(value)}"`).join(' | ') });
    case 'unrecognized_keys':
      return text('unknownKeys', { keys: issue.keys.map((key) => `"${key}"`).join(', ') });
    case 'invalid_type':
      return { kind: 'invalidType', expected: issue.expected };
    default:
      return null;
  }
}

/** A problem's message in the display language. */
export function deckProblemMessage(t: TFunction, problem: DataProblem): string {
  const say = 'say' in problem ? (problem as DeckProblem).say : null;
  if (!say) return problem.message;
  switch (say.kind) {
    case 'text':
      return t(`present.check.${say.key}`, say.values);
    case 'unknownValue':
      return t('present.check.unknownValue', { noun: t(`present.check.noun.${say.noun}`), value: say.value });
    case 'invalidType':
      return t('present.check.invalidType', { expected: t(`present.check.type.${TYPES.has(say.expected) ? (say.expected as 'string') : 'other'}`) });
  }
}

/**
 * One line per problem, as formatProblem writes it, in the display language: `file, record "x",
 * field "y": message`. `fileLabel` names the file when it is not one (the saved scenes).
 */
export function deckProblemLine(t: TFunction, problem: DataProblem, fileLabel?: string): string {
  const where = [fileLabel ?? problem.file];
  if (problem.recordId !== null) where.push(t('present.check.record', { id: problem.recordId }));
  if (problem.field) where.push(t('present.check.field', { field: problem.field }));
  return t('present.check.line', { where: where.join(t('present.check.whereJoin')), message: deckProblemMessage(t, problem) });
}

/** `scenes.3.filters.partners` -> record "danfoss-wuxing" (the scene's id) and field "filters.partners". */
function locate(json: unknown, path: ReadonlyArray<PropertyKey>): { recordId: string | null; field: string } {
  if (path[0] !== 'scenes' || typeof path[1] !== 'number') return { recordId: null, field: formatPath(path) };
  const scenes = isObject(json) && Array.isArray(json.scenes) ? json.scenes : [];
  const raw: unknown = scenes[path[1]];
  const recordId = isObject(raw) && typeof raw.id === 'string' && raw.id ? raw.id : `#${path[1]}`;
  return { recordId, field: formatPath(path.slice(2)) };
}

/** Drops the values that name nothing in the dataset, with one problem per value. */
function checkScene(scene: Scene, dataset: Dataset, file: string, problems: DeckProblem[]): Scene {
  const filters: Record<string, unknown> = { ...scene.filters };
  for (const { field, known } of LIST_FIELDS) {
    const values = scene.filters[field] as string[] | undefined;
    if (!values || !known) continue;
    values.forEach((value, i) => {
      if (!known.has(dataset, value)) {
        problems.push({ file, recordId: scene.id, field: `filters.${field}.${i}`, message: `no ${known.noun} "${value}" in this dataset`, say: { kind: 'unknownValue', noun: field, value } });
      }
    });
    filters[field] = values.filter((value) => known.has(dataset, value));
  }
  let selected = scene.selected;
  if (selected !== null && !dataset.initiatives.some((initiative) => initiative.id === selected)) {
    problems.push({ file, recordId: scene.id, field: 'selected', message: `no initiative "${selected}" in this dataset`, say: { kind: 'unknownValue', noun: 'initiative', value: selected } });
    selected = null;
  }
  if (scene.card && selected === null && scene.selected === null) {
    problems.push({ file, recordId: scene.id, field: 'card', message: 'a card needs a selected initiative', say: text('cardNeedsSelection') });
  }
  return { ...scene, filters: filters as Scene['filters'], selected, card: scene.card && selected !== null };
}

/**
 * Checks a deck file against the schema and the dataset: every filter value and selected id must
 * exist, bounds must be a real extent. One problem per issue. The deck comes back (with unknown
 * values dropped) whenever the schema holds, so a presentation still runs; `null` when it does not.
 */
export function checkDeck(json: unknown, dataset: Dataset, file: string): { deck: Deck | null; problems: DeckProblem[] } {
  if (!isObject(json)) {
    const say = text('notADeck', { version: 'version', title: 'title', scenes: 'scenes' });
    return { deck: null, problems: [{ file, recordId: null, field: '', message: 'not a deck: expected an object with "version", "title" and "scenes"', say }] };
  }
  const parsed = DeckSchema.safeParse(json);
  if (!parsed.success) {
    return { deck: null, problems: parsed.error.issues.map((issue) => ({ file, ...locate(json, issue.path), message: issue.message, say: schemaSay(issue) })) };
  }
  const problems: DeckProblem[] = [];
  const scenes = parsed.data.scenes.map((scene) => checkScene(scene, dataset, file, problems));
  return { deck: { ...parsed.data, scenes }, problems };
}
