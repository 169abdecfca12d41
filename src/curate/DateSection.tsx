import { useTranslation } from 'react-i18next';
import { problemsUnder } from './check-draft';
import { fieldId, useCurate } from './curate-context';
import { setInitiative } from './draft-updaters';
import { DateFields } from './DateFields';
import { getIn } from './json-path';
import type { JsonObject } from './curate-types';

/** When the initiative was signed, agreed or launched, as precise as the source allows. */
export function DateSection() {
  const { t } = useTranslation();
  const { draft, update, check } = useCurate();
  const date = getIn(draft.initiative, ['date']);
  return (
    <section className="curate-section" aria-labelledby="curate-date-title">
      <h2 id="curate-date-title">{t('curate.date.title')}</h2>
      <DateFields
        id={fieldId('date')}
        legend={t('curate.date.legend')}
        date={typeof date === 'object' && date !== null && !Array.isArray(date) ? (date as JsonObject) : undefined}
        onChange={(next, part) => update((d) => setInitiative(d, ['date'], next), `date.${part}`)}
        problems={problemsUnder(check.initiative, 'date')}
      />
    </section>
  );
}
