import { useTranslation } from 'react-i18next';
import { problemsAt, problemsUnder } from './check-draft';
import type { DataProblem } from '../data/data-problem';
import type { JsonObject } from './curate-types';
import { fieldId, useCurate } from './curate-context';
import { setInitiative, typed } from './draft-updaters';
import { FieldProblems } from './ProblemText';
import { TextField } from './fields';
import { removeQuote, SUPPORTABLE, toggleSupport } from './source-updaters';
import { listAt, textAt } from './json-path';

interface QuoteItemProps {
  refIndex: number;
  quoteIndex: number;
  quote: JsonObject;
  /** The source's language: a translation is offered into each display language but the source's. */
  language: string;
  problems: readonly DataProblem[];
}

const DISPLAY_LANGUAGES = ['en', 'zh'] as const;

/** One quote: its text (checked against the source as it is typed), its translations and the fields it supports. */
export function QuoteItem({ refIndex, quoteIndex, quote, language, problems }: QuoteItemProps) {
  const { t } = useTranslation();
  const { update } = useCurate();
  const path = `sources.${refIndex}.quotes.${quoteIndex}`;
  const supports = listAt(quote, ['supports']);
  const set = (key: string[]) => (value: string) => update((d) => setInitiative(d, ['sources', refIndex, 'quotes', quoteIndex, ...key], typed(value)), `${path}.${key.join('.')}`);
  const supportsId = fieldId(`${path}.supports`);
  const supportProblems = problemsAt(problems, 'supports');
  const n = quoteIndex + 1;
  // A translation into each display language but the source's own.
  const translations = DISPLAY_LANGUAGES.filter((lang) => lang !== language);
  return (
    <li className="curate-quote">
      <TextField id={fieldId(`${path}.text`)} label={t('curate.quotes.text', { n })} value={textAt(quote, ['text'])} onChange={set(['text'])} multiline rows={3} lang={language || undefined} problems={problemsAt(problems, 'text')} />
      {translations.map((lang) => (
          <TextField
            key={lang}
            id={fieldId(`${path}.translations.${lang}`)}
            label={t(`curate.quotes.translation.${lang}`, { n })}
            value={textAt(quote, ['translations', lang])}
            onChange={set(['translations', lang])}
            multiline
            rows={2}
            lang={lang === 'zh' ? 'zh-CN' : 'en'}
            problems={problemsUnder(problems, `translations.${lang}`)}
          />
      ))}
      <fieldset className="curate-checks" id={supportsId} aria-describedby={supportProblems.length > 0 ? `${supportsId}-problems` : undefined}>
        <legend>{t('curate.quotes.supports', { n })}</legend>
        {SUPPORTABLE.map((field) => (
          <label key={field}>
            <input type="checkbox" checked={supports.includes(field)} onChange={() => update((d) => toggleSupport(d, refIndex, quoteIndex, field))} /> {t(`curate.fields.${field}`)}
          </label>
        ))}
      </fieldset>
      <FieldProblems id={`${supportsId}-problems`} problems={supportProblems} />
      <button type="button" className="button small" onClick={() => update((d) => removeQuote(d, refIndex, quoteIndex))}>
        {t('curate.quotes.remove', { n })}
      </button>
    </li>
  );
}
