import { useMemo } from 'react';
import type { LoadedDataset } from '../../data/load-dataset';
import { checkDeck } from '../../present';

/** Names each bad record and field, in the dataset and its deck; the good records still load. */
export function DataProblemsPanel({ loaded }: { loaded: LoadedDataset }) {
  const { deck, dataset } = loaded;
  const problems = useMemo(() => (deck ? [...loaded.problems, ...checkDeck(deck.json, dataset, deck.path).problems] : loaded.problems), [deck, loaded.problems, dataset]);
  if (problems.length === 0) return null;
  const records = new Set(problems.map((p) => `${p.file}#${p.recordId ?? ''}`)).size;
  return (
    <section className="data-problems" aria-labelledby="data-problems-title" role="region">
      <details open={problems.length <= 5}>
        <summary>
          <h2 id="data-problems-title">
            Data problems: {problems.length} in {records} {records === 1 ? 'place' : 'places'}; the records affected are left out
          </h2>
        </summary>
        <ul>
          {problems.slice(0, 200).map((problem, i) => (
            <li key={i}>
              <code>{problem.file}</code>
              {problem.recordId !== null && (
                <>
                  {' '}record <strong>{problem.recordId}</strong>
                </>
              )}
              {problem.field && (
                <>
                  {' '}field <code>{problem.field}</code>
                </>
              )}
              : {problem.message}
            </li>
          ))}
        </ul>
        {problems.length > 200 && <p>…and {problems.length - 200} more. Run <code>npm run data:check</code> for the full list.</p>}
      </details>
    </section>
  );
}
