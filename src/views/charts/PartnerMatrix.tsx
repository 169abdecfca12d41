import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairMatrix } from '../../derive/aggregate-partner-pairs';
import { useFormatter } from '../../i18n/use-formatter';
import type { OrganisationKind } from '../../data/schema';
import { useCore } from '../../store/dashboard-context';
import { partnerKindColour } from '../palette';
import { initiatives, truncateLabel } from './chart-format';
import { kindName, withDetail, type ChartName } from './chart-labels';
import { matrixShade } from './matrix-shade';

export interface PartnerMatrixProps {
  matrix: PairMatrix;
  /** An organisation's name in the display language. */
  nameOf(id: string): ChartName;
  isSelected(company: string, counterpart: string): boolean;
  /** Organisations in the partner filter: their headers are marked. */
  selectedPartners: readonly string[];
  onPress(company: string, counterpart: string): void;
}

type Cell = [row: number, column: number];

function nextCell(matrix: PairMatrix, [r, c]: Cell, key: string): Cell | null {
  const steps: Record<string, Cell> = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] };
  const step = steps[key];
  if (!step) return null;
  for (let row = r + step[0], col = c + step[1]; row >= 0 && col >= 0 && row < matrix.companies.length && col < matrix.counterparts.length; row += step[0], col += step[1]) {
    if (matrix.counts[row]![col]! > 0) return [row, col];
  }
  return null;
}

function firstCell(matrix: PairMatrix): Cell | null {
  for (let r = 0; r < matrix.counts.length; r++) {
    const c = matrix.counts[r]!.findIndex((n) => n > 0);
    if (c >= 0) return [r, c];
  }
  return null;
}

/** Header labels longer than this many columns (a Chinese character is two) are cut short; the full name is in their title. */
const HEADER_COLUMNS = 26;

/**
 * Companies (rows) against counterparts (columns) as a table of buttons shaded by the number of
 * initiatives each pair shares; one tab stop, arrow keys move between pairs that share any.
 */
export function PartnerMatrix({ matrix, nameOf, isSelected, selectedPartners, onPress }: PartnerMatrixProps) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { dataset } = useCore();
  const [focus, setFocus] = useState<Cell | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const valid = focus && (matrix.counts[focus[0]]?.[focus[1]] ?? 0) > 0 ? focus : firstCell(matrix);
  const keyOf = ([r, c]: Cell) => `${r}:${c}`;
  const onKeyDown = (event: KeyboardEvent, cell: Cell) => {
    const next = nextCell(matrix, cell, event.key);
    if (!next) return;
    event.preventDefault();
    setFocus(next);
    buttons.current.get(keyOf(next))?.focus();
  };
  const header = (id: string, kind: OrganisationKind) => {
    const name = nameOf(id);
    const shown = truncateLabel(name.text, HEADER_COLUMNS);
    return (
      // lang: an English name in the Chinese matrix is set sideways like English (charts.css).
      <span className="matrix-label" lang={name.lang} title={withDetail(t, name.text, kindName(dataset, format.locale, kind))}>
        <span className="kind-dot" style={{ background: partnerKindColour(kind) }} aria-hidden="true" />
        {selectedPartners.includes(id) ? t('charts.label.selected', { label: shown }) : shown}
      </span>
    );
  };
  return (
    <div className="matrix-scroll">
      <table className="pair-matrix">
        <thead>
          <tr>
            <td className="matrix-corner">
              <span>{t('charts.pairs.cornerRows')}</span>
              <span>{t('charts.pairs.cornerColumns')}</span>
            </td>
            {matrix.counterparts.map((c) => (
              <th key={c.id} scope="col" className={`matrix-col ${selectedPartners.includes(c.id) ? 'selected' : ''}`}>
                {header(c.id, c.kind)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.companies.map((company, r) => (
            <tr key={company.id}>
              <th scope="row" className={`matrix-row ${selectedPartners.includes(company.id) ? 'selected' : ''}`}>
                {header(company.id, company.kind)}
              </th>
              {matrix.counterparts.map((counterpart, c) => {
                const n = matrix.counts[r]![c]!;
                if (n === 0) return <td key={counterpart.id} className="matrix-empty" />;
                const shade = matrixShade(n, matrix.max);
                const selected = isSelected(company.id, counterpart.id);
                const names = { company: nameOf(company.id).text, counterpart: nameOf(counterpart.id).text, initiatives: initiatives(format, n) };
                return (
                  <td key={counterpart.id}>
                    <button
                      type="button"
                      ref={(node) => {
                        if (node) buttons.current.set(keyOf([r, c]), node);
                        else buttons.current.delete(keyOf([r, c]));
                      }}
                      className={`matrix-cell ${selected ? 'selected' : ''}`}
                      style={{ background: shade.background, color: shade.text }}
                      tabIndex={valid && valid[0] === r && valid[1] === c ? 0 : -1}
                      aria-pressed={selected}
                      aria-label={selected ? t('charts.pairs.cellPressAgain', names) : t('charts.pairs.cellPress', names)}
                      title={t('charts.pairs.cell', names)}
                      onFocus={() => setFocus([r, c])}
                      onKeyDown={(event) => onKeyDown(event, [r, c])}
                      onClick={() => onPress(company.id, counterpart.id)}
                    >
                      {selected ? t('charts.label.selected', { label: format.count(n) }) : format.count(n)}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
