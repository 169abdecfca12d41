import { Fragment, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useFormatter } from '../../i18n/use-formatter';
import { localDayAndTime } from '../../model/fuzzy-date';
import { useCore } from '../../store/dashboard-context';
import { ALL_DATES, isPresetRange, LAST_12_MONTHS, lastTwelveMonths, presetRange, yearPreset, yearsWithData, type DatePreset, type IsoRange } from './date-presets';

interface Props {
  from: string | null;
  to: string | null;
  /** Sets the date clause to the preset's range. */
  onPick(range: IsoRange): void;
}

/** The open-me mark after the button's name (not read out). */
const CARET = ' ▾';

/**
 * A button that opens the date presets: all dates, the last 12 months up to today, and each year
 * an initiative in the dataset falls in. The one the range equals is pressed; Esc closes.
 */
export function DatePresets({ from, to, onPick }: Props) {
  const format = useFormatter();
  const { t } = format;
  const { index } = useCore();
  const years = useMemo(() => yearsWithData(index.rows), [index]);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const noteId = useId();
  const yearsId = useId();
  // "Last 12 months" counts back from this browser's calendar day, read when the list is drawn.
  const today = localDayAndTime(new Date()).day;

  useEffect(() => {
    if (!open) return;
    (panel.current?.querySelector<HTMLButtonElement>('[aria-pressed="true"]') ?? panel.current?.querySelector('button'))?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const pick = (preset: DatePreset) => {
    onPick(presetRange(preset, today));
    close();
  };
  const presetButton = (preset: DatePreset, text: string, describedBy?: string) => (
    <button type="button" className="button" aria-pressed={isPresetRange({ from, to }, preset, today)} aria-describedby={describedBy} onClick={() => pick(preset)}>
      {text}
    </button>
  );
  const last12 = lastTwelveMonths(today);

  return (
    <div
      className="tl-presets"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
      }}
    >
      <button ref={button} type="button" className="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t('timeline.presets.button')}
        <span aria-hidden="true">{CARET}</span>
      </button>
      {open && (
        <div id={panelId} ref={panel} className="tl-presets-panel" role="group" aria-label={t('timeline.presets.group')}>
          <div className="tl-presets-row">
            {presetButton(ALL_DATES, t('timeline.presets.all'))}
            {presetButton(LAST_12_MONTHS, t('timeline.presets.last12'), noteId)}
          </div>
          <p id={noteId} className="tl-presets-note">
            {t('timeline.presets.last12Note', { from: format.day(last12.from), today: format.day(last12.to) })}
          </p>
          {years.length > 0 && (
            <>
              <p id={yearsId} className="tl-presets-heading">
                {t('timeline.presets.years')}
              </p>
              <div className="tl-presets-years" role="group" aria-labelledby={yearsId}>
                {years.map((year) => (
                  <Fragment key={year}>{presetButton(yearPreset(year), format.year(year))}</Fragment>
                ))}
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}
