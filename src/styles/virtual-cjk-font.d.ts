declare module 'virtual:cjk-font' {
  /** The cut Chinese font's faces: a same-origin URL and the characters each covers. */
  export const faces: { url: string; unicodeRange: string }[];
}
