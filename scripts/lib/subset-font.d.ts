declare module 'subset-font' {
  /** subset-font 2.9.0: cuts a TTF/WOFF/WOFF2 font to `text`'s characters (harfbuzz hb-subset, wasm). */
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype'; preserveNameIds?: number[]; variationAxes?: Record<string, number | { min: number; max: number; default?: number }>; noLayoutClosure?: boolean },
  ): Promise<Buffer>;
}
