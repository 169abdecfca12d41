import { Trans } from 'react-i18next';
import { TranslationMark } from '../../ui/TranslationMark';
import { useFormatter } from '../../i18n/use-formatter';
import { initiativeTitle, reasonText } from '../../model/localised';
import { formatMonth, precisionLabel } from './format-time';
import type { Mark } from './timeline-marks';
import type { TimelineSizes } from './timeline-sizes';

export type TipContent =
  | { kind: 'mark'; mark: Mark; laneLabel: string }
    /** A column of `months` months from `month`; yearOnly counts the whole year's year-only dates. */
  | { kind: 'bin'; laneLabel: string; month: number; months: number; stated: number; inferred: number; yearOnly: number };

export interface Tip {
  /** What it points at, in plot pixels: from x0 to x1 (a mark's extent, or the pointer) at height y. */
  x0: number;
  x1: number;
  y: number;
  content: TipContent;
}

/** The tooltip gives the gist of an inferred date's reason; the details panel has all of it. */
const REASON_CHARS = 150;

function shorten(text: string): string {
  return text.length > REASON_CHARS ? `${text.slice(0, text.lastIndexOf(' ', REASON_CHARS))}…` : text;
}

/**
 * What is under the pointer or the keyboard focus. It sits beside the anchor (right of it, or left
 * near the right edge), so it hides later dates in the same lanes rather than the lanes around it.
 */
export function TimelineTooltip({ tip, plotWidth, plotHeight, sizes }: { tip: Tip; plotWidth: number; plotHeight: number; sizes: TimelineSizes }) {
  const { tooltipWidth: width, tooltipGap: gap } = sizes;
  const right = tip.x1 + gap + width <= plotWidth;
  const left = right ? tip.x1 + gap : Math.max(4, tip.x0 - gap - width);
  // Centred on the anchor, but leaning down near the top and up near the bottom of the plot.
  const lean = tip.y < plotHeight * 0.25 ? 15 : tip.y > plotHeight * 0.75 ? 85 : 50;
  const { content } = tip;
  return (
    <div className="tl-tooltip" role="tooltip" style={{ left, top: tip.y, width, transform: `translateY(-${lean}%)` }}>
      {content.kind === 'mark' ? <MarkTip content={content} /> : <BinTip content={content} />}
    </div>
  );
}

function MarkTip({ content }: { content: Extract<TipContent, { kind: 'mark' }> }) {
  const format = useFormatter();
  const { t, locale } = format;
  const { initiative } = content.mark.row;
  const { date } = initiative;
  const title = initiativeTitle(initiative, locale);
  const reason = reasonText(date, locale);
  return (
    <>
      <strong className="tl-tip-title" lang={title.fallback ? title.lang : undefined}>
        {title.text}
        {' '}
<TranslationMark text={title} />
      </strong>
      <span>{t('timeline.tooltip.date', { date: format.date(date), precision: precisionLabel(t, date.precision) })}</span>
      {date.basis === 'inferred' && reason && (
        <span className="tl-tip-note">
          {/* The curator's Chinese when there is one; else the dataset's English, marked so. */}
          <Trans i18nKey="timeline.tooltip.inferred" values={{ reason: shorten(reason.text) }} components={{ reason: <span lang={reason.lang === 'en' && locale === 'en' ? undefined : reason.lang} /> }} />
        </span>
      )}
      <span className="muted">{t('timeline.tooltip.lane', { lane: content.laneLabel })}</span>
    </>
  );
}

function BinTip({ content }: { content: Extract<TipContent, { kind: 'bin' }> }) {
  const format = useFormatter();
  const { t } = format;
  const precise = content.stated + content.inferred;
  const first = formatMonth(format, content.month);
  const period = content.months === 1 ? first : t('timeline.tooltip.period', { from: first, to: formatMonth(format, content.month + content.months - 1) });
  const n = format.count(precise);
  return (
    <>
      <strong className="tl-tip-title">{t('timeline.tooltip.binTitle', { lane: content.laneLabel, period })}</strong>
      <span>
        {content.inferred > 0
          ? t('timeline.tooltip.preciseInferred', { count: precise, n, inferred: format.count(content.inferred) })
          : t('timeline.tooltip.precise', { count: precise, n })}
      </span>
      {content.yearOnly > 0 && (
        <span className="muted">{t('timeline.tooltip.yearOnly', { n: format.count(content.yearOnly), year: format.year(Math.floor(content.month / 12)) })}</span>
      )}
    </>
  );
}
