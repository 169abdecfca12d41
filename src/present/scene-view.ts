import { DEFAULT_FILTERS, type Filters } from '../filters/filters';
import type { UrlState } from '../filters/url-codec';
import type { LeadPanel, MapBounds } from '../views/dashboard-context';
import type { Scene, SceneFilters } from './deck-schema';

const LIST_FIELDS = ['sectors', 'partners', 'partnerKinds', 'places', 'statuses', 'instruments'] as const;

/** The full filter model a scene stands for: its clauses, every other clause off. */
export function sceneFilters(scene: Pick<Scene, 'filters'>): Filters {
  return { ...DEFAULT_FILTERS, ...scene.filters } as Filters;
}

export function sceneToView(scene: Scene): UrlState {
  return { filters: sceneFilters(scene), selected: scene.selected };
}

/** Only the clauses that differ from the defaults, so a saved scene reads like its URL. */
export function compactFilters(filters: Filters): SceneFilters {
  const out: SceneFilters = {};
  if (filters.dateFrom) out.dateFrom = filters.dateFrom;
  if (filters.dateTo) out.dateTo = filters.dateTo;
  for (const field of LIST_FIELDS) {
    if (filters[field].length > 0) (out as Record<string, string[]>)[field] = [...filters[field]];
  }
  if (filters.partners.length > 0 && filters.partnerMatch !== DEFAULT_FILTERS.partnerMatch) out.partnerMatch = filters.partnerMatch;
  if (filters.query.trim() !== '') out.query = filters.query;
  return out;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

/** Whether the dashboard still shows the scene's filters and selection (false once the presenter explores). */
export function viewMatchesScene(view: UrlState, scene: Scene): boolean {
  const want = sceneFilters(scene);
  const have = view.filters;
  if (view.selected !== scene.selected) return false;
  if (have.dateFrom !== want.dateFrom || have.dateTo !== want.dateTo) return false;
  if (have.query.trim() !== want.query.trim()) return false;
  if (!LIST_FIELDS.every((field) => sameSet(have[field], want[field]))) return false;
  return have.partners.length < 2 || have.partnerMatch === want.partnerMatch;
}

export interface CurrentView {
  view: UrlState;
  extent: MapBounds | null;
  lead: LeadPanel;
}

/** A new scene from what the dashboard shows now; extent rounded to 3 decimals (about 100 m). */
export function sceneFromView(current: CurrentView, id: string, title: string): Scene {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const map = current.extent
    ? ([
        [round(current.extent[0][0]), round(current.extent[0][1])],
        [round(current.extent[1][0]), round(current.extent[1][1])],
      ] as MapBounds)
    : null;
  return { id, title, caption: '', notes: '', filters: compactFilters(current.view.filters), selected: current.view.selected, map, lead: current.lead, card: false };
}
