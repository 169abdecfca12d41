import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setDateRange } from '../../filters/filters';
import type { Formatter } from '../../i18n/format';
import { useFormatter } from '../../i18n/use-formatter';
import { useActions } from '../../store/use-controls';
import { DatePresets } from './DatePresets';
import { parseTypedDate, typedDateProblem, type RangeSide, type TypedDateProblem } from './typed-date';

interface BrushInputsProps {
  from: string | null;
  to: string | null;
  onChange(side: 'from' | 'to', value: string | null): void;
  onClear(): void;
}

/** Why a field's text is not taken: a typed date that is not one, or a start after the end. */
type FieldProblem = TypedDateProblem | { reason: 'order'; other: string };

/**
 * The date range as two text fields in ISO form (2020-01-01, whatever the browser's locale), the
 * presets beside them, and Clear: the same clause the brush sets.
 */
export function BrushInputs({ from, to, onChange, onClear }: BrushInputsProps) {
  const { t } = useTranslation();
  const { updateFilters } = useActions();
  return (
    <div className="tl-range" role="group" aria-label={t('timeline.range.group')}>
      <DateField side="from" label={t('timeline.range.from')} value={from} other={to} onCommit={(v) => onChange('from', v)} />
      <DateField side="to" label={t('timeline.range.to')} value={to} other={from} onCommit={(v) => onChange('to', v)} />
      <DatePresets from={from} to={to} onPick={(range) => updateFilters((f) => setDateRange(f, range.from, range.to))} />
      <button type="button" className="button" onClick={onClear} disabled={from === null && to === null}>
        {t('timeline.range.clear')}
      </button>
    </div>
  );
}

function problemText(format: Formatter, side: RangeSide, problem: FieldProblem): string {
  const { t } = format;
  switch (problem.reason) {
    case 'format':
      return t('timeline.range.error.format');
    case 'month':
      return t('timeline.range.error.month', { month: format.count(problem.month) });
    case 'day':
      return t('timeline.range.error.day', { month: format.month(problem.monthStart), days: format.count(problem.days) });
    case 'order':
      return side === 'from' ? t('timeline.range.error.afterEnd', { other: problem.other }) : t('timeline.range.error.beforeStart', { other: problem.other });
  }
}

interface DateFieldProps {
  side: RangeSide;
  label: string;
  /** The filter's ISO day on this side, null for no limit. */
  value: string | null;
  /** The other side's ISO day, which this one may not cross. */
  other: string | null;
  onCommit(value: string | null): void;
}

/**
 * One end of the range, typed as YYYY-MM-DD (YYYY-MM and YYYY stand for their first or last day):
 * checked as typed, taken on Enter or when focus leaves, Esc puts the range's date back.
 */
function DateField({ side, label, value, other, onCommit }: DateFieldProps) {
  const format = useFormatter();
  const { t } = format;
  const inputId = useId();
  const messageId = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [seen, setSeen] = useState(value);
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  // Follow the filter when the brush, a preset, a chip or Back/Forward changes it.
  if (value !== seen) {
    setSeen(value);
    setDraft(value ?? '');
    setProblem(null);
  }

  const commit = () => {
    const parsed = parseTypedDate(draft, side);
    if (parsed.kind === 'invalid' || parsed.kind === 'incomplete') {
      setProblem(typedDateProblem(draft, side, true));
      return;
    }
    const wanted = parsed.kind === 'empty' ? null : parsed.iso;
    if (wanted !== null && other !== null && (side === 'from' ? wanted > other : wanted < other)) {
      setProblem({ reason: 'order', other });
      return;
    }
    setProblem(null);
    setDraft(wanted ?? '');
    if (wanted !== value) onCommit(wanted);
  };

  return (
    <div className={`tl-field tl-date-field ${side}`}>
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="text"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('timeline.range.placeholder')}
        value={draft}
        aria-invalid={problem !== null}
        aria-describedby={problem !== null ? messageId : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          setProblem(typedDateProblem(event.target.value, side, false));
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          else if (event.key === 'Escape' && (draft !== (value ?? '') || problem !== null)) {
            event.stopPropagation();
            setDraft(value ?? '');
            setProblem(null);
          }
        }}
      />
      <span id={messageId} className="tl-field-error" aria-live="polite">
        {problem !== null ? problemText(format, side, problem) : ''}
      </span>
    </div>
  );
}
