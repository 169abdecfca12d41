/**
 * Where the PDF handout's font is: a TrueType cut of Noto Sans SC (Latin, Cyrillic, the Chinese of
 * the interface and the dataset, the most frequent Chinese characters), served from this origin.
 * The served build gives this module the font's URL (scripts/lib/cjk-font-plugin.ts replaces its
 * text); a build without that plugin (the one-file offline copy) keeps null here, and the PDF says
 * it has no font rather than printing boxes.
 */
export const PDF_FONT_URL: string | null = null;
