import type { Dataset } from '../../data/dataset';
import { toFilterChips } from '../../filters/filter-chips';
import type { Formatter } from '../../i18n/format';
import type { Locale } from '../../i18n/locale';
import type { IndexedInitiative } from '../../model/dataset-index';
import { localDayAndTime } from '../../model/fuzzy-date';
import { initiativeTitle, manifestText } from '../../model/localised';
import type { Deck, Scene } from '../deck/deck-schema';
import { sceneFilters } from '../deck/scene-view';
import { deckTitleWords, sceneWords, type Words } from '../deck/scene-words';

/** Who the file is for: the room (captions, numbers, sources), or the presenter (the same, with each scene's notes). */
export type HandoutCopy = 'handout' | 'presenter';

/** What one page of the PDF, or one slide, says about its scene (the picture comes beside it). */
export interface HandoutPage {
  /** "Scene 3 of 10". */
  counter: string;
  title: Words;
  caption: Words | null;
  /** The scene's key numbers, as the caption bar and the header show them: the count, the selection, the leading panel. */
  numbers: string[];
  /** "Filters: Partner: Danfoss", or that there are none. */
  filters: string;
  /** The initiatives' sources, as text (title, publisher, the archived file's path): never fetched. */
  sources: string[];
  /** The presenter's copy only: the scene's notes, or a line saying it has none. */
  notes: Words | null;
}

export interface HandoutDocument {
  lang: Locale;
  copy: HandoutCopy;
  /** The deck's title, in the display language or marked as the other one. */
  title: Words;
  /** "Handout" or "Presenter's copy". */
  kind: string;
  /** The dataset's title and the date of the export, at the foot of every page. */
  credit: string;
  pages: HandoutPage[];
}

/** What was on screen for one scene when it was rendered: the rows its views showed. */
export interface RenderedScene {
  scene: Scene;
  /** The initiatives the scene showed (every filter clause applied). */
  rows: readonly IndexedInitiative[];
}

/** Sources listed per page; the rest are counted ("…and 4 more"). */
export const MAX_SOURCES = 8;


/** "Exported 1 Jun 2025, 14:03.", local time. */
export function exportedLine(at: Date, f: Formatter): string {
  const { day, time } = localDayAndTime(at);
  return f.t('handout.page.exported', { date: f.day(day), time });
}

/** The foot of every page: the dataset's title and what it is, and when the file was made. */
export function handoutCredit(dataset: Dataset, at: Date, f: Formatter): string {
  const { title } = manifestText(dataset.manifest, f.locale);
  return f.t(dataset.manifest.synthetic ? 'handout.page.synthetic' : 'handout.page.credit', { title, exported: exportedLine(at, f) });
}

/** The sources of the scene's initiatives, the selected one's first, each once: "Title (Publisher), data/sources/x.txt". */
export function sourceLines(rows: readonly IndexedInitiative[], selected: string | null, dataset: Dataset, f: Formatter): string[] {
  const ordered = selected ? [...rows.filter((r) => r.initiative.id === selected), ...rows.filter((r) => r.initiative.id !== selected)] : rows;
  const ids = [...new Set(ordered.flatMap((row) => row.initiative.sources.map((ref) => ref.source)))];
  if (ids.length === 0) return [f.t('handout.page.sourcesNone')];
  const folder = dataset.baseUrl.replace(/^\//, '');
  const lines = ids.slice(0, MAX_SOURCES).map((id) => {
    const source = dataset.sources.get(id);
    if (!source) return f.t('handout.page.sourceMissing', { id });
    const title = source.title ?? f.t('handout.page.untitled');
    const file = `${folder}${source.file}`;
    return source.publisher ? f.t('handout.page.sourceWithPublisher', { title, publisher: source.publisher, file }) : f.t('handout.page.source', { title, file });
  });
  const more = ids.length - MAX_SOURCES;
  return more > 0 ? [...lines, f.t('handout.page.moreSources', { count: more, n: f.count(more) })] : lines;
}

/** The words of one page: what the scene says and what it showed. */
export function toHandoutPage(rendered: RenderedScene, position: number, total: number, dataset: Dataset, datasetSize: number, f: Formatter, copy: HandoutCopy): HandoutPage {
  const { scene, rows } = rendered;
  const { t } = f;
  const words = sceneWords(scene, f.locale);
  const chips = toFilterChips(sceneFilters(scene), dataset, f).map((chip) => chip.label);
  const selected = scene.selected ? (rows.find((r) => r.initiative.id === scene.selected)?.initiative ?? dataset.initiatives.find((i) => i.id === scene.selected)) : undefined;
  const numbers = [
    t('handout.page.showing', { count: datasetSize, shown: f.count(rows.length), total: f.count(datasetSize) }),
    ...(scene.selected ? [t('handout.page.selected', { title: selected ? initiativeTitle(selected, f.locale).text : scene.selected })] : []),
    t('handout.page.leads', { panel: t(`handout.lead.${scene.lead}`) }),
  ];
  return {
    counter: t('handout.page.counter', { n: position, total }),
    title: words.title,
    caption: words.caption,
    numbers,
    filters: chips.length === 0 ? t('handout.page.filtersNone') : t('handout.page.filters', { filters: chips.join(t('handout.page.filterSeparator')) }),
    sources: sourceLines(rows, scene.selected, dataset, f),
    notes: copy === 'presenter' ? (words.notes ?? { text: t('handout.page.notesNone'), lang: f.locale, fallback: false }) : null,
  };
}

/** Every page of a handout (or every slide) for the scenes as rendered, in the formatter's language. */
export function toHandoutDocument(deck: Deck, rendered: readonly RenderedScene[], dataset: Dataset, f: Formatter, copy: HandoutCopy, at: Date): HandoutDocument {
  const datasetSize = dataset.initiatives.length;
  return {
    lang: f.locale,
    copy,
    title: deckTitleWords(deck, f.locale),
    kind: f.t(`handout.page.copy.${copy}`),
    credit: handoutCredit(dataset, at, f),
    pages: rendered.map((scene, i) => toHandoutPage(scene, i + 1, rendered.length, dataset, datasetSize, f, copy)),
  };
}
