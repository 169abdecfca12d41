import { formatMonth } from './format-time';
import { dayToX, monthIndexOf, type TimeScale } from './time-scale';

/** The playback line at the end of the playhead's day, its label, and the not-yet-shown future greyed. */
export function PlayheadLine({ scale, playhead, top, height }: { scale: TimeScale; playhead: number; top: number; height: number }) {
  const x = Math.min(scale.x1, Math.max(scale.x0, dayToX(scale, playhead + 1)));
  const labelOnLeft = x > scale.x1 - 140;
  return (
    <>
      <div className="tl-future" style={{ left: x, width: scale.x1 - x, top, height }} aria-hidden="true" />
      <div className="tl-playhead" style={{ left: x, top: top - 20, height: height + 20 }} aria-hidden="true">
        <span className={labelOnLeft ? 'tl-playhead-label left' : 'tl-playhead-label'}>Up to {formatMonth(monthIndexOf(playhead))}</span>
      </div>
    </>
  );
}
