import type { TFunction } from 'i18next';
import type { Dataset } from '../data/dataset';
import type { GazetteerPlace } from '../data/schema';
import type { Locale } from '../i18n/locale';
import { instrumentLabel, organisationKindLabel, provincialTypeLabel, statusLabel } from '../model/labels';
import { gazetteerName, gazetteerProvinceName, organisationName, organisationShortName, sectorLabel } from '../model/localised';
import type { ListField } from './filters';

/** What labelling needs of the display language: its strings and its code (a `Formatter` has both). */
export interface LabelContext {
  t: TFunction;
  locale: Locale;
}

/**
 * A gazetteer unit in a picker: a provincial-level unit with its kind in English ("Beijing
 * (municipality)", "Hong Kong (special administrative region)"), its official name in Chinese
 * (北京市, 香港特别行政区, which already says it); a city with its province ("Suzhou, Jiangsu",
 * 苏州市（江苏省）), unless it is named as its province is (Beijing's city-level unit).
 */
export function placeOptionLabel({ t, locale }: LabelContext, place: GazetteerPlace): string {
  const name = gazetteerName(place, locale);
  if (place.level === 'province') {
    // The Chinese official name already says what kind of unit it is (北京市, 西藏自治区): no term is added.
    return locale === 'zh' ? name : t('filters.picker.place.provincial', { name, type: provincialTypeLabel(t, place.provinceType) });
  }
  const province = gazetteerProvinceName(place, locale);
  return province === name ? name : t('filters.picker.place.city', { name, province });
}

/**
 * A filter value as people read it, in the display language: options say a place's kind or
 * province and an organisation's full name; chips keep it short (江苏省, 苏州市, 宁德时代), an English
 * city with its province (several share a name: Suzhou, Jiangsu and Suzhou, Anhui).
 */
export function filterValueLabel(dataset: Dataset, field: ListField, value: string, context: LabelContext, style: 'option' | 'chip' = 'option'): string {
  const { locale } = context;
  switch (field) {
    case 'sectors': {
      const sector = dataset.sectors.get(value);
      return sector ? sectorLabel(sector, locale) : value;
    }
    case 'partners': {
      const org = dataset.organisations.get(value);
      if (!org) return value;
      return style === 'chip' ? organisationShortName(org, locale) : organisationName(org, locale);
    }
    case 'partnerKinds':
      return organisationKindLabel(dataset, locale, value);
    case 'places': {
      const place = dataset.gazetteer.get(value);
      if (!place) return value;
      if (style === 'option') return placeOptionLabel(context, place);
      if (place.level === 'province' || locale === 'zh') return gazetteerName(place, locale);
      return placeOptionLabel(context, place);
    }
    case 'statuses':
      return statusLabel(dataset, locale, value);
    case 'instruments':
      return instrumentLabel(dataset, locale, value);
  }
}
