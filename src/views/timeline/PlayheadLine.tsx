import { useFormatter } from '../../i18n/use-formatter';
import { formatMonth } from './format-time';
import type { TimelineSizes } from './timeline-sizes';
import { dayToX, monthIndexOf, type TimeScale } from './time-scale';

/** The playback line at the end of the playhead's day, its label, and the not-yet-shown future greyed. */
export function PlayheadLine({ scale, playhead, top, height, sizes }: { scale: TimeScale; playhead: number; top: number; height: number; sizes: TimelineSizes }) {
  const format = useFormatter();
  const x = Math.min(scale.x1, Math.max(scale.x0, dayToX(scale, playhead + 1)));
  const labelOnLeft = x > scale.x1 - sizes.playheadLabelWidth;
  const rise = sizes.playheadRise;
  return (
    <>
      <div className="tl-future" style={{ left: x, width: scale.x1 - x, top, height }} aria-hidden="true" />
      <div className="tl-playhead" style={{ left: x, top: top - rise, height: height + rise }} aria-hidden="true">
        <span className={labelOnLeft ? 'tl-playhead-label left' : 'tl-playhead-label'}>
          {format.t('timeline.playback.playhead', { month: formatMonth(format, monthIndexOf(playhead)) })}
        </span>
      </div>
    </>
  );
}
