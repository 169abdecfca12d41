/**
 * Cuts the Chinese font to the characters the interface and the curated dataset use and says its
 * size against the budget (300 kB of woff2). The build does the same cut (scripts/lib/cjk-font-plugin.ts);
 * this is the check. Run: npm run font:check [-- --out DIR] (DIR receives the woff2 files).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cjkCharacters, cutFont, FONT_BUDGET_BYTES, FONT_PACKAGE, textSources } from './lib/cjk-font';
import { cutPdfFont, readPdfTexts } from './lib/cjk-font-pdf';
import { repoPath } from './lib/package-files';

async function main(): Promise<void> {
  const root = repoPath('.');
  const sources = textSources(root);
  const chars = cjkCharacters(sources.map((f) => readFileSync(f, 'utf8')));
  const font = await cutFont(root, chars, join(root, 'node_modules/.cache/cjk-font'));
  const out = process.argv.indexOf('--out');
  if (out > 0 && process.argv[out + 1]) {
    mkdirSync(process.argv[out + 1]!, { recursive: true });
    for (const face of font.faces) writeFileSync(join(process.argv[out + 1]!, face.fileName), face.data);
  }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  console.log(`${FONT_PACKAGE}: ${font.characters} characters from ${sources.length} files, in ${font.faces.length} woff2 slices, ${kb(font.bytes)} (budget ${kb(FONT_BUDGET_BYTES)})`);
  if (font.missing.length > 0) console.log(`not in the font (${font.missing.length}): ${font.missing.join(' ')}`);
  // The PDF handout's TrueType cut (fetched only for a PDF; jsPDF embeds only the glyphs a PDF uses).
  const pdf = await cutPdfFont(root, readPdfTexts(root), join(root, 'node_modules/.cache/cjk-font'));
  console.log(`PDF handout font: ${pdf.characters} characters in one TrueType file, ${kb(pdf.data.length)}`);
  if (font.bytes > FONT_BUDGET_BYTES) {
    console.error(`over budget by ${kb(font.bytes - FONT_BUDGET_BYTES)}`);
    process.exitCode = 1;
  }
}

void main();
