import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../data/vocabulary';
import { problemsAt, problemsUnder } from './check-draft';
import type { DataProblem } from '../data/data-problem';
import type { NewSource } from './curate-types';
import { useCurate } from './curate-context';
import { DateFields } from './DateFields';
import { SelectField, TextField } from './fields';
import { textAt } from './json-path';
import { setNewSourceField } from './source-updaters';

/** The sources.json record of a pasted article: where it came from, as far as the curator knows. */
export function NewSourceFields({ index, source, problems }: { index: number; source: NewSource; problems: readonly DataProblem[] }) {
  const { t, i18n } = useTranslation();
  const { update } = useCurate();
  const id = (key: string) => `curate-new-source-${index}-${key}`;
  const languages = new Intl.DisplayNames([i18n.language === 'zh' ? 'zh-CN' : 'en'], { type: 'language' });
  const text = (key: string) => ({
    id: id(key),
    value: textAt(source.record, [key]),
    problems: problemsAt(problems, key),
    onChange: (value: string) => update((d) => setNewSourceField(d, index, key, value), `newSources.${index}.${key}`),
  });
  const f = Object.fromEntries(['title', 'id', 'publisher', 'language', 'url', 'accessed', 'note'].map((key) => [key, text(key)]));
  const date = source.record.date;
  return (
    <div className="curate-new-source">
      <TextField {...f.title!} label={t('curate.newSource.title')} hint={t('curate.newSource.titleHint')} />
      <TextField {...f.id!} label={t('curate.newSource.id')} hint={textAt(source.record, ['id']) ? t('curate.newSource.idHint', { file: String(source.record.file) }) : t('curate.newSource.idHintEmpty')} />
      <TextField {...f.publisher!} label={t('curate.newSource.publisher')} hint={t('curate.newSource.publisherHint')} />
      <SelectField {...f.language!} label={t('curate.newSource.language')} unset={t('curate.choose')} options={LANGUAGES.map((value) => ({ value, label: languages.of(value) ?? value }))} />
      <DateFields
        id={id('date')}
        legend={t('curate.newSource.date')}
        date={typeof date === 'object' && date !== null && !Array.isArray(date) ? date : undefined}
        onChange={(date, part) => update((d) => setNewSourceField(d, index, 'date', date), `newSources.${index}.date.${part}`)}
        problems={problemsUnder(problems, 'date')}
      />
      <TextField {...f.url!} label={t('curate.newSource.url')} hint={t('curate.optional')} />
      <TextField {...f.accessed!} label={t('curate.newSource.accessed')} hint={t('curate.newSource.accessedHint')} />
      <TextField {...f.note!} label={t('curate.newSource.note')} hint={t('curate.optional')} multiline rows={2} />
    </div>
  );
}
