import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { DataProblem } from '../../data/data-problem';
import type { LoadedDataset } from '../../data/load-dataset';
import { useQuoteProblemsFound } from '../../data/use-quote-checks';
import { useFormatter } from '../../i18n/use-formatter';
import { useDeckProblems } from '../../present';

const SHOWN = 200;

/** What is wrong, in the display language where the problem has a code; else the check's own English words. */
function ProblemMessage({ problem }: { problem: DataProblem }) {
  const { t } = useTranslation();
  if (problem.code) return <>{t(`data.problems.code.${problem.code}`, problem.values ?? {})}</>;
  return <span lang="en">{problem.message}</span>;
}

/** One problem: its file, record and field, then what is wrong. */
function ProblemItem({ problem }: { problem: DataProblem }) {
  const { t } = useTranslation();
  return (
    <li>
      <code>{problem.file}</code>
      {problem.recordId !== null && (
        <>
          <Trans i18nKey="data.problems.record" values={{ record: problem.recordId }} components={{ strong: <strong /> }} />
        </>
      )}
      {problem.field && (
        <>
          <Trans i18nKey="data.problems.field" values={{ field: problem.field }} components={{ code: <code /> }} />
        </>
      )}
      {t('data.problems.messageJoin')}
      <ProblemMessage problem={problem} />
    </li>
  );
}

/** The first problems, one line each, and how many more there are. */
function ProblemList({ problems }: { problems: readonly DataProblem[] }) {
  const format = useFormatter();
  return (
    <>
      <ul>
        {problems.slice(0, SHOWN).map((problem, i) => (
          <ProblemItem key={i} problem={problem} />
        ))}
      </ul>
      {problems.length > SHOWN && (
        <p>
          <Trans i18nKey="data.problems.more" values={{ n: format.count(problems.length - SHOWN) }} components={{ code: <code /> }} />
        </p>
      )}
    </>
  );
}

/**
 * Names each bad record and field, in the dataset and its deck; the good records still load. Quotes
 * the app found not to be in their archived texts (checked as views show them) are listed apart:
 * their records are shown, the quotes marked unverified.
 */
export function DataProblemsPanel({ loaded }: { loaded: LoadedDataset }) {
  const format = useFormatter();
  const { deck, dataset } = loaded;
  const deckProblems = useDeckProblems(deck, dataset);
  const quoteProblems = useQuoteProblemsFound(dataset);
  const problems = useMemo(() => (deckProblems.length > 0 ? [...loaded.problems, ...deckProblems] : loaded.problems), [deckProblems, loaded.problems]);
  if (problems.length === 0 && quoteProblems.length === 0) return null;
  const records = new Set(problems.map((p) => `${p.file}#${p.recordId ?? ''}`)).size;
  return (
    <section className="data-problems" aria-labelledby={problems.length > 0 ? 'data-problems-title' : 'data-problems-quotes-title'} role="region">
      {problems.length > 0 && (
        <details open={problems.length <= 5}>
          <summary>
            <h2 id="data-problems-title">{format.t('data.problems.heading', { count: records, problems: format.count(problems.length), records: format.count(records) })}</h2>
          </summary>
          <ProblemList problems={problems} />
        </details>
      )}
      {quoteProblems.length > 0 && (
        <details open>
          <summary>
            <h2 id="data-problems-quotes-title">{format.t('data.problems.quotesHeading', { count: quoteProblems.length, n: format.count(quoteProblems.length) })}</h2>
          </summary>
          <ProblemList problems={quoteProblems} />
        </details>
      )}
    </section>
  );
}
