import type { ReactNode } from 'react';
import type { DataProblem } from '../data/data-problem';
import { FieldProblems } from './ProblemText';

interface FieldProps {
  id: string;
  label: string;
  problems?: readonly DataProblem[];
  /** A short hint under the label (the form a value takes). */
  hint?: string;
}

/** The ids a control's aria-describedby names: its hint and its problems, when shown. */
function describedBy(id: string, hint: string | undefined, problems: readonly DataProblem[]) {
  return [hint ? `${id}-hint` : '', problems.length > 0 ? `${id}-problems` : ''].filter(Boolean).join(' ') || undefined;
}

function Frame({ id, label, hint, problems = [], children }: FieldProps & { children: ReactNode }) {
  return (
    <div className="curate-field" data-invalid={problems.length > 0 || undefined}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="curate-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {children}
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </div>
  );
}

interface TextFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  /** Called when the control loses focus, to tidy what was typed. */
  onBlur?: () => void;
  multiline?: boolean;
  rows?: number;
  lang?: string;
  disabled?: boolean;
}

export function TextField({ value, onChange, onBlur, multiline = false, rows = 3, lang, disabled, ...frame }: TextFieldProps) {
  const problems = frame.problems ?? [];
  const common = {
    id: frame.id,
    value,
    lang,
    disabled,
    onBlur,
    'aria-invalid': problems.length > 0 || undefined,
    'aria-describedby': describedBy(frame.id, frame.hint, problems),
  };
  return (
    <Frame {...frame}>
      {multiline ? <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} /> : <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />}
    </Frame>
  );
}

interface SelectFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  /** The choices, value and label; a value of "" is "not chosen yet". */
  options: ReadonlyArray<{ value: string; label: string }>;
  /** The label of the empty choice: nothing is chosen until the curator chooses. */
  unset: string;
}

export function SelectField({ value, onChange, options, unset, ...frame }: SelectFieldProps) {
  const problems = frame.problems ?? [];
  return (
    <Frame {...frame}>
      <select id={frame.id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={problems.length > 0 || undefined} aria-describedby={describedBy(frame.id, frame.hint, problems)}>
        <option value="">{unset}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

interface ChoiceFieldProps {
  id: string;
  legend: string;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<{ value: string; label: string }>;
  problems?: readonly DataProblem[];
}

/** A few exclusive choices as radio buttons; none is picked until the curator picks one. */
export function ChoiceField({ id, legend, value, onChange, options, problems = [] }: ChoiceFieldProps) {
  return (
    <fieldset className="curate-choice" id={id} aria-describedby={problems.length > 0 ? `${id}-problems` : undefined} data-invalid={problems.length > 0 || undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input type="radio" name={id} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} /> {option.label}
        </label>
      ))}
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </fieldset>
  );
}
