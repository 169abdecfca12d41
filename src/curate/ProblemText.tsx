import { useTranslation } from 'react-i18next';
import type { DataProblem } from '../data/data-problem';

/** What is wrong, in the display language where the problem has a code; else the check's own English words. */
export function ProblemText({ problem }: { problem: DataProblem }) {
  const { t } = useTranslation();
  if (problem.code) return <>{t(`data.problems.code.${problem.code}`, { ...problem.values })}</>;
  return <span lang="en">{problem.message}</span>;
}

/** The problems of one control, under it; the control names this list in aria-describedby. */
export function FieldProblems({ id, problems }: { id: string; problems: readonly DataProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="curate-field-problems" id={id}>
      {problems.map((problem, i) => (
        <li key={i}>
          <ProblemText problem={problem} />
        </li>
      ))}
    </ul>
  );
}
