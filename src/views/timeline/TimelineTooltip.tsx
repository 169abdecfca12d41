import { formatFuzzyDate } from '../../model/fuzzy-date';
import { formatCount } from '../../model/labels';
import { formatMonth, PRECISION_LABELS } from './format-time';
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
  const { date, title } = content.mark.row.initiative;
  return (
    <>
      <strong className="tl-tip-title">{title}</strong>
      <span>
        {formatFuzzyDate(date)} · dated {PRECISION_LABELS[date.precision]}
      </span>
      {date.basis === 'inferred' && date.reason && <span className="tl-tip-note">Inferred: {shorten(date.reason)}</span>}
      <span className="muted">Lane: {content.laneLabel} · click or Enter to open</span>
    </>
  );
}

function BinTip({ content }: { content: Extract<TipContent, { kind: 'bin' }> }) {
  const precise = content.stated + content.inferred;
  return (
    <>
      <strong className="tl-tip-title">
        {content.laneLabel} · {content.months === 1 ? formatMonth(content.month) : `${formatMonth(content.month)} – ${formatMonth(content.month + content.months - 1)}`}
      </strong>
      <span>
        {formatCount(precise)} {precise === 1 ? 'initiative' : 'initiatives'} dated to the day or month
        {content.inferred > 0 && ` (${formatCount(content.inferred)} inferred)`}
      </span>
      {content.yearOnly > 0 && (
        <span className="muted">
          and {formatCount(content.yearOnly)} dated only to {Math.floor(content.month / 12)}
        </span>
      )}
    </>
  );
}
