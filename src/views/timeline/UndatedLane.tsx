import { useId, useState } from 'react';
import type { IndexedInitiative } from '../../model/dataset-index';
import { TranslationMark } from '../../ui/TranslationMark';
import { useFormatter } from '../../i18n/use-formatter';
import { initiativeTitle } from '../../model/localised';

interface UndatedLaneProps {
  rows: readonly IndexedInitiative[];
  selectedId: string | null;
  /** Why the other views leave these out right now, if they do. */
  leftOut: string | null;
  onSelect(id: string | null): void;
}

const LIST_LIMIT = 200;

/** Initiatives with no known date: counted and listed here, never placed on the axis at a made-up date. */
export function UndatedLane({ rows, selectedId, leftOut, onSelect }: UndatedLaneProps) {
  const format = useFormatter();
  const { t, locale } = format;
  const [open, setOpen] = useState(false);
  const listId = useId();
  const count = rows.length;
  return (
    <div className="tl-undated">
      <button type="button" className="tl-undated-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)} disabled={count === 0}>
        <span className="tl-undated-name">{t('timeline.undated.name')}</span>{' '}
        <span className="tl-undated-count">{t('timeline.undated.count', { count, n: format.count(count) })}</span>{' '}
        {count > 0 && <span className="tl-undated-action">{t(open ? 'timeline.undated.hide' : 'timeline.undated.show')}</span>}
      </button>
      {leftOut && count > 0 && <span className="tl-undated-note">{leftOut}</span>}
      {open && count > 0 && (
        <ul id={listId} className="tl-undated-list" aria-label={t('timeline.undated.list')}>
          {rows.slice(0, LIST_LIMIT).map(({ initiative }) => {
            const title = initiativeTitle(initiative, locale);
            return (
              <li key={initiative.id}>
                <button
                  type="button"
                  className="tl-undated-item"
                  aria-pressed={initiative.id === selectedId}
                  onClick={() => onSelect(initiative.id === selectedId ? null : initiative.id)}
                >
                  <span lang={title.fallback ? title.lang : undefined}>{title.text}</span>
                  {' '}
<TranslationMark text={title} />
                </button>
              </li>
            );
          })}
          {count > LIST_LIMIT && <li className="muted">{t('timeline.undated.more', { n: format.count(count - LIST_LIMIT) })}</li>}
        </ul>
      )}
    </div>
  );
}
