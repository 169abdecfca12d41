import { useState } from 'react';
import { downloadBlob, exportFileName } from '../../lib/export-download';
import { useCore } from '../../store/dashboard-context';
import { readDeckFile, serialiseDeck } from '../deck/deck-file';
import type { Deck } from '../deck/deck-schema';

interface Props {
  /** The deck on show in the panel (any kind can be exported). */
  deck: Deck | null;
  /** A checked deck from a file; it replaces the user's deck. */
  onImport(deck: Deck, message: string): void;
}

/** Export the deck as a JSON file; import one (checked first: a bad file changes nothing). */
export function DeckFileControls({ deck, onImport }: Props) {
  const { dataset } = useCore();
  const [error, setError] = useState<{ message: string; problems: string[] } | null>(null);

  const importFile = async (file: File) => {
    const result = readDeckFile(await file.text(), dataset, file.name);
    if (!result.ok) {
      setError({ message: result.message, problems: result.problems });
      return;
    }
    setError(null);
    const n = result.deck.scenes.length;
    onImport(result.deck, `Imported “${result.deck.title}” (${n === 1 ? '1 scene' : `${n} scenes`}) from ${file.name} as your deck.`);
  };

  return (
    <section className="deck-files" aria-label="Deck files">
      <h3>Deck file</h3>
      <div className="deck-files-row">
        <button
          type="button"
          className="button"
          disabled={!deck}
          onClick={() => deck && downloadBlob(new Blob([serialiseDeck(deck)], { type: 'application/json' }), exportFileName(`deck ${deck.title}`, 'json', new Date()))}
        >
          Export this deck
        </button>
        <label className="deck-import">
          <span>Import a deck file (replaces my scenes)</span>
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
      <p className="muted">An imported deck replaces “My scenes” (you can undo). A file with any problem is refused and your deck stays as it is.</p>
      {error && (
        <div className="deck-import-error" role="alert">
          <p>{error.message}</p>
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
