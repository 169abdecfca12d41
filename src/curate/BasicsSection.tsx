import { useTranslation } from 'react-i18next';
import { problemsAt } from './check-draft';
import { fieldId, useCurate } from './curate-context';
import { setInitiative, setTitle, typed } from './draft-updaters';
import { SelectField, TextField } from './fields';
import { textAt, type Path } from './json-path';
import { termOptions } from './vocabulary-options';

/** The initiative's id, title, summary (and their Chinese translations), instrument and status. */
export function BasicsSection() {
  const { t, i18n } = useTranslation();
  const { draft, update, check } = useCurate();
  const { vocabulary } = check;
  const locale = i18n.language === 'zh' ? 'zh' : 'en';
  const record = draft.initiative;
  const field = (path: Path) => {
    const dotted = path.join('.');
    return {
      id: fieldId(dotted),
      value: textAt(record, path),
      problems: problemsAt(check.initiative, dotted),
      onChange: (value: string) => update((d) => setInitiative(d, path, typed(value)), dotted),
      onBlur: () => update((d) => (textAt(d.initiative, path).trim() === textAt(d.initiative, path) ? d : setInitiative(d, path, typed(textAt(d.initiative, path).trim()))), `${dotted}:tidy`),
    };
  };
  const f = {
    title: field(['title']),
    id: field(['id']),
    summary: field(['summary']),
    titleZh: field(['translations', 'zh', 'title']),
    summaryZh: field(['translations', 'zh', 'summary']),
    instrument: field(['instrument']),
    status: field(['status']),
  };
  return (
    <section className="curate-section" aria-labelledby="curate-basics-title">
      <h2 id="curate-basics-title">{t('curate.basics.title')}</h2>
      <TextField {...f.title} label={t('curate.basics.titleField')} lang="en" onChange={(value) => update((d) => setTitle(d, value), 'title')} />
      <TextField {...f.id} label={t('curate.basics.id')} hint={t('curate.basics.idHint')} />
      <TextField {...f.summary} label={t('curate.basics.summary')} multiline rows={4} lang="en" />
      <TextField {...f.titleZh} label={t('curate.basics.titleZh')} lang="zh-CN" />
      <TextField {...f.summaryZh} label={t('curate.basics.summaryZh')} multiline rows={3} lang="zh-CN" />
      <SelectField
        {...f.instrument}
        label={t('curate.basics.instrument')}
        unset={t('curate.choose')}
        options={termOptions(vocabulary.instruments, locale)}
      />
      <SelectField {...f.status} label={t('curate.basics.status')} unset={t('curate.choose')} options={termOptions(vocabulary.statuses, locale)} />
    </section>
  );
}
