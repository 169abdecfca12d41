import type { JsonObject } from './curate-types';

/**
 * Sets one part of a date (value, precision, basis, reason, reasonZh). An unknown precision has no
 * value (null); leaving it for a known one leaves the value to be typed. An emptied text part is unset.
 */
export function setDatePart(date: JsonObject | undefined, part: string, text: string): JsonObject {
  const next: JsonObject = { ...date, [part]: text === '' ? undefined : text };
  if (part === 'precision') {
    if (text === 'unknown') next.value = null;
    else if (date?.precision === 'unknown' || date?.value === null) next.value = undefined;
  }
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  return next;
}
