import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/use-formatter';
import type { Dataset } from '../../data/dataset';
import type { Initiative } from '../../data/schema';
import type { Locale } from '../../i18n/locale';
import { describePlaces } from '../../model/describe-initiative';
import { initiativeTitle, organisationShortName } from '../../model/localised';
import { useActions, usePresenting } from '../../store/use-controls';
import { usePanel } from '../../store/use-panel';
import { useOrderedRows } from '../../store/use-ordered-rows';
import { ListSort } from './ListSort';
import { usePreparedTitleOrder } from './use-prepared-title-order';
import { TranslationMark } from '../../ui/TranslationMark';
import { useReportDrawn } from '../ready-marks';
import { useFittedCount } from './use-fitted-count';
import { SCREEN_ROOT_PX } from '../projector-scale';
import { useProjectorScale } from '../use-projector-scale';

const PAGE = 100;
/** Room kept under a slide's list for the line saying how many more there are, in rem. */
const MORE_LINE_REM = 1.6;

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
  const { dataset, selectedId } = usePanel();
  const { rows: filtered, order } = useOrderedRows();
  const { select } = useActions();
  const [limit, setLimit] = useState(PAGE);
  // "Show more" keeps the reader's place: the first item it adds takes the focus the button had.
  const focusFrom = useRef<number | null>(null);
  // A slide shows the items that fit whole and says how many more there are (a clicker cannot scroll).
  const presenting = usePresenting();
  const box = useRef<HTMLElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const rootPx = useProjectorScale() * SCREEN_ROOT_PX;
  const fitted = useFittedCount(box, list, presenting, filtered, MORE_LINE_REM * rootPx);
  const shown = filtered.slice(0, fitted ?? limit);
  const notShown = fitted === null ? 0 : filtered.length - fitted;
  useReportDrawn('list', true);
  usePreparedTitleOrder();
  useEffect(() => {
    if (focusFrom.current === null) return;
    list.current?.querySelectorAll<HTMLButtonElement>('.initiative-item')[focusFrom.current]?.focus();
    focusFrom.current = null;
  }, [limit]);
  return (
    <section className="panel list-panel" aria-labelledby="list-title" ref={box}>
      <div className="list-head">
        <h2 id="list-title" tabIndex={-1}>{t('shell.list.title')}</h2>
        {!presenting && filtered.length > 1 && <ListSort order={order} />}
      </div>
      {filtered.length === 0 ? (
        <p className="empty">{t('shell.list.empty')}</p>
      ) : (
        <ul className="initiative-list" ref={list}>
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
      {notShown > 0 && <p className="list-more">{t('shell.list.moreOnSlide', { count: notShown, n: format.count(notShown) })}</p>}
      {fitted === null && filtered.length > limit && (
        <button
          type="button"
          className="button"
          onClick={() => {
            focusFrom.current = limit;
            setLimit(limit + PAGE * 5);
          }}
        >
          {t('shell.list.showMore', { count: filtered.length - limit, n: format.count(filtered.length - limit) })}
        </button>
      )}
    </section>
  );
}
