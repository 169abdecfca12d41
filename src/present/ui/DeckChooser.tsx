import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/use-formatter';
import type { DeckKind } from '../deck/present-url';
import type { Decks } from '../deck/use-decks';

export function DeckChooser({ decks, kind, onChoose }: { decks: Decks; kind: DeckKind; onChoose(kind: DeckKind): void }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const kinds: DeckKind[] = decks.curated ? ['curated', 'mine', 'tour'] : ['mine', 'tour'];
  return (
    <fieldset className="deck-chooser">
      <legend>{t('present.chooser.legend')}</legend>
      {kinds.map((k) => {
        const count = k === 'tour' ? decks.tourCount : (decks.byKind(k)?.scenes.length ?? 0);
        const scenes = t('present.count.scenes', { count, n: format.count(count) });
        return (
          <label key={k}>
            <input type="radio" name="deck-kind" value={k} checked={kind === k} onChange={() => onChoose(k)} />
            <span>
              {t(`present.deckKind.${k}.label`)} <span className="muted">{t('present.chooser.detail', { scenes, note: t(`present.deckKind.${k}.note`) })}</span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
