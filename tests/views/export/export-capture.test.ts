// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { EXPORT_SKIP_ATTRIBUTE, inlineSvgStyles, keepInExport } from '../../../src/views/export/export-capture';

describe(keepInExport, () => {
  it('leaves out controls marked to skip, frames, and images from another origin', () => {
    const button = document.createElement('button');
    button.setAttribute(EXPORT_SKIP_ATTRIBUTE, '');
    expect(keepInExport(button)).toBe(false);
    expect(keepInExport(document.createElement('iframe'))).toBe(false);
    const outside = document.createElement('img');
    outside.src = 'https://tile.example.org/1/2/3.png';
    expect(keepInExport(outside)).toBe(false);
    const local = document.createElement('img');
    local.src = '/data/geo/marker.png';
    expect(keepInExport(local)).toBe(true);
    const svgImage = document.createElementNS('http://www.w3.org/2000/svg', 'image');
    svgImage.setAttribute('href', 'https://tile.example.org/a.png');
    expect(keepInExport(svgImage)).toBe(false);
    // html-to-image copies an <svg> whole, so the <svg> around an outside image goes.
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.append(svgImage.cloneNode());
    expect(keepInExport(svg)).toBe(false);
    const tiles = document.createElement('div');
    tiles.style.backgroundImage = 'url("https://tile.example.org/1.png")';
    document.body.append(tiles);
    expect(keepInExport(tiles)).toBe(false);
    tiles.style.backgroundImage = 'url("/data/geo/pattern.png")';
    expect(keepInExport(tiles)).toBe(true);
    tiles.remove();
    expect(keepInExport(document.createTextNode('text'))).toBe(true);
    expect(keepInExport(document.createElement('div'))).toBe(true);
  });
});

describe(inlineSvgStyles, () => {
  it('writes what the stylesheet gives SVG shapes into their style for the capture, then puts it back', () => {
    const sheet = document.createElement('style');
    sheet.textContent = '.lane { fill: rgb(1, 2, 3); stroke: rgb(4, 5, 6); }';
    document.head.append(sheet);
    const host = document.createElement('div');
    host.innerHTML = '<svg><rect class="lane"></rect><rect style="opacity: 0.5"></rect></svg>';
    document.body.append(host);
    const [lane, faded] = [...host.querySelectorAll('rect')] as SVGRectElement[];
    const restore = inlineSvgStyles(host);
    expect(lane!.style.getPropertyValue('fill')).toBe('rgb(1, 2, 3)');
    expect(lane!.style.getPropertyValue('stroke')).toBe('rgb(4, 5, 6)');
    expect(faded!.style.getPropertyValue('opacity')).toBe('0.5');
    restore();
    expect(lane!.hasAttribute('style')).toBe(false);
    expect(faded!.getAttribute('style')).toBe('opacity: 0.5');
    host.remove();
    sheet.remove();
  });
});
