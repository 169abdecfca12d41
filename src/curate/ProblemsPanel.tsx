import { useTranslation } from 'react-i18next';
import type { DataProblem } from '../data/data-problem';
import { fieldId, useCurate } from './curate-context';
import { ProblemText } from './ProblemText';

/** Moves focus to the control of a field, or of the nearest field around it ("places.0.scope", then "places.0"…). */
function focusField(field: string) {
  const parts = field.split('.');
  for (let n = parts.length; n > 0; n--) {
    const el = document.getElementById(fieldId(parts.slice(0, n).join('.')));
    if (el) {
      const target = el.matches('input, select, textarea, button') ? el : (el.querySelector<HTMLElement>('input, select, textarea, button') ?? el);
      target.focus();
      target.scrollIntoView({ block: 'center' });
      return;
    }
  }
}

/** `linked`: the initiative's problems, each a button to its field. */
function ProblemItems({ problems, linked = false }: { problems: readonly DataProblem[]; linked?: boolean }) {
  const { t } = useTranslation();
  return (
    <ul>
      {problems.map((problem, i) => (
        <li key={i}>
          {linked && problem.field ? (
            <button type="button" className="curate-link" onClick={() => focusField(problem.field)}>
              {problem.field}
            </button>
          ) : (
            <code>{[problem.file, problem.recordId, problem.field].filter(Boolean).join(' · ')}</code>
          )}
          {t('curate.problems.separator')}
          <ProblemText problem={problem} />
        </li>
      ))}
    </ul>
  );
}

/** What data:check says of the dataset with this draft saved: the initiative's problems first, each a way to its field. */
export function ProblemsPanel() {
  const { t } = useTranslation();
  const { check, base } = useCurate();
  const total = check.initiative.length + check.made.length + check.missing.length + check.elsewhere.length;
  const missingHere = check.missing.filter((p) => p.file === base.paths.initiatives);
  const missingMade = check.missing.filter((p) => p.file !== base.paths.initiatives);
  return (
    <section className="curate-problems" aria-labelledby="curate-problems-title">
      <h2 id="curate-problems-title">{t('curate.problems.title')}</h2>
      <p role="status" className={total === 0 ? 'curate-ok' : undefined}>
        {total === 0 ? t('curate.problems.none') : t('curate.problems.count', { count: total })}
      </p>
      {check.missing.length > 0 && (
        <>
          <h3>{t('curate.problems.missing')}</h3>
          <ul className="curate-missing">
            {missingHere.map((p, i) => (
              <li key={i}>
                <button type="button" className="curate-link" onClick={() => focusField(p.field)}>
                  {p.field || t('curate.problems.wholeRecord')}
                </button>
              </li>
            ))}
            {missingMade.map((p, i) => (
              <li key={`m${i}`}>
                <code>{[p.recordId, p.field].filter(Boolean).join(' · ')}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {check.initiative.length > 0 && (
        <>
          <h3>{t('curate.problems.initiative')}</h3>
          <ProblemItems problems={check.initiative} linked />
        </>
      )}
      {check.made.length > 0 && (
        <>
          <h3>{t('curate.problems.made')}</h3>
          <ProblemItems problems={check.made} />
        </>
      )}
      {check.elsewhere.length > 0 && (
        <>
          <h3>{t('curate.problems.elsewhere')}</h3>
          <ProblemItems problems={check.elsewhere} />
        </>
      )}
    </section>
  );
}
