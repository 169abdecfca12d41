import type { ReactNode } from 'react';
import type { Manifest } from '../../data/schema';
import { useDerivationStatus, useLive } from '../../store/use-controls';
import { usePanel } from '../../store/use-panel';
import { CurateLink } from '../../curate/CurateLink';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { Header } from './Header';
import { CiteDatasetButton } from './CiteDatasetButton';
import { OfflineCopyButton } from './OfflineCopyButton';

/**
 * The header with the count of the panels' rows (deferred): while a filter change is recounted with
 * the panels it is marked busy, so it never shows a stale count as current; timeline playback
 * (which changes it several times a second) silences it for screen readers.
 */
export function DashboardHeader({ manifest, children }: { manifest: Manifest; children?: ReactNode }) {
  const { rows, index } = usePanel();
  const { recounting } = useDerivationStatus();
  const playing = useLive((s) => s.playhead !== null);
  return (
    <Header manifest={manifest} shown={rows.length} total={index.rows.length} quiet={playing} updating={recounting}>
      <LanguageSwitch />
      {children}
      <CiteDatasetButton />
      <OfflineCopyButton />
      <CurateLink />
    </Header>
  );
}
