/** The family name of the Chinese font cut at build time (scripts/lib/cjk-font.ts). */
export const CJK_FONT_FAMILY = 'Noto Sans SC Subset';

/**
 * Adds the @font-face rules of the bundled Chinese font. Each face covers only the characters it
 * has (unicode-range), so the browser fetches one, from this origin, only when it draws Chinese.
 * The list of faces is a chunk of its own: the first paint does not wait for it.
 */
export async function installCjkFont(doc: Document = document): Promise<void> {
  if (doc.getElementById('cjk-font')) return;
  const { faces } = await import('virtual:cjk-font');
  if (faces.length === 0 || doc.getElementById('cjk-font')) return;
  const style = doc.createElement('style');
  style.id = 'cjk-font';
  style.textContent = faces
    .map(({ url, unicodeRange }) => `@font-face{font-family:'${CJK_FONT_FAMILY}';font-style:normal;font-weight:400;font-display:swap;src:url(${JSON.stringify(url)}) format('woff2');unicode-range:${unicodeRange}}`)
    .join('\n');
  doc.head.appendChild(style);
}
