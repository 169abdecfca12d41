/**
 * Joins several static TrueType fonts (glyf outlines) of one family into one font: what the
 * handout's PDF needs, since jsPDF takes a single TTF while the Noto Sans SC package ships the
 * font in slices by Unicode range. The fonts must share units per em and vertical metrics (slices
 * of one font do). The result has the tables a PDF writer reads (head, hhea, maxp, OS/2, hmtx,
 * cmap, loca, glyf, name, post); layout tables (GSUB, GPOS) and hinting are left out.
 */

interface ParsedFont {
  tables: Map<string, Buffer>;
  numGlyphs: number;
  glyphs: Buffer[];
  /** [advance width, left side bearing] per glyph. */
  metrics: Array<[number, number]>;
  /** Code point to glyph id. */
  cmap: Map<number, number>;
}

function readTables(font: Buffer): Map<string, Buffer> {
  const tables = new Map<string, Buffer>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const entry = 12 + 16 * i;
    const tag = font.toString('latin1', entry, entry + 4);
    const offset = font.readUInt32BE(entry + 8);
    const length = font.readUInt32BE(entry + 12);
    tables.set(tag, font.subarray(offset, offset + length));
  }
  return tables;
}

function table(tables: Map<string, Buffer>, tag: string): Buffer {
  const found = tables.get(tag);
  if (!found) throw new Error(`the font has no ${tag} table`);
  return found;
}

/** The Unicode code points a cmap subtable of format 4 or 12 maps, and their glyphs. */
function readCmap(cmap: Buffer): Map<number, number> {
  const map = new Map<number, number>();
  const count = cmap.readUInt16BE(2);
  const subtables: Array<{ platform: number; encoding: number; offset: number }> = [];
  for (let i = 0; i < count; i++) subtables.push({ platform: cmap.readUInt16BE(4 + 8 * i), encoding: cmap.readUInt16BE(6 + 8 * i), offset: cmap.readUInt32BE(8 + 8 * i) });
  const unicode = subtables.filter((s) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10)));
  for (const { offset } of unicode) {
    const format = cmap.readUInt16BE(offset);
    if (format === 12) {
      const groups = cmap.readUInt32BE(offset + 12);
      for (let g = 0; g < groups; g++) {
        const at = offset + 16 + 12 * g;
        const start = cmap.readUInt32BE(at);
        const end = cmap.readUInt32BE(at + 4);
        const glyph = cmap.readUInt32BE(at + 8);
        for (let c = start; c <= end; c++) if (!map.has(c)) map.set(c, glyph + c - start);
      }
    } else if (format === 4) {
      const segments = cmap.readUInt16BE(offset + 6) / 2;
      const ends = offset + 14;
      const starts = ends + 2 * segments + 2;
      const deltas = starts + 2 * segments;
      const rangeOffsets = deltas + 2 * segments;
      for (let s = 0; s < segments; s++) {
        const end = cmap.readUInt16BE(ends + 2 * s);
        const start = cmap.readUInt16BE(starts + 2 * s);
        const delta = cmap.readInt16BE(deltas + 2 * s);
        const rangeOffset = cmap.readUInt16BE(rangeOffsets + 2 * s);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph: number;
          if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
          else {
            const raw = cmap.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
            glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
          }
          if (glyph !== 0 && !map.has(c)) map.set(c, glyph);
        }
      }
    }
  }
  return map;
}

function parseFont(font: Buffer): ParsedFont {
  const tables = readTables(font);
  const head = table(tables, 'head');
  const numGlyphs = table(tables, 'maxp').readUInt16BE(4);
  const longOffsets = head.readInt16BE(50) === 1;
  const loca = table(tables, 'loca');
  const glyf = table(tables, 'glyf');
  const offsetOf = (i: number) => (longOffsets ? loca.readUInt32BE(4 * i) : loca.readUInt16BE(2 * i) * 2);
  const glyphs: Buffer[] = [];
  for (let i = 0; i < numGlyphs; i++) glyphs.push(glyf.subarray(offsetOf(i), offsetOf(i + 1)));
  const hMetrics = table(tables, 'hhea').readUInt16BE(34);
  const hmtx = table(tables, 'hmtx');
  const metrics: Array<[number, number]> = [];
  for (let i = 0; i < numGlyphs; i++) {
    const advance = hmtx.readUInt16BE(4 * Math.min(i, hMetrics - 1));
    const lsb = i < hMetrics ? hmtx.readInt16BE(4 * i + 2) : hmtx.readInt16BE(4 * hMetrics + 2 * (i - hMetrics));
    metrics.push([advance, lsb]);
  }
  if (tables.has('CFF ') || tables.has('CFF2')) throw new Error('PostScript outlines: only TrueType (glyf) fonts can be joined');
  return { tables, numGlyphs, glyphs, metrics, cmap: readCmap(table(tables, 'cmap')) };
}

// Composite glyph flags (OpenType glyf table).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** A copy of a glyph whose components (of a composite glyph) point at their new ids. */
function renumberGlyph(glyph: Buffer, newId: (old: number) => number): Buffer {
  if (glyph.length === 0 || glyph.readInt16BE(0) >= 0) return glyph;
  const copy = Buffer.from(glyph);
  let at = 10;
  let flags: number;
  do {
    flags = copy.readUInt16BE(at);
    copy.writeUInt16BE(newId(copy.readUInt16BE(at + 2)), at + 2);
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
  } while (flags & MORE_COMPONENTS);
  return copy;
}

const pad4 = (b: Buffer) => (b.length % 4 === 0 ? b : Buffer.concat([b, Buffer.alloc(4 - (b.length % 4))]));

/** A cmap with one subtable: format 4 (Windows Unicode BMP), which every PDF writer reads. */
function writeCmap(map: Map<number, number>): Buffer {
  const codes = [...map.keys()].filter((c) => c < 0xffff).sort((a, b) => a - b);
  const segments: Array<[number, number]> = [];
  for (const c of codes) {
    const last = segments.at(-1);
    if (last && last[1] === c - 1) last[1] = c;
    else segments.push([c, c]);
  }
  segments.push([0xffff, 0xffff]);
  const n = segments.length;
  const glyphIds: number[] = [];
  const rangeOffsets: number[] = [];
  segments.forEach(([start, end], s) => {
    if (start === 0xffff) {
      rangeOffsets.push(0);
      return;
    }
    // Offset in bytes from this segment's idRangeOffset entry to its first glyph id.
    rangeOffsets.push(2 * (n - s) + 2 * glyphIds.length);
    for (let c = start; c <= end; c++) glyphIds.push(map.get(c)!);
  });
  const length = 16 + 8 * n + 2 * glyphIds.length;
  const sub = Buffer.alloc(length);
  const log2 = Math.floor(Math.log2(n));
  sub.writeUInt16BE(4, 0);
  sub.writeUInt16BE(length, 2);
  sub.writeUInt16BE(0, 4);
  sub.writeUInt16BE(2 * n, 6);
  sub.writeUInt16BE(2 * 2 ** log2, 8);
  sub.writeUInt16BE(log2, 10);
  sub.writeUInt16BE(2 * n - 2 * 2 ** log2, 12);
  let at = 14;
  for (const [, end] of segments) at = sub.writeUInt16BE(end, at);
  at = sub.writeUInt16BE(0, at);
  for (const [start] of segments) at = sub.writeUInt16BE(start, at);
  // idDelta: 1 for the closing segment (0xFFFF maps to glyph 0), else 0 (ids come from the array).
  for (const [start] of segments) at = sub.writeInt16BE(start === 0xffff ? 1 : 0, at);
  for (const offset of rangeOffsets) at = sub.writeUInt16BE(offset, at);
  for (const id of glyphIds) at = sub.writeUInt16BE(id, at);
  const header = Buffer.alloc(12);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(1, 2);
  header.writeUInt16BE(3, 4);
  header.writeUInt16BE(1, 6);
  header.writeUInt32BE(12, 8);
  return Buffer.concat([header, sub]);
}

function checksum(data: Buffer): number {
  const padded = pad4(data);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

function writeFont(tables: Map<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  const log2 = Math.floor(Math.log2(n));
  const header = Buffer.alloc(12 + 16 * n);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(16 * 2 ** log2, 6);
  header.writeUInt16BE(log2, 8);
  header.writeUInt16BE(16 * n - 16 * 2 ** log2, 10);
  let offset = header.length;
  const bodies: Buffer[] = [];
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const entry = 12 + 16 * i;
    header.write(tag, entry, 'latin1');
    header.writeUInt32BE(checksum(data), entry + 4);
    header.writeUInt32BE(offset, entry + 8);
    header.writeUInt32BE(data.length, entry + 12);
    bodies.push(pad4(data));
    offset += pad4(data).length;
  });
  const font = Buffer.concat([header, ...bodies]);
  // head.checkSumAdjustment makes the whole font sum to 0xB1B0AFBA.
  const headAt = font.readUInt32BE(12 + 16 * tags.indexOf('head') + 8);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headAt + 8);
  return font;
}

/**
 * One TrueType font holding every glyph of `fonts`; a code point mapped by several maps to the
 * glyph of the first font that has it. Metrics and names come from the first font.
 */
export function joinTrueTypeFonts(fonts: readonly Buffer[]): Buffer {
  if (fonts.length === 0) throw new Error('no fonts to join');
  const parsed = fonts.map(parseFont);
  const first = parsed[0]!;
  const unitsPerEm = table(first.tables, 'head').readUInt16BE(18);
  if (parsed.some((p) => table(p.tables, 'head').readUInt16BE(18) !== unitsPerEm)) throw new Error('the fonts differ in units per em');

  // Glyph 0 (.notdef) is the first font's; every other glyph of every font follows in turn.
  const glyphs: Buffer[] = [first.glyphs[0]!];
  const metrics: Array<[number, number]> = [first.metrics[0]!];
  const cmap = new Map<number, number>();
  for (const font of parsed) {
    const base = glyphs.length - 1;
    const newId = (old: number) => (old === 0 ? 0 : base + old);
    for (let g = 1; g < font.numGlyphs; g++) {
      glyphs.push(renumberGlyph(font.glyphs[g]!, newId));
      metrics.push(font.metrics[g]!);
    }
    for (const [code, glyph] of font.cmap) if (!cmap.has(code) && glyph !== 0) cmap.set(code, newId(glyph));
  }
  if (glyphs.length > 0xffff) throw new Error('too many glyphs for one font');

  const glyfParts: Buffer[] = [];
  const loca = Buffer.alloc(4 * (glyphs.length + 1));
  let at = 0;
  glyphs.forEach((glyph, i) => {
    loca.writeUInt32BE(at, 4 * i);
    const padded = pad4(glyph);
    glyfParts.push(padded);
    at += padded.length;
  });
  loca.writeUInt32BE(at, 4 * glyphs.length);

  const hmtx = Buffer.alloc(4 * glyphs.length);
  metrics.forEach(([advance, lsb], i) => {
    hmtx.writeUInt16BE(advance, 4 * i);
    hmtx.writeInt16BE(lsb, 4 * i + 2);
  });

  const head = Buffer.from(table(first.tables, 'head'));
  head.writeUInt32BE(0, 8);
  // The bounding box of every glyph: the union of the fonts' boxes.
  const heads = parsed.map((p) => table(p.tables, 'head'));
  head.writeInt16BE(Math.min(...heads.map((h) => h.readInt16BE(36))), 36);
  head.writeInt16BE(Math.min(...heads.map((h) => h.readInt16BE(38))), 38);
  head.writeInt16BE(Math.max(...heads.map((h) => h.readInt16BE(40))), 40);
  head.writeInt16BE(Math.max(...heads.map((h) => h.readInt16BE(42))), 42);
  head.writeInt16BE(1, 50);

  const hhea = Buffer.from(table(first.tables, 'hhea'));
  hhea.writeUInt16BE(Math.max(...metrics.map(([advance]) => advance)), 10);
  hhea.writeUInt16BE(glyphs.length, 34);

  // maxp 1.0: the largest of each limit.
  const maxp = Buffer.alloc(32);
  maxp.writeUInt32BE(0x00010000, 0);
  maxp.writeUInt16BE(glyphs.length, 4);
  const maxps = parsed.map((p) => table(p.tables, 'maxp'));
  for (let field = 6; field < 32; field += 2) maxp.writeUInt16BE(Math.max(...maxps.map((m) => (m.length >= field + 2 ? m.readUInt16BE(field) : 0))), field);

  // post 3.0: no glyph names; angle, underline and pitch as the first font has them.
  const post = Buffer.alloc(32);
  table(first.tables, 'post').copy(post, 0, 0, 32);
  post.writeUInt32BE(0x00030000, 0);
  post.fill(0, 16, 32);

  const out = new Map<string, Buffer>([
    ['head', head],
    ['hhea', hhea],
    ['maxp', maxp],
    ['OS/2', table(first.tables, 'OS/2')],
    ['hmtx', hmtx],
    ['cmap', writeCmap(cmap)],
    ['loca', loca],
    ['glyf', Buffer.concat(glyfParts)],
    ['name', table(first.tables, 'name')],
    ['post', post],
  ]);
  return writeFont(out);
}

/** The code points a TrueType font maps to a glyph (for checks). */
export function mappedCodePoints(font: Buffer): Set<number> {
  return new Set(readCmap(table(readTables(font), 'cmap')).keys());
}
