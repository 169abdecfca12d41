import { PairChart } from './PairChart';
import { PartnerChart } from './PartnerChart';
import { PartnerKindChart } from './PartnerKindChart';
import { SectorChart } from './SectorChart';
import { YearChart } from './YearChart';
import './charts.css';
import { useReportDrawn } from '../ready-marks';

/**
 * In which sectors, with whom, and when. Each chart draws its own context (every filter but the
 * one it sets) and highlights its selection; pressing a bar or cell filters the other views.
 */
export function ChartsView() {
  useReportDrawn('charts', true);
  return (
    <div className="charts-panel">
      <h2>Charts</h2>
      <p className="muted charts-intro">Press a bar or cell to filter every other view; press it again, or remove its chip, to undo.</p>
      <div className="charts-grid">
        <SectorChart />
        <PartnerChart />
        <PartnerKindChart />
        <YearChart />
        <PairChart />
      </div>
    </div>
  );
}
