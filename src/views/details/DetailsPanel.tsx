import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../data/dataset';
import type { Initiative, Person } from '../../data/schema';
import { useFormatter } from '../../i18n/use-formatter';
import { describePlace, gazetteerChineseName, gazetteerUnitName } from '../../model/describe-initiative';
import { instrumentLabel, organisationKindLabel, provincialTypeLabel, roleLabel, scopeLabel, statusLabel } from '../../model/labels';
import { initiativeSummary, initiativeTitle, organisationName, reasonText, sectorLabel } from '../../model/localised';
import { useControls } from '../../store/use-controls';
import { DateLine } from './DateLine';
import { DetailsStepper } from './DetailsStepper';
import { countryName, fieldLabel } from './details-text';
import { SourceList } from './SourceList';
import { CiteInitiativeButton } from '../sources/CiteInitiativeButton';
import { TranslationMark } from '../../ui/TranslationMark';
import './details.css';

export function DetailsPanel() {
  const { t } = useTranslation();
  const { dataset, index, selectedId, select } = useControls();
  const heading = useRef<HTMLHeadingElement>(null);
  const initiative = selectedId ? index.byId.get(selectedId)?.initiative : undefined;

  useEffect(() => {
    if (initiative) heading.current?.focus();
  }, [initiative]);

  if (!initiative) {
    return (
      <section className="panel details-panel" aria-label={t('details.panel.label')}>
        <h2 id="details-title">{t('details.panel.title')}</h2>
        <p className="empty">{selectedId ? t('details.panel.missing', { id: selectedId }) : t('details.panel.empty')}</p>
      </section>
    );
  }
  return (
    <section className="panel details-panel" aria-label={t('details.panel.label')}>
      <InitiativeDetails dataset={dataset} initiative={initiative} heading={heading} onClose={() => select(null)} />
    </section>
  );
}

function InitiativeDetails({ dataset, initiative, heading, onClose }: { dataset: Dataset; initiative: Initiative; heading: RefObject<HTMLHeadingElement | null>; onClose(): void }) {
  const { t } = useTranslation();
  const f = useFormatter();
  const { locale } = f;
  const title = initiativeTitle(initiative, locale);
  const summary = initiativeSummary(initiative, locale);
  const inferred = initiative.inferred ?? [];
  return (
    <>
      <div className="details-head">
        <h2 id="details-title" ref={heading} tabIndex={-1}>
          <span lang={title.lang}>{title.text}</span>
          <TranslationMark text={title} />
        </h2>
        <button type="button" className="button small" onClick={onClose} aria-label={t('details.panel.closeLabel')}>
          {t('details.panel.close')}
        </button>
      </div>
      <DetailsStepper id={initiative.id} />
      <p className="details-summary">
        <span lang={summary.lang}>{summary.text}</span>
        <TranslationMark text={summary} />
      </p>
      <div className="details-cite">
        <CiteInitiativeButton dataset={dataset} initiative={initiative} />
      </div>
      <dl className="facts">
        <dt>{t('details.facts.instrument')}</dt>
        <dd>{instrumentLabel(dataset, locale, initiative.instrument)}</dd>
        <dt>{t('details.facts.status')}</dt>
        <dd>{statusLabel(dataset, locale, initiative.status)}</dd>
        <dt>{t('details.facts.date')}</dt>
        <dd>
          <DateLine date={initiative.date} />
        </dd>
        <dt>{t('details.facts.sectors')}</dt>
        <dd>
          {initiative.sectors
            .map((id) => {
              const sector = dataset.sectors.get(id);
              return sector ? sectorLabel(sector, locale) : id;
            })
            .join(t('details.facts.sectorSeparator'))}
        </dd>
      </dl>
      <h3>{t('details.parties.heading')}</h3>
      <ul className="parties">
        {initiative.parties.map((party) => {
          const org = dataset.organisations.get(party.organisation);
          const name = org ? organisationName(org, locale) : party.organisation;
          return (
            <li key={party.organisation}>
              <strong lang={locale === 'zh' && org?.nameZh ? 'zh-CN' : 'en'}>{name}</strong>
              {locale === 'en' && org?.nameZh && (
                <span className="other-name" lang="zh-CN">
                  {' '}
                  {org.nameZh}
                </span>
              )}
              {t('details.parties.roleSeparator')}
              {roleLabel(dataset, locale, party.role)}
              {org && (
                <span className="muted">
                  {' '}
                  · {organisationKindLabel(dataset, locale, org.kind)} · {org.homeCountry ? countryName(t, org.homeCountry) : t('details.parties.homeCountryMissing')}
                  {org.inferred?.length
                    ? ` · ${t('details.parties.inferred', { fields: org.inferred.map((i) => fieldLabel(t, locale, i.field)).join(t('details.parties.fieldSeparator')) })}`
                    : ''}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <h3>{t('details.places.heading')}</h3>
      <ul className="places">
        {initiative.places.map((place, i) => {
          const hit = place.gazetteerId ? dataset.gazetteer.get(place.gazetteerId) : undefined;
          return (
            <li key={i}>
              {locale !== 'en' && !place.nameZh && hit ? (
                // No name in the display language: the gazetteer's, and the place as the source names it.
                <>
                  <strong>{gazetteerUnitName(hit, f)}</strong>{' '}
                  <span className="other-name" lang="en">
                    {place.name}
                  </span>
                </>
              ) : (
                <strong>{describePlace(dataset, place, f)}</strong>
              )}{' '}
              {/* A provincial-level place says which kind it is (省, 自治区, 直辖市, 特别行政区), never "province" for all. */}
              <span className="muted">· {place.scope === 'province' && hit ? provincialTypeLabel(t, hit.provinceType) : scopeLabel(dataset, locale, place.scope)}</span>
              {hit && (place.scope !== 'province' || locale === 'en') && (
                <span className="muted gazetteer">
                  {' '}
                  · {gazetteerUnitName(hit, f)}
                  {locale === 'en' && (
                    <>
                      {' '}
                      <span lang="zh-CN">{gazetteerChineseName(hit)}</span>
                    </>
                  )}{' '}
                  · {t('details.places.gazetteer', { lat: hit.lat.toFixed(3), lon: hit.lon.toFixed(3), id: hit.id })}
                </span>
              )}
              {place.basis === 'inferred' && <span className="tag inferred">{t('common.date.inferred')}</span>}
              {place.reason && (
                <span className="reason" lang={reasonText(place, locale)!.lang}>
                  {reasonText(place, locale)!.text}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {initiative.people.length > 0 && (
        <>
          <h3>{t('details.people.heading')}</h3>
          <ul className="people">
            {initiative.people.map((person) => (
              <PersonItem key={person.name} person={person} />
            ))}
          </ul>
        </>
      )}
      {inferred.length > 0 && (
        <>
          <h3>{t('details.inferred.heading')}</h3>
          <ul className="inferred-fields">
            {inferred.map((item) => (
              <li key={item.field}>
                {locale === 'en' ? <code>{item.field}</code> : fieldLabel(t, locale, item.field)}
                {t('details.inferred.separator')}
                <span lang={reasonText(item, locale)!.lang}>{reasonText(item, locale)!.text}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('details.sources.heading')}</h3>
      <SourceList dataset={dataset} record={initiative} />
    </>
  );
}

/** A person named in the sources: the name as given (romanised), the title and role in the display language when the curator translated them. */
function PersonItem({ person }: { person: Person }) {
  const { t } = useTranslation();
  const { locale } = useFormatter();
  const zh = locale === 'zh' ? person.translations?.zh : undefined;
  const title = zh?.title ? { text: zh.title, lang: 'zh-CN' } : person.title ? { text: person.title, lang: 'en' } : null;
  const role = zh?.role ? { text: zh.role, lang: 'zh-CN' } : { text: person.role, lang: 'en' };
  const translated = Boolean(zh?.title || zh?.role);
  return (
    <li>
      <strong lang="en">{person.name}</strong>
      {title ? (
        <>
          {t('details.people.titleSeparator')}
          <span lang={title.lang}>{title.text}</span>
        </>
      ) : (
        <span className="muted"> {t('details.people.titleMissing')}</span>
      )}
      {t('details.people.roleSeparator')}
      <span lang={role.lang}>{role.text}</span>
      {translated && (
        <span className="tag translation-mark" title={t('details.translation.partsTitle')}>
          {t('common.translation.curatorShort')}
        </span>
      )}
    </li>
  );
}
