import type { Page } from '@playwright/test';

/** A text the audience sees on a slide: its words (cut to 60 characters), rendered size and where it is. */
export interface SlideText {
  text: string;
  /** The rendered size in CSS px: the computed font size times any transform's scale. */
  px: number;
  /** The element's class path, to find it. */
  where: string;
  /** Part of it lies outside a box that clips it (cut off at a panel's edge); map labels at the map's edge do not count. */
  clipped: boolean;
}

/**
 * Every text the audience can see, with its rendered size: text nodes in elements that are shown
 * (not display:none, visibility:hidden or fully transparent, through every ancestor), with a box
 * of some size inside the viewport; screen-reader-only text (clipped to a pixel) is left out.
 */
export async function visibleTexts(page: Page): Promise<SlideText[]> {
  return page.evaluate(() => {
    const out: Array<{ text: string; px: number; where: string; clipped: boolean }> = [];
    const viewport = { w: window.innerWidth, h: window.innerHeight };
    const shown = (element: Element): boolean => {
      for (let e: Element | null = element; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse' || Number(style.opacity) === 0) return false;
        if (e.classList.contains('visually-hidden')) return false;
      }
      return true;
    };
    const scaleOf = (element: Element): number => {
      if (element instanceof SVGGraphicsElement) {
        const m = element.getScreenCTM();
        return m ? Math.hypot(m.a, m.b) : 1;
      }
      if (element instanceof HTMLElement && element.offsetWidth > 0) return element.getBoundingClientRect().width / element.offsetWidth;
      return 1;
    };
    const pathOf = (element: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = element; e && parts.length < 4; e = e.parentElement) {
        const className = typeof e.className === 'string' ? e.className.trim() : '';
        parts.unshift(e.localName + (className ? `.${className.split(/\s+/).join('.')}` : ''));
      }
      return parts.join(' > ');
    };
    const clippedBy = (element: Element, rect: DOMRect): boolean => {
      if (element.closest('.leaflet-container, .map-inset')) return false;
      for (let e = element.parentElement; e && e !== document.body; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const box = e.getBoundingClientRect();
        if (rect.bottom > box.bottom + 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.left < box.left - 1) return true;
      }
      return false;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      if (!text) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, title, desc, noscript')) continue;
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width >= 2 && r.height >= 2 && r.right > 0 && r.bottom > 0 && r.left < viewport.w && r.top < viewport.h);
      if (rects.length === 0 || !shown(parent)) continue;
      const px = parseFloat(getComputedStyle(parent).fontSize) * scaleOf(parent);
      out.push({ text: text.slice(0, 60), px: Math.round(px * 10) / 10, where: pathOf(parent), clipped: rects.some((r) => clippedBy(parent, r)) });
    }
    return out;
  });
}

/** Elements that would need scrolling to show all they hold: the page itself, or any shown box that scrolls. */
export async function scrollingBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollHeight > window.innerHeight + 1) out.push('the page');
    for (const element of document.querySelectorAll('body *')) {
      const style = getComputedStyle(element);
      if (!['auto', 'scroll'].includes(style.overflowY) && !['auto', 'scroll'].includes(style.overflowX)) continue;
      if (element.closest('.leaflet-container')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      if (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1) out.push(`${element.localName}.${String(element.className)}`);
    }
    return out;
  });
}
