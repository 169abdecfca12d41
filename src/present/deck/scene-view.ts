import { LIST_FIELDS } from '../../filters/filter-fields';
import { DEFAULT_FILTERS, FILTER_CLAUSES, partnerMatchCounts, sameClause, withPartnerMatchRule, type Filters } from '../../filters/filters';
import type { UrlState } from '../../filters/url-codec';
import type { Locale } from '../../i18n/locale';
import type { LeadPanel, MapBounds, Scene, SceneFilters } from './deck-schema';

/** The full filter model a scene stands for: its clauses, every other clause off. */
export function sceneFilters(scene: Pick<Scene, 'filters'>): Filters {
  return withPartnerMatchRule({ ...DEFAULT_FILTERS, ...scene.filters } as Filters);
}

export function sceneToView(scene: Scene): UrlState {
  return { filters: sceneFilters(scene), selected: scene.selected };
}

/** Only the clauses that differ from the defaults, so a saved scene reads like its URL. */
export function compactFilters(filters: Filters): SceneFilters {
  const out: Record<string, unknown> = {};
  if (filters.dateFrom) out['dateFrom'] = filters.dateFrom;
  if (filters.dateTo) out['dateTo'] = filters.dateTo;
  for (const { field } of LIST_FIELDS) {
    const values = filters[field] as string[];
    if (values.length > 0) out[field] = [...values];
  }
  if (partnerMatchCounts(filters) && filters.partnerMatch !== DEFAULT_FILTERS.partnerMatch) out['partnerMatch'] = filters.partnerMatch;
  if (filters.query.trim() !== '') out['query'] = filters.query;
  return out as SceneFilters;
}

/** Whether the dashboard still shows the scene's filters and selection (false once the presenter explores). */
export function viewMatchesScene(view: UrlState, scene: Scene): boolean {
  const want = sceneFilters(scene);
  return view.selected === scene.selected && FILTER_CLAUSES.every((clause) => sameClause(view.filters, want, clause));
}

export interface CurrentView {
  view: UrlState;
  extent: MapBounds | null;
  lead: LeadPanel;
}

/**
 * A new scene from what the dashboard shows now, its words in `lang` (the language the user
 * writes in: the display language); extent rounded to 3 decimals (about 100 m).
 */
export function sceneFromView(current: CurrentView, id: string, title: string, lang: Locale): Scene {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const map = current.extent
    ? ([
        [round(current.extent[0][0]), round(current.extent[0][1])],
        [round(current.extent[1][0]), round(current.extent[1][1])],
      ] as MapBounds)
    : null;
  return { id, lang, title, caption: '', notes: '', filters: compactFilters(current.view.filters), selected: current.view.selected, map, lead: current.lead, card: false };
}
