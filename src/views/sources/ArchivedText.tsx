import { Fragment } from 'react';
import { useFormatter } from '../../i18n/use-formatter';
import type { Paragraph } from './quote-ranges';

/**
 * The archived text's paragraphs with the quotes in <mark>: each mark lists its quotes
 * (`data-quotes="0 2"`, for the side list to find), and where a quote begins its number is shown
 * (the side list's numbers). The quote chosen last in the side list is marked as current.
 */
export function ArchivedText({ paragraphs, current }: { paragraphs: Paragraph[]; current: number | null }) {
  const f = useFormatter();
  const begun = new Set<number>();
  return (
    <>
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.segments.map((segment, i) => {
            if (segment.quotes.length === 0) return <Fragment key={i}>{segment.text}</Fragment>;
            const starting = segment.quotes.filter((q) => !begun.has(q));
            starting.forEach((q) => begun.add(q));
            return (
              <mark key={i} data-quotes={segment.quotes.join(' ')} className={current !== null && segment.quotes.includes(current) ? 'current' : undefined}>
                {starting.map((q) => (
                  <sup key={q} className="quote-number" aria-hidden="true">
                    {f.count(q + 1)}
                  </sup>
                ))}
                {segment.text}
              </mark>
            );
          })}
        </p>
      ))}
    </>
  );
}
