/**
 * The order the list, the table and the details' Previous/Next go through the filtered rows: one
 * order for all of them, in the store and the address (`sort=title`, `sort=-date`; the default,
 * newest first, is left out).
 */
export const ORDER_KEYS = ['date', 'title', 'status', 'instrument', 'places', 'partners', 'sectors'] as const;
export type OrderKey = (typeof ORDER_KEYS)[number];
export type OrderDirection = 'asc' | 'desc';

export interface RowOrder {
  key: OrderKey;
  dir: OrderDirection;
}

/** Newest first: what an analyst reading the latest initiatives expects. */
export const DEFAULT_ORDER: RowOrder = { key: 'date', dir: 'desc' };

/** The direction a column starts in when first chosen: dates newest first, words A to Z, statuses furthest along first. */
export const FIRST_DIRECTION: Readonly<Record<OrderKey, OrderDirection>> = {
  date: 'desc',
  title: 'asc',
  status: 'desc',
  instrument: 'asc',
  places: 'asc',
  partners: 'asc',
  sectors: 'asc',
};

export const ORDER_PARAM = 'sort';

export function sameOrder(a: RowOrder, b: RowOrder): boolean {
  return a.key === b.key && a.dir === b.dir;
}

/** `title` → A to Z by title, `-date` → newest first; anything else (or nothing) is the default. */
export function parseOrder(raw: string | null): RowOrder {
  if (!raw) return DEFAULT_ORDER;
  const dir: OrderDirection = raw.startsWith('-') ? 'desc' : 'asc';
  const key = ORDER_KEYS.find((k) => k === raw.replace(/^-/, ''));
  return key ? { key, dir } : DEFAULT_ORDER;
}

/** The address's value for an order, or null for the default. */
export function formatOrder(order: RowOrder): string | null {
  if (sameOrder(order, DEFAULT_ORDER)) return null;
  return `${order.dir === 'desc' ? '-' : ''}${order.key}`;
}

/** Choosing a column: the same column again turns its direction round; another starts in its first direction. */
export function nextOrder(current: RowOrder, key: OrderKey): RowOrder {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: FIRST_DIRECTION[key] };
}
