const BYTE_ORDER_MARK = '\uFEFF';

/** The text without a UTF-8 byte-order mark at its start (Windows editors add one; JSON.parse refuses it). */
export function stripByteOrderMark(text: string): string {
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}
