import { formatFuzzyDate } from '../../lib/fuzzy-date';
import { formatCount } from '../../lib/labels';
import { formatMonth, PRECISION_LABELS } from './format-time';
import type { Mark } from './timeline-marks';

export type TipContent =
  | { kind: 'mark'; mark: Mark; laneLabel: string }
    /** A column of `months` months from `month`; yearOnly counts the whole year's year-only dates. */
  | { kind: 'bin'; laneLabel: string; month: number; months: number; stated: number; inferred: number; yearOnly: number };

export interface Tip {
  /** Anchor point in plot pixels. */
  x: number;
  y: number;
  content: TipContent;
}

const WIDTH = 280;
/** The tooltip gives the gist of an inferred date's reason; the details panel has all of it. */
const REASON_CHARS = 150;

function shorten(text: string): string {
  return text.length > REASON_CHARS ? `${text.slice(0, text.lastIndexOf(' ', REASON_CHARS))}…` : text;
}

/** What is under the pointer or the keyboard focus; below the anchor in the upper half of the plot, above it in the lower half. */
export function TimelineTooltip({ tip, plotWidth, plotHeight }: { tip: Tip; plotWidth: number; plotHeight: number }) {
  const left = Math.max(4, Math.min(plotWidth - WIDTH - 4, tip.x - WIDTH / 2));
  const above = tip.y > plotHeight / 2;
  const { content } = tip;
  return (
    <div
      className="tl-tooltip"
      role="tooltip"
      style={{ left, top: above ? tip.y - 12 : tip.y + 12, width: WIDTH, transform: above ? 'translateY(-100%)' : undefined }}
    >
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
