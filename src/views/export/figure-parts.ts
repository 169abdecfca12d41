import { keepInExport } from '../../lib/capture';

/** The report figures the export menu makes: the dashboard's views together, the map alone, the timeline alone. */
export type FigureKind = 'dashboard' | 'map' | 'timeline';

type FigureView = 'map' | 'timeline' | 'charts';

/** Where each view is, and its parts a figure shows, top to bottom: heading and summary, the drawing, its key. */
const VIEWS: Record<FigureView, { region: string; parts: readonly string[] }> = {
  map: { region: '.region-map', parts: ['.map-head', '.map-frame', '.map-foot'] },
  timeline: { region: '.region-timeline', parts: ['.tl-head', '.tl-legend', '.tl-plot'] },
  charts: { region: '.region-charts', parts: ['.charts-panel > h2', '.charts-grid'] },
};

/** The views of each figure, as rows of blocks side by side. */
const LAYOUTS: Record<FigureKind, FigureView[][]> = {
  dashboard: [['map', 'timeline'], ['charts']],
  map: [['map']],
  timeline: [['timeline']],
};

/** On screen: it has a size (or nothing has, as in jsdom, which lays nothing out). */
function shown(element: Element): element is HTMLElement {
  if (!(element instanceof HTMLElement)) return false;
  const box = element.getBoundingClientRect();
  return (box.width > 0 && box.height > 0) || element.ownerDocument.documentElement.getBoundingClientRect().width === 0;
}

/**
 * The elements a report figure captures, as rows of blocks of parts: not the views' controls and
 * lists (toolbars, date fields, the place list), only what reads as a figure. A view that is not
 * on screen (hidden while presenting) is left out. Empty when none of the views is there.
 */
export function figureParts(kind: FigureKind, root: ParentNode = document): HTMLElement[][][] {
  return LAYOUTS[kind]
    .map((row) =>
      row
        .map((view) => {
          const region = root.querySelector(VIEWS[view].region);
          return region ? VIEWS[view].parts.map((part) => region.querySelector(part)).filter((element): element is HTMLElement => element !== null && shown(element)) : [];
        })
        .filter((block) => block.length > 0),
    )
    .filter((row) => row.length > 0);
}

/** Form fields and other widgets a person works, never data. */
const CONTROLS = 'input, select, textarea, [role="slider"], [role="switch"], [role="toolbar"], [role="searchbox"], [role="combobox"], [role="spinbutton"]';

/**
 * Whether an element is a control a figure leaves out: a form field (with the label around it), a
 * slider, a closed disclosure (its toggle is all it shows; an open one keeps its summary as a
 * heading: without it the browser would print "Details"), a button. A button in a table cell
 * stays: it carries the cell's number (the partner matrix), not an action a reader could take.
 */
export function isFigureControl(element: Element): boolean {
  if (element.matches(CONTROLS)) return true;
  if (element.localName === 'details' && !element.hasAttribute('open')) return true;
  if (element.localName === 'label' && element.querySelector('input, select, textarea') !== null) return true;
  if (element.localName === 'button' || element.getAttribute('role') === 'button') return element.closest('td, th') === null;
  return false;
}

/** What a report figure copies: what every export copies (keepInExport), less the controls. */
export function keepInFigure(node: Node): boolean {
  if (node instanceof Element && isFigureControl(node)) return false;
  return keepInExport(node);
}
