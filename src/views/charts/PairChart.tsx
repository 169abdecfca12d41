import { useMemo } from 'react';
import { COMPANY_KINDS, toPairMatrix, type PairMatrix } from '../../derive/aggregate-partner-pairs';
import { formatCount, ORGANISATION_KIND_LABELS } from '../../model/labels';
import { PARTNER_KIND_COLOURS } from '../palette';
import { useActions } from '../../store/use-controls';
import { useStaggeredPanel } from '../../store/use-panel';
import { ChartCard } from './ChartCard';
import { initiatives } from './chart-format';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { isPairSelected, togglePartnerPair } from './chart-updates';
import { matrixShade } from './matrix-shade';
import { PairTable } from './PairTable';
import { PartnerMatrix } from './PartnerMatrix';

const ROWS = 10;
const COLUMNS = 10;
const NO_PAIR: readonly string[] = [];

function legendFor(matrix: PairMatrix): LegendItem[] {
  const kinds = [...new Set([...matrix.companies, ...matrix.counterparts].map((o) => o.kind))];
  kinds.sort((a, b) => Number(COMPANY_KINDS.has(b)) - Number(COMPANY_KINDS.has(a)));
  const items: LegendItem[] = kinds.map((kind) => ({ key: kind, label: ORGANISATION_KIND_LABELS[kind], colour: PARTNER_KIND_COLOURS[kind] }));
  items.push({ key: 'few', label: '1 initiative together', colour: matrixShade(1, Math.max(matrix.max, 1)).background });
  if (matrix.max > 1) items.push({ key: 'many', label: `${formatCount(matrix.max)} together`, colour: matrixShade(matrix.max, matrix.max).background });
  return items;
}

/** Who works with whom: companies against the governments, parks and institutions they sign with. */
export function PairChart() {
  const panel = useStaggeredPanel();
  const { dataset, index, filters, rowsExcept } = panel;
  const { updateFilters } = useActions();
  const context = rowsExcept(['partners']);
  const pair = filters.partnerMatch === 'all' ? filters.partners : NO_PAIR;
  const matrix = useMemo(() => toPairMatrix(index, context, dataset, { rows: ROWS, columns: COLUMNS, keep: pair }), [index, context, dataset, pair]);
  const press = (company: string, counterpart: string) => updateFilters((f) => togglePartnerPair(f, company, counterpart));
  const isSelected = (company: string, counterpart: string) => isPairSelected(filters, company, counterpart);
  const hidden = [
    matrix.hiddenCompanies > 0 ? `${formatCount(matrix.hiddenCompanies)} more companies` : '',
    matrix.hiddenCounterparts > 0 ? `${formatCount(matrix.hiddenCounterparts)} more governments, parks and institutions` : '',
  ].filter(Boolean);
  const footnote = [
    matrix.unpaired > 0 ? `Not in the matrix: ${initiatives(matrix.unpaired)} with no company–government pair (a company alone or with other companies).` : '',
    hidden.length > 0 ? `Not shown: ${hidden.join(' and ')} with fewer initiatives.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <ChartCard
      panel={panel}
      className="half"
      title="Who works with whom"
      counted={`Initiatives naming both a company (row) and a government, park or institution (column): the ${ROWS} busiest of each, ${initiatives(matrix.paired)} in all. Press a cell to see those initiatives; press again to undo.`}
      own={['partners']}
      empty={matrix.paired === 0 ? 'No initiative here pairs a company with a government, park or institution.' : null}
      legend={<ChartLegend label="Partner kinds and shading" items={legendFor(matrix)} />}
      footnote={footnote || null}
      chart={<PartnerMatrix matrix={matrix} isSelected={isSelected} selectedPartners={filters.partners} onPress={press} />}
      table={<PairTable matrix={matrix} isSelected={isSelected} onPress={press} />}
    />
  );
}
