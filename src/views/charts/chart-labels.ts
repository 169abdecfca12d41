import type { TFunction } from 'i18next';
import type { Dataset } from '../../data/dataset';
import type { OrganisationKind } from '../../data/schema';
import type { Locale } from '../../i18n/locale';
import { organisationKindLabel } from '../../model/labels';
import { organisationShortName, sectorLabel } from '../../model/localised';

/** A name as the charts draw it, with its language when that is not the interface's (an English name in the Chinese charts). */
export interface ChartName {
  text: string;
  lang?: string;
}

/** An organisation's short name in the display language (宁德时代), marked 'en' when it has no Chinese one. */
export function partnerName(dataset: Dataset, id: string, locale: Locale): ChartName {
  const org = dataset.organisations.get(id);
  if (!org) return { text: id };
  const text = organisationShortName(org, locale);
  return locale !== 'en' && text === org.name ? { text, lang: 'en' } : { text };
}

/** A sector's label in the display language (储能); its id when the dataset does not know it. */
export function sectorName(dataset: Dataset, id: string, locale: Locale): string {
  const sector = dataset.sectors.get(id);
  return sector ? sectorLabel(sector, locale) : id;
}

/** A partner kind's label (民营企业 / Private company), from the dataset's vocabulary. */
export function kindName(dataset: Dataset, locale: Locale, kind: OrganisationKind): string {
  return organisationKindLabel(dataset, locale, kind);
}

/** "CATL (Private company)", "宁德时代（民营企业）". */
export function withDetail(t: TFunction, label: string, detail: string | undefined): string {
  return detail ? t('charts.label.withDetail', { label, detail }) : label;
}
