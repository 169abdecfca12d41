import type { Dataset } from '../data/dataset';
import type { OrderKey } from './row-order';
import type { OrderValue } from './order-rows';
import { describePlaces, type Speaker } from '../model/describe-initiative';
import { instrumentLabel } from '../model/labels';
import { initiativeTitle, organisationShortName, sectorLabel } from '../model/localised';

/**
 * What each order key reads of a row, in the display language: its first day, its title, its
 * step on the status ladder (data/vocabulary.json; the end states off it after), its instrument's name, its places, its first partner's short name
 * (宁德时代, as the list names it), its first sector.
 */
export function orderValue(key: OrderKey, dataset: Dataset, speaker: Speaker): OrderValue {
  const { locale } = speaker;
  switch (key) {
    case 'date':
      return (row) => row.start;
    case 'title':
      return (row) => initiativeTitle(row.initiative, locale).text;
    case 'status':
      return (row) => {
        // The ladder's steps in order, then the end states off it (shelved, cancelled).
        const step = dataset.vocabulary.statuses.ids.indexOf(row.initiative.status);
        return step === -1 ? null : step;
      };
    case 'instrument':
      return (row) => instrumentLabel(dataset, locale, row.initiative.instrument);
    case 'places':
      return (row) => (row.initiative.places.length === 0 ? null : describePlaces(dataset, row.initiative, speaker));
    case 'partners':
      return (row) => {
        const first = row.initiative.parties[0];
        if (!first) return null;
        const org = dataset.organisations.get(first.organisation);
        return org ? organisationShortName(org, locale) : first.organisation;
      };
    case 'sectors':
      return (row) => {
        const sector = row.sectorIds[0] === undefined ? undefined : dataset.sectors.get(row.sectorIds[0]);
        return sector ? sectorLabel(sector, locale) : null;
      };
  }
}
