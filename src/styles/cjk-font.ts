/** The family name of the Chinese font cut at build time (scripts/lib/cjk-font.ts). */
export const CJK_FONT_FAMILY = 'Noto Sans SC Subset';

type Face = { url: string; unicodeRange: string };
let facesLoad: Promise<Face[]> | null = null;
/** The cut font's faces (a chunk of its own: the first screen does not wait for it). */
function cjkFaces(): Promise<Face[]> {
  return (facesLoad ??= import('virtual:cjk-font').then((m) => m.faces));
}

const rule = (face: Face, src: string) =>
  `@font-face{font-family:'${CJK_FONT_FAMILY}';font-style:normal;font-weight:400;font-display:swap;src:url(${JSON.stringify(src)}) format('woff2');unicode-range:${face.unicodeRange}}`;

/**
 * Adds the @font-face rules of the bundled Chinese font. Each face covers only the characters it
 * has (unicode-range), so the browser fetches one, from this origin, only when it draws Chinese.
 * main.tsx adds them before the first render, so the first text drawn in Chinese (the 中文 button)
 * already falls back to this font rather than to a system font without Chinese.
 */
export async function installCjkFont(doc: Document = document): Promise<void> {
  if (doc.getElementById('cjk-font')) return;
  const faces = await cjkFaces();
  if (faces.length === 0 || doc.getElementById('cjk-font')) return;
  const style = doc.createElement('style');
  style.id = 'cjk-font';
  style.textContent = faces.map((face) => rule(face, face.url)).join('\n');
  doc.head.appendChild(style);
}

function covers(face: Face, text: string): boolean {
  const points = face.unicodeRange.split(',').map((u) => parseInt(u.trim().slice(2), 16));
  for (const c of text) if (points.includes(c.codePointAt(0)!)) return true;
  return false;
}

const dataUrls = new Map<string, Promise<string>>();
function dataUrl(url: string): Promise<string> {
  let load = dataUrls.get(url);
  if (!load) {
    load = fetch(url)
      .then((response) => response.blob())
      .then((blob) => new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsDataURL(blob);
      }));
    dataUrls.set(url, load);
  }
  return load;
}

/**
 * The @font-face rules an image export must carry to draw `text`'s Chinese: the faces it needs,
 * inlined (an exported picture cannot fetch them). Empty when the text has no Chinese.
 */
export async function cjkFontEmbedCss(text: string): Promise<string> {
  const faces = (await cjkFaces()).filter((face) => covers(face, text));
  const rules = await Promise.all(faces.map(async (face) => rule(face, await dataUrl(face.url))));
  return rules.join('\n');
}

/** Waits until the Chinese faces `text` needs are loaded (a canvas does not fetch fonts by itself). */
export async function loadCjkFontFor(text: string, doc: Document = document): Promise<void> {
  if (!doc.fonts) return;
  await doc.fonts.load(`16px '${CJK_FONT_FAMILY}'`, text).catch(() => []);
}
