import { useCallback, useMemo, useState, type CSSProperties } from 'react';
import { clearClause, setDateRange } from '../../filters/filters';
import { useFormatter } from '../../i18n/use-formatter';
import { useActions, useLive, usePresenting } from '../../store/use-controls';
import { usePanel } from '../../store/use-panel';
import { useReportDrawn } from '../ready-marks';
import { useProjectorScale } from '../use-projector-scale';
import { filterValuesOf, isRangeSet, rangeFromFilters, type DayRange } from './brush';
import { BrushInputs } from './BrushInputs';
import { formatMonth } from './format-time';
import { playbackRangeOf } from './playback';
import { PlaybackControls } from './PlaybackControls';
import { binByLaneMonth } from './timeline-bins';
import { LANE_ATTRIBUTES, laneAttributeText, lanesInUse, MULTI_VALUED, type LaneAttribute } from './timeline-lanes';
import { countMarks, SPARSE_LIMIT } from './timeline-marks';
import { TimelinePlot } from './TimelinePlot';
import { TimelineSummaryTable } from './TimelineSummaryTable';
import { timelineSizes } from './timeline-sizes';
import { timeDomainOf, yearOfDay } from './time-scale';
import { UndatedLane } from './UndatedLane';
import { usePlayback } from './use-playback';
import './timeline.css';

/**
 * Up to this many initiatives the other views follow the brush while it is dragged; beyond, an
 * update of every view takes a good part of a second (measured: ~160 ms at 10,000), so they
 * follow when the drag ends or the keys pause, and the timeline alone follows the pointer.
 */
const LIVE_BRUSH_LIMIT = 2500;

/**
 * Initiatives on a time axis, one lane per sector (or status, partner kind, instrument). Draws
 * every clause but its own (date, playhead), highlights the brushed range, and plays time forward.
 */
export function TimelineView() {
  // The timeline owns two clauses: the date range (its brush) and the playhead (its playback). Its
  // marks come from the panels' deferred rows without either, and are cut at the playhead as they
  // are drawn; its brush and date fields are controls, showing the filters as set, at once, so a key
  // moves a handle on from where it is drawn, not from a range a frame old.
  const { dataset, index, context: rows, selectedId, playhead } = usePanel(['date', 'playhead']);
  // The date clause only: another filter's change does not re-render the timeline before the panels' deferred render.
  const { dateFrom, dateTo } = useLive((s) => ({ dateFrom: s.filters.dateFrom, dateTo: s.filters.dateTo }));
  const presenting = usePresenting();
  const { updateFilters, select } = useActions();
  const format = useFormatter();
  const { t, locale } = format;
  const [attribute, setAttribute] = useState<LaneAttribute>('sector');
  const meta = laneAttributeText(t, attribute);
  const factor = useProjectorScale();
  const sizes = useMemo(() => timelineSizes(factor), [factor]);

  // The axis spans the whole dataset, so it stays put while filters change.
  const domain = useMemo(() => timeDomainOf(index.rows), [index]);
  const lanes = useMemo(() => lanesInUse(attribute, dataset, rows, { t, locale }), [attribute, dataset, rows, t, locale]);
  const bins = useMemo(() => (domain ? binByLaneMonth(rows, attribute, domain) : null), [rows, attribute, domain]);
  const dense = useMemo(() => countMarks(rows, attribute) > SPARSE_LIMIT, [rows, attribute]);
  const undated = useMemo(() => rows.filter((row) => row.start === null), [rows]);
  const datedCount = rows.length - undated.length;
  // With dates to draw the plot says when it has drawn them (it waits for its width); without, the message is the view.
  useReportDrawn('timeline', !(domain && bins));
  const playback = usePlayback(useMemo(() => playbackRangeOf(rows), [rows]));

  // The same object while the dates stay, so the canvas is not redrawn when another filter changes.
  const range = useMemo(() => rangeFromFilters({ dateFrom, dateTo }), [dateFrom, dateTo]);
  const brush = useCallback(
    (next: DayRange, replace: boolean) => {
      if (!domain) return;
      const { from, to } = filterValuesOf(next, domain);
      updateFilters((f) => setDateRange(f, from, to), { replace });
    },
    [domain, updateFilters],
  );
  const lastMonth = playback.state.month;
  const leftOut = lastMonth !== null ? t('timeline.leftOut.playing') : isRangeSet(range) ? t('timeline.leftOut.range') : null;
  const multi = MULTI_VALUED.has(attribute);
  const summary = () => {
    const parts = {
      dated: t('timeline.summary.dated', { count: datedCount, n: format.count(datedCount) }),
      lanes: t('timeline.summary.lanes', { count: lanes.length, n: format.count(lanes.length), noun: meta.noun }),
      span: domain ? t('timeline.summary.span', { from: format.year(yearOfDay(domain.start)), to: format.year(yearOfDay(domain.end)) }) : '',
    };
    const text = undated.length > 0 ? t('timeline.summary.textWithUndated', { ...parts, undated: format.count(undated.length) }) : t('timeline.summary.text', parts);
    if (!multi) return text;
    // Sentences follow one another with a space in English, straight on in Chinese.
    return `${text}${locale === 'zh' ? '' : ' '}${t('timeline.summary.multi', { plural: meta.plural })}`;
  };
  const caption = () => {
    const base = lastMonth === null ? t('timeline.table.caption', { noun: meta.noun }) : t('timeline.table.captionUpTo', { noun: meta.noun, month: formatMonth(format, lastMonth) });
    return multi ? t('timeline.table.withMulti', { caption: base, plural: meta.plural }) : base;
  };

  return (
    // The factor is a CSS variable too, for what timeline.css draws (playhead, handles, rings).
    <div className={presenting ? 'panel timeline-panel is-presenting' : 'panel timeline-panel'} style={{ '--projector-scale': factor } as CSSProperties}>
      <div className="tl-head">
        <h2>{t('timeline.heading')}</h2>
        <p className="tl-summary">{summary()}</p>
      </div>
      <div className="tl-toolbar">
        <label className="tl-field">
          <span>{t('timeline.lanes.label')}</span>
          <select value={attribute} onChange={(event) => setAttribute(event.target.value as LaneAttribute)}>
            {LANE_ATTRIBUTES.map((a) => (
              <option key={a} value={a}>
                {t('timeline.lanes.by', { noun: laneAttributeText(t, a).noun })}
              </option>
            ))}
          </select>
        </label>
        <BrushInputs
          from={dateFrom}
          to={dateTo}
          onChange={(side, value) => updateFilters((f) => (side === 'from' ? setDateRange(f, value, f.dateTo) : setDateRange(f, f.dateFrom, value)))}
          onClear={() => updateFilters((f) => clearClause(f, 'date'))}
        />
        <PlaybackControls playback={playback} disabled={datedCount === 0} />
      </div>
      {domain && bins ? (
        <>
          <p className="tl-hint" id="tl-hint">
            {t('timeline.hint')}
          </p>
          <TimelinePlot
            rows={rows}
            lanes={lanes}
            attribute={attribute}
            laneNoun={meta.noun}
            lanePlural={meta.plural}
            domain={domain}
            bins={bins}
            dense={dense}
            range={range}
            playhead={playhead}
            selectedId={selectedId}
            onSelect={select}
            onBrush={brush}
            liveBrush={index.rows.length <= LIVE_BRUSH_LIMIT}
            sizes={sizes}
            fitHeight={presenting}
          />
        </>
      ) : (
        <p className="empty">{t('timeline.empty')}</p>
      )}
      <UndatedLane rows={undated} selectedId={selectedId} leftOut={leftOut} onSelect={select} />
      {bins && (
        <TimelineSummaryTable
          bins={bins}
          lanes={lanes}
          laneLabel={meta.label}
          laneNoun={meta.noun}
          lastMonth={lastMonth}
          caption={caption()}
        />
      )}
    </div>
  );
}
