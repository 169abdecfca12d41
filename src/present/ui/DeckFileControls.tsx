import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useFormatter, useLocale } from '../../i18n/use-formatter';
import { downloadBlob, exportFileName } from '../../lib/export-download';
import { useCore } from '../../store/dashboard-context';
import { importRefusal, readDeckFile, serialiseDeck, type ImportRefusal } from '../deck/deck-file';
import type { Deck } from '../deck/deck-schema';
import { deckTitleWords } from '../deck/scene-words';
import type { SayStatus } from './SceneList';

interface Props {
  /** The deck on show in the panel (any kind can be exported). */
  deck: Deck | null;
  /** A checked deck from a file; it replaces the user's deck. */
  onImport(deck: Deck, message: SayStatus): void;
}

/** Export the deck as a JSON file; import one (checked first: a bad file changes nothing). */
export function DeckFileControls({ deck, onImport }: Props) {
  const { t } = useTranslation();
  const format = useFormatter();
  const locale = useLocale();
  const { dataset } = useCore();
  // The refusal itself is kept, so its words follow a change of language.
  const [refused, setRefused] = useState<ImportRefusal | null>(null);

  const importFile = async (file: File) => {
    const result = readDeckFile(await file.text(), dataset, file.name);
    if (!result.ok) {
      setRefused(result);
      return;
    }
    setRefused(null);
    const n = result.deck.scenes.length;
    onImport(result.deck, (f) =>
      f.t('present.status.imported', { title: deckTitleWords(result.deck, f.locale).text, scenes: f.t('present.count.scenes', { count: n, n: f.count(n) }), file: file.name }),
    );
  };
  const error = refused ? importRefusal(refused, format) : null;

  return (
    <section className="deck-files" aria-label={t('present.files.label')}>
      <h3>{t('present.files.heading')}</h3>
      <div className="deck-files-row">
        <button
          type="button"
          className="button"
          disabled={!deck}
          onClick={() => deck && downloadBlob(new Blob([serialiseDeck(deck)], { type: 'application/json' }), exportFileName(t('present.files.fileStem', { title: deckTitleWords(deck, locale).text }), 'json', new Date()))}
        >
          {t('present.files.export')}
        </button>
        <label className="deck-import">
          <span>{t('present.files.import')}</span>
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      </div>
      <p className="muted">{t('present.files.help')}</p>
      {refused && error && (
        <div className="deck-import-error" role="alert">
          <p>
            {refused.reason === 'notJson' ? (
              <Trans i18nKey="present.import.notJson" values={{ file: refused.fileName, error: refused.error }} components={{ detail: <span lang={locale === 'en' ? undefined : 'en'} /> }} />
            ) : (
              error.message
            )}
          </p>
          {error.problems.length > 0 && (
            <ul>
              {error.problems.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
