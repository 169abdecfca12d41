import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { baseCount, problemsAt, problemsOfRecord, recordKey } from './check-draft';
import type { JsonObject } from './curate-types';
import { fieldId, useCurate } from './curate-context';
import { removeItem, setInitiative, typed } from './draft-updaters';
import { SelectField, TextField } from './fields';
import { asText, listAt, textAt } from './json-path';
import { findLookalikes, namesOf } from './lookalike-names';
import { addParty, createOrganisation, dropNewOrganisation, setNewOrganisationField } from './party-updaters';
import { FieldProblems } from './ProblemText';
import { SearchBox } from './SearchBox';
import { searchOrganisations } from './search-names';
import { termOptions } from './vocabulary-options';

/** An organisation made in this draft: its record, and a warning when its name looks like one the dataset has. */
function NewOrganisationFields({ index, organisation, existing }: { index: number; organisation: JsonObject; existing: readonly JsonObject[] }) {
  const { t, i18n } = useTranslation();
  const { base, update, check } = useCurate();
  const { vocabulary } = check;
  const problems = problemsOfRecord(check.made, base.paths.organisations, recordKey(organisation, baseCount(base, 'organisations') + index));
  const id = (key: string) => `curate-new-organisation-${index}-${key}`;
  const field = (key: string) => ({
    id: id(key),
    value: textAt(organisation, [key]),
    problems: problemsAt(problems, key),
    onChange: (value: string) => update((d) => setNewOrganisationField(d, index, key, value), `newOrganisations.${index}.${key}`),
  });
  const lookalikes = findLookalikes(namesOf(organisation), existing, textAt(organisation, ['id']));
  const nameOf = (orgId: string) => textAt(existing.find((o) => o.id === orgId), ['name']);
  const f = Object.fromEntries(['name', 'id', 'nameZh', 'kind', 'homeCountry'].map((key) => [key, field(key)]));
  const name = textAt(organisation, ['name']);
  return (
    <div className="curate-new-organisation">
      {lookalikes.length > 0 && (
        <p className="curate-warning" role="status">
          {t('curate.organisations.lookalike', { names: lookalikes.map((l) => (l.name === nameOf(l.id) ? l.name : `${nameOf(l.id)} (${l.name})`)).join(', ') })}
        </p>
      )}
      <TextField {...f.name!} label={t('curate.organisations.name')} />
      <TextField {...f.id!} label={t('curate.organisations.id')} hint={t('curate.organisations.idHint')} />
      <TextField {...f.nameZh!} label={t('curate.organisations.nameZh')} hint={t('curate.optional')} lang="zh-CN" />
      <SelectField {...f.kind!} label={t('curate.organisations.kind')} unset={t('curate.choose')} options={termOptions(vocabulary.organisationKinds, i18n.language === 'zh' ? 'zh' : 'en')} />
      <TextField {...f.homeCountry!} label={t('curate.organisations.homeCountry')} hint={t('curate.organisations.homeCountryHint', { example: 'DK' })} />
      <button type="button" className="button small" onClick={() => update((d) => dropNewOrganisation(d, index))}>
        {t('curate.organisations.drop', { name: name || t('curate.organisations.unnamed') })}
      </button>
    </div>
  );
}

/** The initiative's parties: organisations found by any of their names, or made here, each with its role. */
export function PartiesSection() {
  const { t, i18n } = useTranslation();
  const { base, draft, update, check } = useCurate();
  const { vocabulary } = check;
  const [query, setQuery] = useState('');
  const existing = listAt(base.files.organisations.json, ['organisations']) as JsonObject[];
  const all = [...existing, ...draft.newOrganisations];
  const parties = listAt(draft.initiative, ['parties']) as JsonObject[];
  const shownName = (o: JsonObject | undefined) => (i18n.language === 'zh' ? textAt(o, ['nameZh']) || textAt(o, ['name']) : textAt(o, ['name']) || textAt(o, ['nameZh']));
  const results = searchOrganisations(all, query);
  return (
    <section className="curate-section" aria-labelledby="curate-parties-title">
      <h2 id="curate-parties-title">{t('curate.parties.title')}</h2>
      <FieldProblems id={`${fieldId('parties')}-problems`} problems={check.initiative.filter((p) => p.field === 'parties')} />
      <ol className="curate-items">
        {parties.map((party, i) => {
          const orgId = asText(party.organisation);
          const madeIndex = draft.newOrganisations.findIndex((o) => o.id === party.organisation);
          const organisation = all.find((o) => o.id === party.organisation);
          const path = `parties.${i}`;
          const name = shownName(organisation) || orgId || t('curate.organisations.unnamed');
          return (
            <li key={i} className="curate-item">
              <p className="curate-item-head">{madeIndex >= 0 ? t('curate.parties.made', { name }) : t('curate.parties.existing', { name, id: orgId })}</p>
              <FieldProblems id={`${fieldId(path)}-problems`} problems={problemsAt(check.initiative, `${path}.organisation`)} />
              <SelectField
                id={fieldId(`${path}.role`)}
                label={t('curate.parties.role', { name })}
                value={textAt(party, ['role'])}
                onChange={(value) => update((d) => setInitiative(d, ['parties', i, 'role'], typed(value)))}
                unset={t('curate.choose')}
                options={termOptions(vocabulary.partyRoles, i18n.language === 'zh' ? 'zh' : 'en')}
                problems={problemsAt(check.initiative, `${path}.role`)}
              />
              {madeIndex >= 0 && <NewOrganisationFields index={madeIndex} organisation={draft.newOrganisations[madeIndex]!} existing={existing} />}
              {madeIndex < 0 && (
                <button type="button" className="button small" onClick={() => update((d) => removeItem(d, 'parties', i))}>
                  {t('curate.parties.remove', { name })}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <SearchBox
        label={t('curate.parties.search')}
        hint={t('curate.parties.searchHint')}
        query={query}
        onQuery={setQuery}
        results={results}
        keyOf={(o) => String(o.id)}
        render={(o) => t('curate.parties.add', { name: [textAt(o, ['name']), textAt(o, ['nameZh'])].filter(Boolean).join(' ') })}
        onPick={(o) => {
          update((d) => addParty(d, String(o.id)));
          setQuery('');
        }}
      >
        {query.trim() && findLookalikes([query], all).length > 0 && (
          <p className="curate-warning">{t('curate.organisations.lookalike', { names: findLookalikes([query], all).map((l) => l.name).join(', ') })}</p>
        )}
        {query.trim() && (
          <button
            type="button"
            className="button small"
            onClick={() => {
              update((d) => createOrganisation(d, query.trim()));
              setQuery('');
            }}
          >
            {t('curate.parties.create', { name: query.trim() })}
          </button>
        )}
      </SearchBox>
    </section>
  );
}
