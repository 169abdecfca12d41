import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/use-formatter';
import type { Dataset } from '../../data/dataset';
import type { Initiative } from '../../data/schema';
import type { Locale } from '../../i18n/locale';
import { describePlaces } from '../../model/describe-initiative';
import { initiativeTitle, organisationShortName } from '../../model/localised';
import { useActions } from '../../store/use-controls';
import { usePanel } from '../../store/use-panel';
import { TranslationMark } from '../../ui/TranslationMark';
import { useReportDrawn } from '../ready-marks';

const PAGE = 100;

/** The parties as running text names them: 宁德时代 rather than the legal name (the id when one is missing). */
function partnerShortNames(dataset: Dataset, initiative: Initiative, locale: Locale): string[] {
  return initiative.parties.map((party) => {
    const org = dataset.organisations.get(party.organisation);
    return org ? organisationShortName(org, locale) : party.organisation;
  });
}

export function InitiativeList() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { dataset, rows: filtered, selectedId } = usePanel();
  const { select } = useActions();
  const [limit, setLimit] = useState(PAGE);
  const shown = filtered.slice(0, limit);
  useReportDrawn('list', true);
  return (
    <section className="panel list-panel" aria-labelledby="list-title">
      <h2 id="list-title">{t('shell.list.title')}</h2>
      {filtered.length === 0 ? (
        <p className="empty">{t('shell.list.empty')}</p>
      ) : (
        <ul className="initiative-list">
          {shown.map(({ initiative }) => {
            const title = initiativeTitle(initiative, format.locale);
            const meta = t('shell.list.meta', {
              date: format.date(initiative.date),
              places: describePlaces(dataset, initiative, format),
              partners: partnerShortNames(dataset, initiative, format.locale).join(t('shell.list.partnersJoin')),
            });
            return (
              <li key={initiative.id}>
                <button
                  type="button"
                  className="initiative-item"
                  aria-pressed={initiative.id === selectedId}
                  onClick={() => select(initiative.id === selectedId ? null : initiative.id)}
                >
                  <span className="item-title">
                    <span lang={title.lang}>{title.text}</span> <TranslationMark text={title} />
                  </span>
                  <span className="item-meta">{meta}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {filtered.length > limit && (
        <button type="button" className="button" onClick={() => setLimit(limit + PAGE * 5)}>
          {t('shell.list.showMore', { count: filtered.length - limit, n: format.count(filtered.length - limit) })}
        </button>
      )}
    </section>
  );
}
