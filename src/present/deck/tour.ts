import type { TFunction } from 'i18next';
import type { Dataset } from '../../data/dataset';
import type { Initiative } from '../../data/schema';
import type { Locale } from '../../i18n/locale';
import { describePlaces } from '../../model/describe-initiative';
import { dateInterval } from '../../model/fuzzy-date';
import { instrumentLabel, statusLabel } from '../../model/labels';
import { initiativeSummary, initiativeTitle } from '../../model/localised';
import { DECK_VERSION, type Deck, type MapBounds, type Scene } from './deck-schema';

/** Mainland China and Hainan, for an initiative with no single place: [[south, west], [north, east]]. */
export const MAINLAND_EXTENT: MapBounds = [
  [18, 73.5],
  [53.6, 135],
];
/** Half-spans in degrees around a gazetteer point: a city opens at about 3°, a province at about 7°. */
const CITY_HALF_SPAN = 1.5;
const PROVINCE_HALF_SPAN = 3.5;

/** The extent that shows every place of an initiative; the mainland when it names none (nationwide). */
export function initiativeExtent(dataset: Dataset, initiative: Initiative): MapBounds {
  let [south, west, north, east] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const place of initiative.places) {
    const hit = place.gazetteerId ? dataset.gazetteer.get(place.gazetteerId) : undefined;
    if (!hit) continue;
    const half = hit.level === 'province' ? PROVINCE_HALF_SPAN : CITY_HALF_SPAN;
    // Longitude degrees shrink with latitude; widen them so the box is about square on the map.
    const halfLon = half / Math.max(0.5, Math.cos((hit.lat * Math.PI) / 180));
    south = Math.min(south, hit.lat - half);
    north = Math.max(north, hit.lat + half);
    west = Math.min(west, hit.lon - halfLon);
    east = Math.max(east, hit.lon + halfLon);
  }
  if (south === Infinity) return MAINLAND_EXTENT;
  const round = (n: number) => Math.round(n * 100) / 100;
  return [
    [round(south), round(west)],
    [round(north), round(east)],
  ];
}

/** Initiatives in time order (by the first day their date covers); undated ones last, by title. */
export function tourOrder(initiatives: readonly Initiative[]): Initiative[] {
  const keyed = initiatives.map((initiative) => ({ initiative, start: dateInterval(initiative.date)?.start ?? null }));
  keyed.sort((a, b) => {
    if (a.start === null || b.start === null) {
      if (a.start !== b.start) return a.start === null ? 1 : -1;
    } else if (a.start !== b.start) return a.start - b.start;
    return a.initiative.title.localeCompare(b.initiative.title);
  });
  return keyed.map((k) => k.initiative);
}

/** The caption of an initiative's tour scene: its instrument, status and places. */
export function tourCaption(dataset: Dataset, initiative: Initiative, t: TFunction, locale: Locale): string {
  return t('present.tour.caption', { instrument: instrumentLabel(dataset, locale, initiative.instrument), status: statusLabel(dataset, locale, initiative.status), places: describePlaces(dataset, initiative, { t, locale }) });
}

/** The strings to write the tour in: English always (the data's base language), Chinese when it is shown. */
export interface TourTongues {
  en: TFunction;
  zh?: TFunction;
}

/**
 * A deck generated from the data: one scene per initiative in time order, each selecting it,
 * flying to its places and showing its card (title, partners, date, a quote). The caption names
 * the instrument, status and places; the notes give the summary for the speaker. Its words are
 * English, with a Chinese version of each scene whose initiative has a Chinese title (the
 * curator's translation; a scene without one falls back to English, marked). The order does not
 * depend on the language, so switching it keeps the scene on screen.
 */
export function buildTour(dataset: Dataset, tongues: TourTongues): Deck {
  const { en, zh } = tongues;
  const scenes = tourOrder(dataset.initiatives).map((initiative): Scene => {
    const title = zh ? initiativeTitle(initiative, 'zh') : null;
    const summary = zh ? initiativeSummary(initiative, 'zh') : null;
    const chinese =
      zh && title && !title.fallback
        ? { zh: { title: title.text, caption: tourCaption(dataset, initiative, zh, 'zh'), ...(summary && !summary.fallback ? { notes: summary.text } : {}) } }
        : undefined;
    return {
      id: `tour-${initiative.id}`,
      lang: 'en',
      ...(chinese ? { translations: chinese } : {}),
      title: initiative.title,
      caption: tourCaption(dataset, initiative, en, 'en'),
      notes: initiative.summary,
      filters: {},
      selected: initiative.id,
      map: initiativeExtent(dataset, initiative),
      lead: 'map',
      card: true,
    };
  });
  return {
    version: DECK_VERSION,
    title: en('present.deckKind.tour.label'),
    lang: 'en',
    ...(zh ? { translations: { zh: zh('present.deckKind.tour.label') } } : {}),
    scenes,
  };
}
