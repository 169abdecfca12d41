import { SVG_STYLE_PROPERTIES } from '../../lib/capture';

/**
 * A page element drawn again as plain SVG shapes and text (not a <foreignObject>, which report
 * tools such as PowerPoint, Word and Inkscape do not draw): each box's background, borders and
 * outline as rectangles, each line of text as a <text> where the page set it, and each <svg> inside
 * (the charts' drawings) copied with the styles the page gives it. Positions are CSS pixels from the
 * element's top left.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

export const escapeXml = (text: string): string => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const round = (n: number): number => Math.round(n * 100) / 100;

/** A character laid out on the page, and its box. */
export interface PlacedChar {
  char: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Characters of one text node grouped into the lines the page broke them into: a new line where a
 * character starts on another row (another column in vertical text). Collapsed spaces are not there.
 */
export function groupLines(chars: readonly PlacedChar[], vertical: boolean): PlacedChar[][] {
  const lines: PlacedChar[][] = [];
  let line: PlacedChar[] = [];
  for (const c of chars) {
    const last = line[line.length - 1];
    const sameLine = last && (vertical ? Math.abs(c.left - last.left) < 1 : Math.abs(c.top - last.top) < 1);
    if (last && !sameLine) {
      lines.push(line);
      line = [];
    }
    line.push(c);
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** Han characters and full-width punctuation stand upright in vertical text; other characters lie on their side. */
export const standsUpright = (char: string): boolean => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(char);

let colourCanvas: CanvasRenderingContext2D | null = null;
const colourCache = new Map<string, { hex: string; alpha: number } | null>();

/**
 * A CSS colour as "#rrggbb" and an opacity, whatever syntax the page computed (rgb(), color-mix(),
 * color(srgb …)): drawn on one pixel and read back, so every SVG reader understands it. Null when transparent.
 */
export function plainColour(css: string): { hex: string; alpha: number } | null {
  if (!css || css === 'transparent' || css === 'none') return null;
  if (colourCache.has(css)) return colourCache.get(css)!;
  colourCanvas ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  let result: { hex: string; alpha: number } | null = null;
  if (colourCanvas) {
    colourCanvas.clearRect(0, 0, 1, 1);
    colourCanvas.fillStyle = '#000000';
    colourCanvas.fillStyle = css;
    colourCanvas.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = colourCanvas.getImageData(0, 0, 1, 1).data;
    if (a! > 0) result = { hex: `#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`, alpha: round(a! / 255) };
  }
  colourCache.set(css, result);
  return result;
}

const fillOf = (css: string): string | null => {
  const colour = plainColour(css);
  if (!colour) return null;
  return colour.alpha < 1 ? `fill="${colour.hex}" fill-opacity="${colour.alpha}"` : `fill="${colour.hex}"`;
};

let metricsCanvas: CanvasRenderingContext2D | null = null;

/** The font's ascent and descent at the style's size, to put the baseline where the page has it. */
function fontMetrics(style: CSSStyleDeclaration): { ascent: number; descent: number } {
  const size = parseFloat(style.fontSize) || 16;
  metricsCanvas ??= document.createElement('canvas').getContext('2d');
  if (!metricsCanvas) return { ascent: size * 0.8, descent: size * 0.2 };
  metricsCanvas.font = `${style.fontStyle} ${style.fontWeight} ${size}px ${style.fontFamily}`;
  const m = metricsCanvas.measureText('Mg中');
  return { ascent: m.fontBoundingBoxAscent || size * 0.8, descent: m.fontBoundingBoxDescent || size * 0.2 };
}

/** True when an element between the text and the root turns it half round (the matrix's English column labels). */
function turnedHalfRound(element: Element, root: Element): boolean {
  for (let e: Element | null = element; e && e !== root; e = e.parentElement) {
    const transform = getComputedStyle(e).transform;
    const match = /^matrix\(([^,]+),/.exec(transform);
    if (match && parseFloat(match[1]!) < -0.9) return true;
  }
  return false;
}

interface Origin {
  x: number;
  y: number;
}

/** What drawing an element gives: the markup, and how far right and down it reached. */
export interface DrawnSvg {
  markup: string;
  width: number;
  height: number;
  /** Every character drawn, to find the fonts the file needs. */
  text: string;
}

class SvgWriter {
  parts: string[] = [];
  right = 0;
  bottom = 0;
  /** The top of the first thing drawn: a box that draws nothing (a heading left out) leaves no gap. */
  top = Infinity;
  text: string[] = [];
  constructor(
    readonly origin: Origin,
    readonly rootFont: string,
  ) {}

  reach(box: { top: number; right: number; bottom: number }) {
    this.top = Math.min(this.top, box.top - this.origin.y);
    this.right = Math.max(this.right, box.right - this.origin.x);
    this.bottom = Math.max(this.bottom, box.bottom - this.origin.y);
  }

  rect(x: number, y: number, width: number, height: number, fill: string, radius = 0) {
    if (width <= 0 || height <= 0) return;
    const rx = radius > 0 ? ` rx="${round(Math.min(radius, width / 2, height / 2))}"` : '';
    this.parts.push(`<rect x="${round(x - this.origin.x)}" y="${round(y - this.origin.y)}" width="${round(width)}" height="${round(height)}"${rx} ${fill}/>`);
  }

  box(element: Element, style: CSSStyleDeclaration) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    const radius = parseFloat(style.borderTopLeftRadius) || 0;
    const background = fillOf(style.backgroundColor);
    if (background) {
      this.reach(box);
      this.rect(box.left, box.top, box.width, box.height, background, radius);
    }
    const sides = [
      ['Top', box.left, box.top, box.width, 0],
      ['Bottom', box.left, box.bottom, box.width, 0],
      ['Left', box.left, box.top, 0, box.height],
      ['Right', box.right, box.top, 0, box.height],
    ] as const;
    for (const [side, x, y, w, h] of sides) {
      const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0;
      const fill = fillOf(style.getPropertyValue(`border-${side.toLowerCase()}-color`));
      if (width === 0 || !fill || style.getPropertyValue(`border-${side.toLowerCase()}-style`) === 'none') continue;
      // A side is a band `width` thick inside the box.
      const inset = side === 'Bottom' ? -width : side === 'Right' ? -width : 0;
      this.reach(box);
      if (h === 0) this.rect(x, y + inset, w, width, fill);
      else this.rect(x + inset, y, width, h, fill);
    }
    const outline = parseFloat(style.outlineWidth) || 0;
    const outlineColour = plainColour(style.outlineColor);
    if (outline > 0 && outlineColour && style.outlineStyle !== 'none') {
      const offset = (parseFloat(style.outlineOffset) || 0) + outline / 2;
      this.parts.push(
        `<rect x="${round(box.left - offset - this.origin.x)}" y="${round(box.top - offset - this.origin.y)}" width="${round(box.width + 2 * offset)}" height="${round(box.height + 2 * offset)}"${radius > 0 ? ` rx="${round(radius)}"` : ''} fill="none" stroke="${outlineColour.hex}" stroke-width="${round(outline)}"/>`,
      );
    }
  }

  textNode(node: Text, parent: Element, root: Element) {
    const content = node.data;
    if (!content.trim()) return;
    const style = getComputedStyle(parent);
    const fill = fillOf(style.color) ?? 'fill="#000000"';
    const range = document.createRange();
    const chars: PlacedChar[] = [];
    // One code point at a time (a Chinese character outside the BMP is two code units).
    let at = 0;
    for (const char of content) {
      range.setStart(node, at);
      range.setEnd(node, at + char.length);
      at += char.length;
      const rect = range.getClientRects()[0];
      if (rect && rect.width > 0 && rect.height > 0) chars.push({ char, left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
    }
    if (chars.length === 0) return;
    const vertical = style.writingMode.startsWith('vertical');
    const { ascent, descent } = fontMetrics(style);
    const size = parseFloat(style.fontSize) || 16;
    const font = [
      `font-size="${round(size)}"`,
      style.fontWeight !== '400' ? `font-weight="${style.fontWeight}"` : '',
      style.fontStyle !== 'normal' ? `font-style="${style.fontStyle}"` : '',
      style.fontFamily !== this.rootFont ? `font-family="${escapeXml(style.fontFamily)}"` : '',
      parent.closest('[lang]') ? `xml:lang="${escapeXml(parent.closest('[lang]')!.getAttribute('lang')!)}"` : '',
      fill,
    ]
      .filter(Boolean)
      .join(' ');
    const x = (n: number) => round(n - this.origin.x);
    const y = (n: number) => round(n - this.origin.y);
    // From the middle of a line's box to its baseline.
    const drop = (ascent - descent) / 2;
    for (const line of groupLines(chars, vertical)) {
      const words = line.map((c) => c.char).join('');
      this.text.push(words);
      for (const c of line) this.reach(c);
      const first = line[0]!;
      if (!vertical) {
        const middle = (first.top + first.bottom) / 2;
        this.parts.push(`<text x="${x(first.left)}" y="${y(middle + drop)}" ${font}>${escapeXml(words)}</text>`);
      } else if (turnedHalfRound(parent, root)) {
        // Set sideways and turned: it reads from the bottom up.
        const middle = (first.left + first.right) / 2;
        const start = Math.max(...line.map((c) => c.bottom));
        this.parts.push(`<text transform="translate(${x(middle + drop)} ${y(start)}) rotate(-90)" ${font}>${escapeXml(words)}</text>`);
      } else {
        for (const c of line) {
          const cx = x((c.left + c.right) / 2);
          const cy = y((c.top + c.bottom) / 2);
          const turn = standsUpright(c.char) ? '' : ` transform="rotate(90 ${cx} ${cy})"`;
          this.parts.push(`<text x="${cx}" y="${round(cy + drop)}" text-anchor="middle"${turn} ${font}>${escapeXml(c.char)}</text>`);
        }
      }
    }
  }

  svg(element: SVGSVGElement) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    this.reach(box);
    const copy = element.cloneNode(true) as SVGSVGElement;
    const originals = [...element.querySelectorAll('*')];
    const copies = [...copy.querySelectorAll('*')];
    // Read everything, then write, as the page's own capture does (inlineSvgStyles).
    const styles = originals.map((e) => {
      const computed = getComputedStyle(e);
      return SVG_STYLE_PROPERTIES.map((p) => [p, computed.getPropertyValue(p)] as const);
    });
    copies.forEach((e, i) => {
      if (e.hasAttribute('data-export-skip') || styles[i]!.some(([p, v]) => p === 'display' && v === 'none')) {
        e.remove();
        return;
      }
      const declared = styles[i]!.filter(([p, v]) => v && p !== 'display' && !(p === 'visibility' && v === 'visible')).map(([p, v]) => {
        const colour = (p === 'fill' || p === 'stroke') && v !== 'none' && !v.startsWith('url(') ? plainColour(v) : undefined;
        return `${p}:${colour === undefined ? v : colour ? colour.hex : 'none'}`;
      });
      e.setAttribute('style', declared.join(';'));
      e.removeAttribute('class');
      if (e instanceof SVGTextElement || e.localName === 'tspan') this.text.push(e.textContent ?? '');
    });
    copy.removeAttribute('class');
    copy.removeAttribute('style');
    copy.setAttribute('x', String(round(box.left - this.origin.x)));
    copy.setAttribute('y', String(round(box.top - this.origin.y)));
    copy.setAttribute('width', String(round(box.width)));
    copy.setAttribute('height', String(round(box.height)));
    if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${round(box.width)} ${round(box.height)}`);
    copy.setAttribute('overflow', 'visible');
    this.parts.push(new XMLSerializer().serializeToString(copy).replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, ''));
  }
}

function visit(writer: SvgWriter, element: Element, root: Element, keep: (node: Node) => boolean) {
  if (element !== root && !keep(element)) return;
  const style = getComputedStyle(element);
  if (style.display === 'none') return;
  if (element.namespaceURI === SVG_NS && element.localName === 'svg') {
    if (style.visibility !== 'hidden') writer.svg(element as SVGSVGElement);
    return;
  }
  if (style.visibility !== 'hidden' && parseFloat(style.opacity) !== 0) writer.box(element, style);
  for (const child of element.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      if (style.visibility !== 'hidden') writer.textNode(child as Text, element, root);
    } else if (child instanceof Element) {
      visit(writer, child, root, keep);
    }
  }
}

/**
 * `root` and what it holds (what `keep` keeps) as SVG markup at its size on screen. The root's own
 * font family is left to the file's <svg> element (`rootFont`); text in another family says it.
 */
export function drawElementAsSvg(root: HTMLElement, keep: (node: Node) => boolean): DrawnSvg & { rootFont: string } {
  const box = root.getBoundingClientRect();
  const rootFont = getComputedStyle(root).fontFamily;
  const writer = new SvgWriter({ x: box.left, y: box.top }, rootFont);
  visit(writer, root, root, keep);
  // Shifted up past what draws nothing at the top (the card's heading, left out for the chosen title).
  const top = Number.isFinite(writer.top) ? Math.max(0, writer.top) : 0;
  const markup = writer.parts.join('\n');
  return { markup: top > 0 ? `<g transform="translate(0 ${round(-top)})">\n${markup}\n</g>` : markup, width: Math.max(box.width, writer.right), height: Math.max(0, writer.bottom - top), text: writer.text.join(' '), rootFont };
}
