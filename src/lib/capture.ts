/**
 * Pictures of page elements for files a person takes away (a PNG, a handout, slides): what a
 * capture copies from the page and what it leaves out, so it looks as on screen and never fetches
 * from outside the page's origin. html-to-image is loaded on the first capture.
 */

/** Elements marked with this attribute (buttons, toggles) are left out of exported images. */
export const EXPORT_SKIP_ATTRIBUTE = 'data-export-skip';

function isSameOrigin(url: string): boolean {
  if (url === '' || url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url, window.location.href).origin === window.location.origin;
  } catch {
    return false;
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function outsideCssUrl(value: string): boolean {
  return [...value.matchAll(/url\((['"]?)([^'")]+)\1\)/g)].some((match) => !isSameOrigin(match[2]!));
}

/**
 * What html-to-image may copy: no controls, and nothing that would make it fetch from outside the
 * page's origin (images and backgrounds from elsewhere are dropped; web fonts are never fetched,
 * see skipFonts). html-to-image copies an <svg> whole without asking about its children, so an
 * <svg> holding an outside <image> is dropped whole.
 */
export function keepInExport(node: Node): boolean {
  if (!(node instanceof Element)) return true;
  if (node.hasAttribute(EXPORT_SKIP_ATTRIBUTE)) return false;
  if (node instanceof HTMLIFrameElement) return false;
  if (node instanceof HTMLImageElement) return isSameOrigin(node.currentSrc || node.src);
  if (node.namespaceURI === SVG_NS && (node.localName === 'svg' || node.localName === 'image')) {
    const images = node.localName === 'image' ? [node] : [...node.getElementsByTagNameNS(SVG_NS, 'image')];
    if (images.some((image) => !isSameOrigin(image.getAttribute('href') ?? image.getAttribute('xlink:href') ?? ''))) return false;
  }
  const style = getComputedStyle(node);
  if (outsideCssUrl(`${style.backgroundImage} ${style.getPropertyValue('mask-image')}`)) return false;
  return !isScrolledOut(node);
}

/**
 * True for an element wholly outside the box of an ancestor that clips it (a scrolled list, the
 * map's frame): it cannot show in the image, and leaving it out keeps a long list from making the
 * capture slow. Elements of no size (e.g. Leaflet's panes, whose children overflow them) are kept.
 */
function isScrolledOut(node: Element): boolean {
  if (node.namespaceURI === SVG_NS && node.localName !== 'svg') return false;
  const box = node.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return false;
  for (let parent = node.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
    const style = getComputedStyle(parent);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = parent.getBoundingClientRect();
    if (box.bottom <= clip.top || box.top >= clip.bottom || box.right <= clip.left || box.left >= clip.right) return true;
  }
  return false;
}

/** SVG properties that stylesheets set (e.g. a class with `fill`) and an exported copy must keep. */
export const SVG_STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

/**
 * html-to-image copies an <svg> as markup, so what stylesheets give its shapes (fill, stroke, font)
 * is lost and a shape styled only by a class turns black. This writes the computed values into
 * each shape's style attribute for the capture and returns a function that puts them back.
 */
export function inlineSvgStyles(root: Element): () => void {
  const saved: Array<[Element & ElementCSSInlineStyle, string | null, string[]]> = [];
  // Read everything first, then write: interleaving would restyle the page once per element.
  for (const svg of root.getElementsByTagNameNS(SVG_NS, 'svg')) {
    for (const element of svg.querySelectorAll('*')) {
      if (!('style' in element)) continue;
      const styled = element as Element & ElementCSSInlineStyle;
      const computed = getComputedStyle(styled);
      saved.push([styled, styled.getAttribute('style'), SVG_STYLE_PROPERTIES.map((property) => computed.getPropertyValue(property))]);
    }
  }
  for (const [element, , values] of saved) {
    SVG_STYLE_PROPERTIES.forEach((property, i) => {
      if (values[i]) element.style.setProperty(property, values[i]!);
    });
  }
  return () => {
    for (const [element, style] of saved) {
      if (style === null) element.removeAttribute('style');
      else element.setAttribute('style', style);
    }
  };
}

/**
 * The CSS properties copied onto each element of the capture. html-to-image copies every computed
 * property by default (about 350 per element; 20 s for the dashboard at 10,000 initiatives); these
 * are the ones that change how this app looks. Anything else takes its initial value.
 */
export const CAPTURED_STYLE_PROPERTIES = [
  'display', 'position', 'top', 'right', 'bottom', 'left', 'z-index', 'float', 'clear', 'box-sizing',
  'width', 'height', 'min-width', 'min-height', 'max-width', 'max-height', 'aspect-ratio',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-style', 'border-right-style', 'border-bottom-style', 'border-left-style',
  'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color',
  'border-top-left-radius', 'border-top-right-radius', 'border-bottom-right-radius', 'border-bottom-left-radius',
  'border-collapse', 'border-spacing', 'table-layout', 'caption-side', 'empty-cells',
  'outline-width', 'outline-style', 'outline-color', 'outline-offset', 'box-shadow',
  'background-color', 'background-image', 'background-position', 'background-size', 'background-repeat', 'background-clip',
  'color', 'opacity', 'visibility', 'overflow-x', 'overflow-y', 'text-overflow', 'clip-path', 'transform', 'transform-origin',
  'font-family', 'font-size', 'font-style', 'font-weight', 'font-variant-numeric', 'line-height', 'letter-spacing', 'word-spacing',
  'text-align', 'text-decoration-line', 'text-decoration-color', 'text-decoration-style', 'text-transform', 'text-indent', 'text-shadow',
  'white-space', 'word-break', 'overflow-wrap', 'hyphens', 'vertical-align', 'writing-mode', 'direction', 'unicode-bidi',
  'list-style-type', 'list-style-position', 'list-style-image',
  'flex-direction', 'flex-wrap', 'flex-grow', 'flex-shrink', 'flex-basis', 'order',
  'grid-template-columns', 'grid-template-rows', 'grid-template-areas', 'grid-auto-flow', 'grid-auto-columns', 'grid-auto-rows',
  'grid-column-start', 'grid-column-end', 'grid-row-start', 'grid-row-end',
  'row-gap', 'column-gap', 'align-items', 'align-self', 'align-content', 'justify-items', 'justify-self', 'justify-content', 'place-items',
  'object-fit', 'object-position', 'image-rendering', 'pointer-events', 'content', 'quotes', 'counter-reset', 'counter-increment',
  ...SVG_STYLE_PROPERTIES,
];

export interface CaptureOptions {
  /** Device pixels per CSS pixel of the picture (2: sharp on a projector). */
  ratio: number;
  /** What to copy; `keepInExport` by default. */
  filter?: (node: Node) => boolean;
  /** @font-face rules with inlined fonts for the faces the picture draws (see styles/cjk-font.ts); the copy fetches no fonts. */
  fontEmbedCSS?: string;
  backgroundColor?: string;
  /** Set on the copy of `node` itself (e.g. `position: static` for an element fixed on screen). */
  style?: Partial<CSSStyleDeclaration>;
}

/** A canvas of `node` as on screen, copied with the filter; nothing is fetched from outside the origin. */
export async function captureElement(node: HTMLElement, { ratio, filter = keepInExport, fontEmbedCSS, backgroundColor = '#ffffff', style }: CaptureOptions): Promise<HTMLCanvasElement> {
  // Loaded on the first capture: nothing on the first paint needs it.
  const { toCanvas } = await import('html-to-image');
  const restore = inlineSvgStyles(node);
  try {
    return await toCanvas(node, {
      pixelRatio: ratio,
      backgroundColor,
      skipFonts: true,
      ...(fontEmbedCSS ? { fontEmbedCSS } : {}),
      ...(style ? { style } : {}),
      filter,
      includeStyleProperties: CAPTURED_STYLE_PROPERTIES,
    });
  } finally {
    restore();
  }
}

/** The canvas as an image file; null when the browser could not encode it. */
export function canvasToBlob(canvas: HTMLCanvasElement, type = 'image/png', quality?: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, type, quality));
}
