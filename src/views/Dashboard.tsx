import { useTranslation } from 'react-i18next';
import type { LoadedDataset } from '../data/load-dataset';
import { PresentationLayer, PresentButton } from '../present';
import { useLive } from '../store/use-controls';
import { DetailsPanel } from './details/DetailsPanel';
import { ExportMenu } from './export/ExportMenu';
import { FilterBar } from './filters/FilterBar';
import { InitiativeList } from './list/InitiativeList';
import { loadChartsView, loadMapView, loadTableView, loadTimelineView } from './panel-chunks';
import { ChunkPanel } from './shell/ChunkPanel';
import { SkipLinks } from './shell/SkipLinks';
import { CopyLinkButton } from './shell/CopyLinkButton';
import { DataProblemsPanel } from './shell/DataProblemsPanel';
import { DeferredPanel } from './shell/DeferredPanel';
import { DashboardHeader } from './shell/DashboardHeader';
import { UrlNotices } from './shell/UrlNotices';

/** The dashboard's layout: where each panel sits. State and derivations come from <DashboardProvider>. */
export function Dashboard({ loaded }: { loaded: LoadedDataset }) {
  const { t } = useTranslation();
  const { lead, presenting } = useLive((s) => ({ lead: s.lead, presenting: s.present.on }));
  return (
    <>
      <SkipLinks />
      <DashboardHeader manifest={loaded.dataset.manifest}>
        <PresentButton />
        <CopyLinkButton />
        <ExportMenu />
      </DashboardHeader>
      <UrlNotices />
      <DataProblemsPanel loaded={loaded} />
      <FilterBar />
      <main className={`dashboard lead-${lead}${presenting ? ' presenting' : ''}`}>
        <div className="dashboard-top">
          <section className="region region-map" aria-label={t('shell.regions.map')}>
            <DeferredPanel panel="map">
              <ChunkPanel load={loadMapView} />
            </DeferredPanel>
          </section>
          <section className="region region-timeline" aria-label={t('shell.regions.timeline')}>
            <DeferredPanel panel="timeline">
              <ChunkPanel load={loadTimelineView} />
            </DeferredPanel>
          </section>
          <aside className="region region-side" aria-label={t('shell.regions.side')}>
            <DetailsPanel />
            <InitiativeList />
          </aside>
        </div>
        <section className="region region-table" aria-label={t('table.region')}>
          <DeferredPanel panel="table">
            <ChunkPanel load={loadTableView} />
          </DeferredPanel>
        </section>
        <section className="region region-charts" aria-label={t('shell.regions.charts')}>
          <DeferredPanel panel="charts">
            <ChunkPanel load={loadChartsView} />
          </DeferredPanel>
        </section>
      </main>
      {/* Not lazy itself: P to present works as soon as the dashboard shows; its screens come in a chunk of their own. */}
      <PresentationLayer deck={loaded.deck} />
    </>
  );
}
