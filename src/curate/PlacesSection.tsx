import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BASES } from '../data/vocabulary';
import { termLabel } from '../data/vocabulary-terms';
import { problemsAt, problemsUnder } from './check-draft';
import type { JsonObject } from './curate-types';
import { fieldId, useCurate } from './curate-context';
import { removeItem, setInitiative, typed } from './draft-updaters';
import { ChoiceField, SelectField, TextField } from './fields';
import { listAt, textAt } from './json-path';
import { addNationwidePlace, addPlace } from './place-updaters';
import { FieldProblems } from './ProblemText';
import { SearchBox } from './SearchBox';
import { searchGazetteer } from './search-names';
import { termOptions } from './vocabulary-options';

function PlaceItem({ index, place }: { index: number; place: JsonObject }) {
  const { t, i18n } = useTranslation();
  const { update, check, gazetteer } = useCurate();
  const { vocabulary } = check;
  const locale = i18n.language === 'zh' ? 'zh' : 'en';
  const path = `places.${index}`;
  const problems = problemsUnder(check.initiative, path);
  const hit = gazetteer.find((p) => p.id === place.gazetteerId);
  const field = (key: string) => ({
    id: fieldId(`${path}.${key}`),
    value: textAt(place, [key]),
    problems: problemsAt(problems, key),
    onChange: (value: string) => update((d) => setInitiative(d, ['places', index, key], typed(value)), `${path}.${key}`),
  });
  const where = hit ? (i18n.language === 'zh' ? `${hit.nameZh}（${hit.provinceZh}）` : `${hit.nameEn} (${hit.provinceEn})`) : termLabel(vocabulary.placeScopes, 'nationwide', locale);
  const f = Object.fromEntries(['scope', 'name', 'nameZh', 'basis', 'reason', 'reasonZh'].map((key) => [key, field(key)]));
  const name = textAt(place, ['name']);
  return (
    <li className="curate-item">
      <p className="curate-item-head">{hit ? t('curate.places.gazetteer', { place: where, id: hit.id }) : t('curate.places.nationwide')}</p>
      <FieldProblems id={`${fieldId(path)}-problems`} problems={problems.filter((p) => p.field === '' || p.field === 'gazetteerId')} />
      <SelectField {...f.scope!} label={t('curate.places.scope')} unset={t('curate.choose')} options={termOptions(vocabulary.placeScopes, locale)} />
      <TextField {...f.name!} label={t('curate.places.name')} hint={t('curate.places.nameHint')} />
      <TextField {...f.nameZh!} label={t('curate.places.nameZh')} lang="zh-CN" />
      <ChoiceField {...f.basis!} legend={t('curate.places.basis')} options={BASES.map((value) => ({ value, label: t(`common.date.${value}`) }))} />
      <TextField {...f.reason!} label={t('curate.places.reason')} hint={t('curate.places.reasonHint')} multiline rows={2} lang="en" />
      <TextField {...f.reasonZh!} label={t('curate.places.reasonZh')} multiline rows={2} lang="zh-CN" />
      <button type="button" className="button small" onClick={() => update((d) => removeItem(d, 'places', index))}>
        {t('curate.places.remove', { name: name || where })}
      </button>
    </li>
  );
}

/** The initiative's places: found in the gazetteer by English or Chinese name, or nationwide. */
export function PlacesSection() {
  const { t, i18n } = useTranslation();
  const { draft, update, check, gazetteer, texts } = useCurate();
  const [query, setQuery] = useState('');
  const places = listAt(draft.initiative, ['places']) as JsonObject[];
  const results = searchGazetteer(gazetteer, query);
  return (
    <section className="curate-section" aria-labelledby="curate-places-title">
      <h2 id="curate-places-title">{t('curate.places.title')}</h2>
      <FieldProblems id={`${fieldId('places')}-problems`} problems={check.initiative.filter((p) => p.field === 'places')} />
      <ol className="curate-items">
        {places.map((place, i) => (
          <PlaceItem key={i} index={i} place={place} />
        ))}
      </ol>
      <SearchBox
        label={t('curate.places.search')}
        hint={t('curate.places.searchHint')}
        query={query}
        onQuery={setQuery}
        results={results}
        keyOf={(hit) => hit.id}
        render={(hit) =>
          i18n.language === 'zh'
            ? t('curate.places.add', { place: `${hit.nameZh} ${hit.nameEn}`, province: hit.level === 'province' ? t('curate.places.provincial') : hit.provinceZh })
            : t('curate.places.add', { place: `${hit.nameEn} ${hit.nameZh}`, province: hit.level === 'province' ? t('curate.places.provincial') : hit.provinceEn })
        }
        onPick={(hit) => {
          update((d) => addPlace(d, hit, texts));
          setQuery('');
        }}
      />
      <button type="button" className="button small" onClick={() => update(addNationwidePlace)}>
        {t('curate.places.addNationwide')}
      </button>
    </section>
  );
}
