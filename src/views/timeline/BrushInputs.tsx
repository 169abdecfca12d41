import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseIsoDay } from '../../model/fuzzy-date';

interface BrushInputsProps {
  from: string | null;
  to: string | null;
  onChange(side: 'from' | 'to', value: string | null): void;
  onClear(): void;
}

/** A typed date counts once its year is plausible: typing "2021" passes through 0002, 0020 and 0202. */
function isComplete(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return parseIsoDay(value) !== null && year >= 1900 && year <= 2100;
}

/** The date range as two labelled date fields, the same clause the brush sets. */
export function BrushInputs({ from, to, onChange, onClear }: BrushInputsProps) {
  const { t } = useTranslation();
  return (
    <div className="tl-range" role="group" aria-label={t('timeline.range.group')}>
      <DateField label={t('timeline.range.from')} value={from} onCommit={(v) => onChange('from', v)} />
      <DateField label={t('timeline.range.to')} value={to} onCommit={(v) => onChange('to', v)} />
      <button type="button" className="button" onClick={onClear} disabled={from === null && to === null}>
        {t('timeline.range.clear')}
      </button>
    </div>
  );
}

function DateField({ label, value, onCommit }: { label: string; value: string | null; onCommit(value: string | null): void }) {
  const [draft, setDraft] = useState(value ?? '');
  const [seen, setSeen] = useState(value);
  // Follow the filter when the brush, a chip or Back/Forward changes it.
  if (value !== seen) {
    setSeen(value);
    setDraft(value ?? '');
  }
  const commit = (next: string) => {
    const wanted = next === '' ? null : next;
    if (wanted !== value && (wanted === null || isComplete(wanted))) onCommit(wanted);
  };
  return (
    <label className="tl-field">
      <span>{label}</span>
      <input
        type="date"
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          if (event.target.value && isComplete(event.target.value)) commit(event.target.value);
        }}
        onBlur={() => commit(draft)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(draft);
        }}
      />
    </label>
  );
}
