import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPANY_KINDS, toPairMatrix, type PairMatrix } from '../../derive/aggregate-partner-pairs';
import type { Formatter } from '../../i18n/format';
import { useFormatter } from '../../i18n/use-formatter';
import type { Dataset } from '../../data/dataset';
import { partnerKindColour } from '../palette';
import { useActions } from '../../store/use-controls';
import { useStaggeredPanel } from '../../store/use-panel';
import { ChartCard } from './ChartCard';
import { initiatives } from './chart-format';
import { kindName, partnerName, type ChartName } from './chart-labels';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { isPairSelected, togglePartnerPair } from './chart-updates';
import { matrixShade } from './matrix-shade';
import { PairTable } from './PairTable';
import { PartnerMatrix } from './PartnerMatrix';

const ROWS = 10;
const COLUMNS = 10;
const NO_PAIR: readonly string[] = [];

function legendFor(format: Formatter, dataset: Dataset, matrix: PairMatrix): LegendItem[] {
  const { t } = format;
  const kinds = [...new Set([...matrix.companies, ...matrix.counterparts].map((o) => o.kind))];
  kinds.sort((a, b) => Number(COMPANY_KINDS.has(b)) - Number(COMPANY_KINDS.has(a)));
  const items: LegendItem[] = kinds.map((kind) => ({ key: kind, label: kindName(dataset, format.locale, kind), colour: partnerKindColour(kind) }));
  items.push({ key: 'few', label: t('charts.pairs.legendOne'), colour: matrixShade(1, Math.max(matrix.max, 1)).background });
  if (matrix.max > 1) items.push({ key: 'many', label: t('charts.pairs.legendMany', { n: format.count(matrix.max) }), colour: matrixShade(matrix.max, matrix.max).background });
  return items;
}

/** What the footnote says the matrix leaves out: the unpaired initiatives, and organisations past the top rows and columns. */
function footnoteFor(format: Formatter, matrix: PairMatrix): string {
  const { t } = format;
  const hidden = [
    matrix.hiddenCompanies > 0 ? t('charts.pairs.moreCompanies', { count: matrix.hiddenCompanies, n: format.count(matrix.hiddenCompanies) }) : '',
    matrix.hiddenCounterparts > 0 ? t('charts.pairs.moreCounterparts', { count: matrix.hiddenCounterparts, n: format.count(matrix.hiddenCounterparts) }) : '',
  ].filter(Boolean);
  return [
    matrix.unpaired > 0 ? t('charts.pairs.unpaired', { initiatives: initiatives(format, matrix.unpaired) }) : '',
    hidden.length > 0 ? t('charts.pairs.hidden', { list: format.list(hidden) }) : '',
  ]
    .filter(Boolean)
    .join(format.locale === 'zh' ? '' : ' ');
}

/** Who works with whom: companies against the governments, parks and institutions they sign with. */
export function PairChart() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { locale } = format;
  const panel = useStaggeredPanel();
  const { dataset, index, filters, rowsExcept } = panel;
  const { updateFilters } = useActions();
  const context = rowsExcept(['partners']);
  const pair = filters.partnerMatch === 'all' ? filters.partners : NO_PAIR;
  const matrix = useMemo(
    () => toPairMatrix(index, context, dataset, { rows: ROWS, columns: COLUMNS, keep: pair, labelOf: (id) => partnerName(dataset, id, locale).text, locale }),
    [index, context, dataset, pair, locale],
  );
  // The names on the matrix's axes, in the display language.
  const nameOf = useMemo(() => {
    const names = new Map<string, ChartName>([...matrix.companies, ...matrix.counterparts].map((o) => [o.id, partnerName(dataset, o.id, locale)]));
    return (id: string): ChartName => names.get(id) ?? partnerName(dataset, id, locale);
  }, [matrix, dataset, locale]);
  const press = (company: string, counterpart: string) => updateFilters((f) => togglePartnerPair(f, company, counterpart));
  const isSelected = (company: string, counterpart: string) => isPairSelected(filters, company, counterpart);
  const footnote = footnoteFor(format, matrix);
  return (
    <ChartCard
      panel={panel}
      className="half"
      title={t('charts.pairs.title')}
      counted={t('charts.pairs.counted', { top: format.count(ROWS), initiatives: initiatives(format, matrix.paired) })}
      own={['partners']}
      empty={matrix.paired === 0 ? t('charts.pairs.empty') : null}
      legend={<ChartLegend label={t('charts.pairs.legendLabel')} items={legendFor(format, dataset, matrix)} />}
      footnote={footnote || null}
      chart={<PartnerMatrix matrix={matrix} nameOf={nameOf} isSelected={isSelected} selectedPartners={filters.partners} onPress={press} />}
      table={<PairTable matrix={matrix} nameOf={nameOf} isSelected={isSelected} onPress={press} />}
    />
  );
}
