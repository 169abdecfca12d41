import { useTranslation } from 'react-i18next';
import type { DataProblem } from '../data/data-problem';
import { BASES, PRECISIONS } from '../data/vocabulary';
import { problemsAt } from './check-draft';
import type { JsonObject } from './curate-types';
import { setDatePart } from './date-parts';
import { ChoiceField, SelectField, TextField } from './fields';

interface DateFieldsProps {
  /** Prefix of the controls' ids. */
  id: string;
  legend: string;
  date: JsonObject | undefined;
  onChange: (date: JsonObject, part: string) => void;
  /** The problems of the date, their fields relative to it ("value", "reason"). */
  problems: readonly DataProblem[];
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** A date as precise as the source allows, whether the source states it or it is inferred, and why. */
export function DateFields({ id, legend, date, onChange, problems }: DateFieldsProps) {
  const { t } = useTranslation();
  const set = (part: string) => (value: string) => onChange(setDatePart(date, part, value), part);
  const precision = text(date?.precision);
  const at = (part: string) => problemsAt(problems, part);
  return (
    <fieldset className="curate-group" id={id}>
      <legend>{legend}</legend>
      <p className="curate-hint">{t('curate.date.missing')}</p>
      <SelectField
        id={`${id}-precision`}
        label={t('curate.date.precision')}
        value={precision}
        onChange={set('precision')}
        unset={t('curate.choose')}
        options={PRECISIONS.map((p) => ({ value: p, label: t(`curate.date.precisions.${p}`) }))}
        problems={at('precision')}
      />
      <TextField
        id={`${id}-value`}
        label={t('curate.date.value')}
        hint={t(`curate.date.valueHint.${precision === 'day' || precision === 'month' || precision === 'year' ? precision : 'none'}`)}
        value={text(date?.value)}
        onChange={set('value')}
        disabled={precision === 'unknown'}
        problems={at('value')}
      />
      <ChoiceField id={`${id}-basis`} legend={t('curate.date.basis')} value={text(date?.basis)} onChange={set('basis')} options={BASES.map((b) => ({ value: b, label: t(`common.date.${b}`) }))} problems={at('basis')} />
      <TextField id={`${id}-reason`} label={t('curate.date.reason')} hint={t('curate.date.reasonHint')} value={text(date?.reason)} onChange={set('reason')} multiline rows={2} lang="en" problems={at('reason')} />
      <TextField id={`${id}-reasonZh`} label={t('curate.date.reasonZh')} value={text(date?.reasonZh)} onChange={set('reasonZh')} multiline rows={2} lang="zh-CN" problems={at('reasonZh')} />
    </fieldset>
  );
}
