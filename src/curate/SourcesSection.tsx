import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { baseCount, problemsOfRecord, problemsUnder, recordKey } from './check-draft';
import type { JsonObject } from './curate-types';
import { fieldId, useCurate } from './curate-context';
import { removeItem } from './draft-updaters';
import { asText, listAt, textAt } from './json-path';
import { NewSourceFields } from './NewSourceFields';
import { FieldProblems } from './ProblemText';
import { QuoteItem } from './QuoteItem';
import { SourceQuoter } from './SourceQuoter';
import { addQuote, citeSource, pasteNewSource, setNewSourceText, uncite } from './source-updaters';

/** One source the initiative cites: its text to quote from, the quotes made, and for a pasted article its record. */
function CitedSource({ refIndex, sourceRef }: { refIndex: number; sourceRef: JsonObject }) {
  const { t } = useTranslation();
  const { base, draft, update, check, texts } = useCurate();
  const sourceId = textAt(sourceRef, ['source']);
  const newIndex = draft.newSources.findIndex((s) => s.record.id === sourceRef.source);
  const pasted = draft.newSources[newIndex];
  const archived = (listAt(base.files.sources.json, ['sources']) as JsonObject[]).find((s) => s.id === sourceId);
  const record = pasted?.record ?? archived;
  const language = textAt(record, ['language']);
  const problems = problemsUnder(check.initiative, `sources.${refIndex}`);
  const ownProblems = pasted ? problemsOfRecord(check.made, base.paths.sources, recordKey(pasted.record, baseCount(base, 'sources') + newIndex)) : [];
  const quotes = listAt(sourceRef, ['quotes']) as JsonObject[];
  const heading = textAt(record, ['title']) || sourceId || t('curate.sources.untitled');
  const quotesId = fieldId(`sources.${refIndex}.quotes`);
  return (
    <article className="curate-source" aria-labelledby={`${quotesId}-heading`}>
      <h3 id={`${quotesId}-heading`} lang={record?.title ? language || undefined : undefined}>
        {pasted ? t('curate.sources.pastedHeading', { title: heading }) : heading}
      </h3>
      {!pasted && <p className="curate-hint">{t('curate.sources.archived', { id: sourceId, file: textAt(record, ['file']) })}</p>}
      <SourceQuoter
        id={fieldId(`sources.${refIndex}.text`)}
        label={pasted ? t('curate.sources.pasteLabel') : t('curate.sources.textLabel')}
        text={pasted ? pasted.text : (texts.get(sourceId) ?? '')}
        lang={language || undefined}
        onChange={pasted ? (text) => update((d) => setNewSourceText(d, newIndex, text), `newSources.${newIndex}.text`) : undefined}
        onQuote={(passage) => update((d) => addQuote(d, refIndex, passage))}
      />
      {pasted && <NewSourceFields index={newIndex} source={pasted} problems={ownProblems} />}
      <h4 id={quotesId}>{t('curate.quotes.heading', { count: quotes.length })}</h4>
      <FieldProblems id={`${quotesId}-problems`} problems={problems.filter((p) => p.field === 'quotes' || p.field === 'source' || p.field === '')} />
      <ol className="curate-quotes" aria-labelledby={quotesId}>
        {quotes.map((quote, i) => (
          <QuoteItem key={i} refIndex={refIndex} quoteIndex={i} quote={quote} language={language} problems={problemsUnder(problems, `quotes.${i}`)} />
        ))}
      </ol>
      <button type="button" className="button small" onClick={() => update((d) => uncite(d, refIndex, removeItem))}>
        {t('curate.sources.uncite')}
      </button>
    </article>
  );
}

/** The sources the initiative cites, and the ways to cite another: an archived text, or a new article pasted. */
export function SourcesSection() {
  const { t } = useTranslation();
  const { base, draft, update, check } = useCurate();
  const [pick, setPick] = useState('');
  const refs = listAt(draft.initiative, ['sources']) as JsonObject[];
  const cited = new Set(refs.map((r) => r.source));
  const archived = (listAt(base.files.sources.json, ['sources']) as JsonObject[]).filter((s) => typeof s.id === 'string' && !cited.has(s.id));
  const listProblems = check.initiative.filter((p) => p.field === 'sources');
  return (
    <section className="curate-section" aria-labelledby="curate-sources-title">
      <h2 id="curate-sources-title">{t('curate.sources.title')}</h2>
      <p className="curate-hint">{t('curate.sources.intro')}</p>
      <FieldProblems id={`${fieldId('sources')}-problems`} problems={listProblems} />
      {refs.map((ref, i) => (
        <CitedSource key={i} refIndex={i} sourceRef={ref} />
      ))}
      <div className="curate-row curate-add">
        <label htmlFor="curate-pick-source">{t('curate.sources.pickLabel')}</label>
        <select id="curate-pick-source" value={pick} onChange={(e) => setPick(e.target.value)}>
          <option value="">{t('curate.choose')}</option>
          {archived.map((s) => (
            <option key={String(s.id)} value={String(s.id)}>
              {`${asText(s.title) || asText(s.publisher) || asText(s.file) || String(s.id)} (${String(s.id)})`}
            </option>
          ))}
        </select>
        <button type="button" className="button" disabled={!pick} onClick={() => (update((d) => citeSource(d, pick)), setPick(''))}>
          {t('curate.sources.cite')}
        </button>
        <button type="button" className="button" disabled={cited.has('')} onClick={() => update(pasteNewSource)}>
          {t('curate.sources.paste')}
        </button>
      </div>
    </section>
  );
}
