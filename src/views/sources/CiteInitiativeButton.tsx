import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../data/dataset';
import type { Initiative } from '../../data/schema';
import { citeInitiative } from '../../model/citation';
import { localDayAndTime } from '../../model/fuzzy-date';
import { initiativeLink } from '../../store/address-bar';
import { CiteButton } from './CiteButton';

/** "Cite" in the details: the initiative's citation with its stable link and today as the access day. */
export function CiteInitiativeButton({ dataset, initiative }: { dataset: Dataset; initiative: Initiative }) {
  const { t } = useTranslation();
  return (
    <CiteButton
      label={t('sources.cite.button')}
      name={t('sources.cite.buttonLabel')}
      heading={t('sources.cite.initiativeHeading')}
      cite={(f) => citeInitiative(f, dataset, initiative, initiativeLink(window.location.href, initiative.id), localDayAndTime(new Date()).day)}
    />
  );
}
