import type { Dataset } from '../data/dataset';
import type { Initiative, Manifest } from '../data/schema';
import type { Formatter } from '../i18n/format';
import { partnerNames } from './describe-initiative';
import { parseIsoDay } from './fuzzy-date';
import { initiativeTitle, manifestText } from './localised';

/**
 * Citations a report can paste, in the display language's conventions (English: title [dataset],
 * version, date of the data, licence, address, access date; Chinese: the same facts in Chinese order
 * and punctuation, the initiative's title in 《》). What the dataset does not say is said in words
 * ("licence not stated"), never filled in.
 */

type ManifestFacts = Pick<Manifest, 'title' | 'description' | 'translations' | 'version' | 'updated' | 'licence'>;

/** The dataset as a work: "Title [dataset]. Version 0.1.0; data as of 1 Dec 2026; licence not stated". */
export function citeDatasetWork(f: Formatter, manifest: ManifestFacts): string {
  const { t } = f;
  const updated = manifest.updated === undefined ? null : parseIsoDay(manifest.updated);
  return t('sources.cite.work', {
    title: manifestText(manifest, f.locale).title,
    version: manifest.version ? t('sources.cite.version', { version: manifest.version }) : t('sources.cite.versionMissing'),
    updated: updated === null ? t('sources.cite.updatedMissing') : t('sources.cite.updated', { date: f.day(updated) }),
    licence: manifest.licence ? t('sources.cite.licence', { licence: manifest.licence }) : t('sources.cite.licenceMissing'),
  });
}

/** The dataset's citation with the address of the view and the day it was read (a day number). */
export function citeDataset(f: Formatter, manifest: ManifestFacts, url: string, accessedDay: number): string {
  return f.t('sources.cite.dataset', { work: citeDatasetWork(f, manifest), url, accessed: f.day(accessedDay) });
}

/** An initiative's citation: partners, title, date at its precision, the dataset, its stable link, the access day. */
export function citeInitiative(f: Formatter, dataset: Dataset, initiative: Initiative, link: string, accessedDay: number): string {
  const partners = partnerNames(dataset, initiative, f.locale);
  return f.t('sources.cite.initiative', {
    partners: partners.length ? f.list(partners) : f.t('sources.cite.partnersMissing'),
    title: initiativeTitle(initiative, f.locale).text,
    date: f.date(initiative.date),
    work: citeDatasetWork(f, dataset.manifest),
    url: link,
    accessed: f.day(accessedDay),
  });
}

/** The address of the view being cited, without a fragment (a skip link's #target is no part of the view). */
export function viewLink(appUrl: string): string {
  const url = new URL(appUrl);
  url.hash = '';
  return url.toString();
}
