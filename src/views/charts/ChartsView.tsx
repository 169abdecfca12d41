import { useMemo, useState, type CSSProperties } from 'react';
import { createTaskQueue } from '../../lib/task-queue';
import { Staggered } from '../shell/Staggered';
import { PairChart } from './PairChart';
import { PartnerChart } from './PartnerChart';
import { PartnerKindChart } from './PartnerKindChart';
import { SectorChart } from './SectorChart';
import { YearChart } from './YearChart';
import './charts.css';
import { useReportDrawn } from '../ready-marks';
import { useDashboard } from '../dashboard-context';
import { useProjectorScale } from '../use-projector-scale';

/**
 * In which sectors, with whom, and when. Each chart draws its own context (every filter but the
 * one it sets) and highlights its selection; pressing a bar or cell filters the other views.
 */
export function ChartsView() {
  useReportDrawn('charts', true);
  const { presenting } = useDashboard();
  const factor = useProjectorScale();
  // Each chart redraws in a task of its own (recharts commits a chart in several passes): input and
  // paint come between them instead of waiting for all five.
  const [queue] = useState(createTaskQueue);
  const charts = useMemo(
    () => [<SectorChart key="sector" />, <PartnerChart key="partner" />, <PartnerKindChart key="kind" />, <YearChart key="year" />, <PairChart key="pair" />],
    [],
  );
  return (
    // The factor is a CSS variable too, for what charts.css draws (swatches, outlines, the matrix).
    <div className={presenting ? 'charts-panel is-presenting' : 'charts-panel'} style={{ '--projector-scale': factor } as CSSProperties}>
      <h2>Charts</h2>
      <p className="muted charts-intro">Press a bar or cell to filter every other view; press it again, or remove its chip, to undo.</p>
      <div className="charts-grid">
        {charts.map((chart) => (
          <Staggered key={chart.key} queue={queue}>
            {chart}
          </Staggered>
        ))}
      </div>
    </div>
  );
}
