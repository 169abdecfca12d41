import type { Manifest } from '../../data/schema';
import { formatCount } from '../../model/labels';

const EXPORT_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** The credit line printed at the foot of an exported image: where the data comes from and when. */
export function toExportCredit(manifest: Manifest, at: Date): string {
  const exported = `Exported ${EXPORT_DATE.format(at)}.`;
  if (manifest.synthetic) return `SYNTHETIC TEST DATA, not real initiatives. Source: ${manifest.title}, generated for tests. ${exported}`;
  return `Source: ${manifest.title}; every initiative is traced to an archived source text. ${exported}`;
}

/** "Filters: Sector: Energy storage · Partner: CATL", or that there are none. */
export function toFiltersLine(labels: readonly string[]): string {
  return labels.length === 0 ? 'Filters: none (all initiatives)' : `Filters: ${labels.join(' · ')}`;
}

export function toShowingLine(shown: number, total: number): string {
  return `Showing ${formatCount(shown)} of ${formatCount(total)} initiatives`;
}
