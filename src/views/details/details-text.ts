import type { TFunction } from 'i18next';
import type { Locale } from '../../i18n/locale';

type FieldKey = `details.field.${'title'}`;
type CountryKey = `details.country.${'CN'}`;

/**
 * A record's field as a reader reads it. In English the dataset's own field path ("parties",
 * "places.0.nameZh", "homeCountry"); in Chinese its name (合作方, 地点第1项的中文名称, 总部所在国). A field the strings
 * do not name stays as the dataset calls it.
 */
export function fieldLabel(t: TFunction, locale: Locale, path: string): string {
  if (locale === 'en') return path;
  const label = (field: string) => t(`details.field.${field}` as FieldKey, { defaultValue: field });
  let text = '';
  for (const segment of path.split('.')) {
    // The path counts items from 0; a reader counts from 1 (第1项).
    if (/^\d+$/.test(segment) && text) text = t('details.field.item', { field: text, index: Number(segment) + 1 });
    else text = text ? t('details.field.path', { parent: text, field: label(segment) }) : label(segment);
  }
  return text;
}

/** A home country from its ISO code: "Denmark" / 丹麦; the code when the strings do not name it. */
export function countryName(t: TFunction, code: string): string {
  return t(`details.country.${code}` as CountryKey, { defaultValue: code });
}
