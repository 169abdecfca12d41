import type { TourCard as Card } from '../deck/tour-card';
import { useAnchorRect } from './use-anchor-rect';

/** A tour step's card over the side column, large enough to read across a room: every line comes from the record. */
export function TourCard({ card }: { card: Card }) {
  const anchor = useAnchorRect('.region-side');
  const style = anchor ? { top: anchor.top, left: anchor.left, width: anchor.width, height: anchor.height } : { top: '12vh', right: '1.6vw', width: '34vw', bottom: '18vh' };
  return (
    <article className="present-card" aria-labelledby="present-card-title" style={style}>
      <h2 id="present-card-title">{card.title}</h2>
      <dl className="present-card-facts">
        <dt>Partners</dt>
        <dd>
          <ul>
            {card.partners.map((partner) => (
              <li key={partner.name}>
                {partner.name} <span className="present-card-role">— {partner.role}</span>
              </li>
            ))}
          </ul>
        </dd>
        <dt>Date</dt>
        <dd>
          <strong>{card.date}</strong> <span className="present-card-role">· precision: {card.precision}</span>
          {card.dateReason && <span className="present-card-reason">{card.dateReason}</span>}
        </dd>
        <dt>Place</dt>
        <dd>{card.places}</dd>
      </dl>
      {card.quote && (
        <figure className="present-card-quote">
          <blockquote lang={card.quote.lang}>“{card.quote.text}”</blockquote>
          {card.quote.translation && (
            <p className="present-card-translation">
              <span className="present-card-tag">English translation</span> {card.quote.translation}
            </p>
          )}
          <figcaption>Source: {card.quote.source}</figcaption>
        </figure>
      )}
    </article>
  );
}
