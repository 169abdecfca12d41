import { useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../data/dataset';
import type { Quote, Source } from '../../data/schema';
import { useFormatter } from '../../i18n/use-formatter';
import { ownFileHref } from '../../lib/inlined-files';
import { langTag } from '../../model/localised';
import { ArchivedText } from './ArchivedText';
import { findQuoteRanges, toParagraphs } from './quote-ranges';
import { ReaderQuoteList } from './ReaderQuoteList';
import { SourceLinks } from './SourceLinks';
import { useArchivedText } from './use-archived-text';
import { closeOnEscape, useModalDialog } from './use-modal-dialog';
import './source-reader.css';

interface SourceReaderProps {
  dataset: Dataset;
  source: Source;
  /** The quotes the selected record takes from this source: each is highlighted where it occurs. */
  quotes: readonly Quote[];
  returnFocusTo: RefObject<HTMLElement | null>;
  onClose(): void;
}

/**
 * A source's archived text as a reader reads it: a modal dialog with the source's facts on top, the
 * text in paragraphs with every quote of the record highlighted, and beside it the quotes in the
 * display language, each scrolling to its place in the text. The raw .txt stays a link away.
 */
export default function SourceReader({ dataset, source, quotes, returnFocusTo, onClose }: SourceReaderProps) {
  const { t } = useTranslation();
  const f = useFormatter();
  const dialog = useRef<HTMLDialogElement>(null);
  const textBox = useRef<HTMLElement>(null);
  const [current, setCurrent] = useState<number | null>(null);
  useModalDialog(dialog, returnFocusTo);

  const path = `${dataset.baseUrl}${source.file}`;
  const archived = useArchivedText(path);
  const text = archived.data;
  const ranges = useMemo(() => (text === undefined ? null : findQuoteRanges(text, quotes.map((q) => q.text))), [text, quotes]);
  const paragraphs = useMemo(() => (text === undefined || !ranges ? null : toParagraphs(text, ranges)), [text, ranges]);
  const title = source.title ?? t('details.sources.untitled');
  const lang = langTag(source.language);

  const showQuote = (index: number) => {
    setCurrent(index);
    const mark = textBox.current?.querySelector(`mark[data-quotes~="${index}"]`);
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    mark?.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  };

  return (
    <dialog ref={dialog} className="source-reader" aria-labelledby="source-reader-kind source-reader-title" {...closeOnEscape(onClose)}>
      <header className="source-reader-head">
        <div>
          <p id="source-reader-kind" className="source-reader-kind">
            {t('sources.reader.kind')}
          </p>
          <h2 id="source-reader-title" lang={source.title ? lang : undefined}>
            {title}
          </h2>
          <p className="muted source-reader-facts">
            {source.publisher ? <span lang={lang}>{source.publisher}</span> : t('details.sources.publisherMissing')} · {f.date(source.date)} · {t(`details.sources.language.${source.language}`)}
          </p>
          <SourceLinks source={source} />
          <p className="source-reader-plain">
            <a href={ownFileHref(path)} target="_blank" rel="noopener">
              {t('sources.reader.plainFile')}
            </a>
          </p>
        </div>
        <button type="button" className="button" onClick={onClose} aria-label={t('sources.reader.closeLabel')}>
          {t('sources.reader.close')}
        </button>
      </header>
      <div className="source-reader-body">
        <article ref={textBox} className="source-reader-text" lang={lang} tabIndex={0} aria-label={t('sources.reader.textLabel')}>
          {archived.isPending && <p className="muted">{t('sources.reader.loading')}</p>}
          {archived.isError && <p className="load-error">{t('sources.reader.failed', { error: archived.error.message || t('sources.reader.unknownError') })}</p>}
          {paragraphs && <ArchivedText paragraphs={paragraphs} current={current} />}
        </article>
        <ReaderQuoteList quotes={quotes} language={source.language} ranges={ranges} onShow={showQuote} current={current} />
      </div>
    </dialog>
  );
}
