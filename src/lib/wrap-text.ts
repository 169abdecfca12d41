/** Han characters, kana, hangul and full-width forms: text a line may break between any two of. */
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;
/** Marks that never begin a line (，。、；：）」』》 …): they stay with the character before them. */
const NO_LINE_START = /^[，。、；：？！）》」』〉】〕”’・·…—,.;:?!)\]}]/u;

/** The text as pieces a line may break between: words, single CJK characters, runs of space. */
function breakables(text: string): string[] {
  const pieces: string[] = [];
  for (const match of text.matchAll(/\s+|[^\s]/gu)) {
    const piece = match[0];
    const last = pieces.at(-1);
    const joins = last !== undefined && !/\s/u.test(last) && !/\s/u.test(piece) && !CJK.test(piece) && !CJK.test(last.at(-1)!);
    // A word grows letter by letter; a CJK character or a space stands alone; a closing mark clings to what comes before.
    if (joins || (last !== undefined && !/\s/u.test(last) && NO_LINE_START.test(piece))) pieces[pieces.length - 1] = last + piece;
    else pieces.push(piece);
  }
  return pieces;
}

/**
 * Splits text into lines no wider than `maxWidth` as measured by `measure`: between words, and
 * between any two CJK characters (Chinese has no spaces), never before a closing mark. A long word
 * gets a line of its own. Line breaks in the text are kept.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  if (text.includes('\n')) return text.split(/\r?\n/).flatMap((paragraph) => (paragraph.trim() ? wrapText(paragraph, maxWidth, measure) : ['']));
  const lines: string[] = [];
  let line = '';
  for (const piece of breakables(text)) {
    if (/^\s+$/u.test(piece)) {
      if (line) line += ' ';
      continue;
    }
    const next = line + piece;
    if (line.trim() && measure(next.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece;
    } else {
      line = next;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
