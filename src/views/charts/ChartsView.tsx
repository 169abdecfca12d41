import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { PairChart } from './PairChart';
import { PartnerChart } from './PartnerChart';
import { PartnerKindChart } from './PartnerKindChart';
import { SectorChart } from './SectorChart';
import { YearChart } from './YearChart';
import './charts.css';
import { useReportDrawn } from '../ready-marks';
import { usePresenting } from '../../store/use-controls';
import { useProjectorScale } from '../use-projector-scale';

/**
 * In which sectors, with whom, and when. Each chart draws its own context (every filter but the
 * one it sets) and highlights its selection; pressing a bar or cell filters the other views.
 */
export function ChartsView() {
  useReportDrawn('charts', true);
  const { t } = useTranslation();
  const presenting = usePresenting();
  const factor = useProjectorScale();
  return (
    // The factor is a CSS variable too, for what charts.css draws (swatches, outlines, the matrix).
    <div className={presenting ? 'charts-panel is-presenting' : 'charts-panel'} style={{ '--projector-scale': factor } as CSSProperties}>
      <h2>{t('charts.view.heading')}</h2>
      <p className="muted charts-intro">{t('charts.view.intro')}</p>
      <div className="charts-grid">
        {/* Each chart takes a new snapshot up in a task of its own (useStaggeredPanel): recharts commits a
            chart in several passes, and input and paint come between them instead of waiting for all five. */}
        <SectorChart />
        <PartnerChart />
        <PartnerKindChart />
        <YearChart />
        <PairChart />
      </div>
    </div>
  );
}
