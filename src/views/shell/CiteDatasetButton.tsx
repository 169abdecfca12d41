import { useTranslation } from 'react-i18next';
import { citeDataset, viewLink } from '../../model/citation';
import { localDayAndTime } from '../../model/fuzzy-date';
import { useCore } from '../../store/dashboard-context';
import { CiteButton } from '../sources/CiteButton';

/** "Cite this dataset" in the header: title, version, date of the data, licence, the view's address, today. */
export function CiteDatasetButton() {
  const { t } = useTranslation();
  const { dataset } = useCore();
  return (
    <div className="cite-dataset" data-export-skip="">
      <CiteButton
        label={t('sources.cite.datasetButton')}
        heading={t('sources.cite.datasetHeading')}
        cite={(f) => citeDataset(f, dataset.manifest, viewLink(window.location.href), localDayAndTime(new Date()).day)}
      />
    </div>
  );
}
