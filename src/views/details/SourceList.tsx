import type { Dataset } from '../../data/dataset';
import type { Initiative } from '../../data/schema';
import { formatFuzzyDate } from '../../model/fuzzy-date';

const LANGUAGE = { en: 'English', ru: 'Russian', zh: 'Chinese' } as const;

/** Each source with its metadata, a link to the archived text and the verbatim quotes. */
export function SourceList({ dataset, refs }: { dataset: Dataset; refs: Initiative['sources'] }) {
  return (
    <ol className="source-list">
      {refs.map((ref) => {
        const source = dataset.sources.get(ref.source);
        if (!source) return null;
        return (
          <li key={ref.source}>
            <p className="source-head">
              <strong>{source.title ?? 'Untitled article'}</strong>
              <span className="muted">
                {' '}
                · {source.publisher ?? 'publisher not stated'} · {formatFuzzyDate(source.date)} · {LANGUAGE[source.language]}
              </span>
            </p>
            <p>
              <a href={`${dataset.baseUrl}${source.file}`} target="_blank" rel="noopener">
                Read the archived text
              </a>
            </p>
            <ul className="quotes">
              {ref.quotes.map((quote, i) => (
                <li key={i}>
                  <blockquote lang={source.language}>“{quote.text}”</blockquote>
                  {quote.translations?.en && (
                    <p className="translation">
                      <span className="tag">English translation</span> {quote.translations.en}
                    </p>
                  )}
                  <p className="supports muted">Supports: {quote.supports.join(', ')}</p>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
