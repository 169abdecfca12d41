import { formatCount } from '../../model/labels';
import type { DeckKind } from '../deck/present-url';
import type { Decks } from '../deck/use-decks';

const LABELS: Record<DeckKind, string> = {
  curated: 'The story of this dataset',
  mine: 'My scenes',
  tour: 'Tour of the data, in time order',
};
const NOTES: Record<DeckKind, string> = {
  curated: 'curated, shipped with the data',
  mine: 'saved in this browser',
  tour: 'one stop per initiative',
};

export function DeckChooser({ decks, kind, onChoose }: { decks: Decks; kind: DeckKind; onChoose(kind: DeckKind): void }) {
  const kinds: DeckKind[] = decks.curated ? ['curated', 'mine', 'tour'] : ['mine', 'tour'];
  return (
    <fieldset className="deck-chooser">
      <legend>Deck</legend>
      {kinds.map((k) => {
        const count = k === 'tour' ? decks.tourCount : (decks.byKind(k)?.scenes.length ?? 0);
        return (
          <label key={k}>
            <input type="radio" name="deck-kind" value={k} checked={kind === k} onChange={() => onChoose(k)} />
            <span>
              {LABELS[k]} <span className="muted">({count === 1 ? '1 scene' : `${formatCount(count)} scenes`}, {NOTES[k]})</span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
