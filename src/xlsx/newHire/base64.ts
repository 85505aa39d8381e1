/**
 * Bytes as base64 text, as Excel.createWorkbook wants an .xlsx file. Written for the browser
 * (the task pane has no Node Buffer), and it works in Node too.
 */

/** Bytes per String.fromCharCode call: small enough for any engine's argument limit. */
const CHUNK = 0x8000;

/**
 * Base64 of `bytes`, with padding and no line breaks.
 *
 * @example
 * bytesToBase64(new Uint8Array([80, 75, 3, 4])); // 'UEsDBA=='
 */
export function bytesToBase64(bytes: Uint8Array): string {
  // btoa takes a "binary string" (one character per byte); building it in chunks keeps a
  // workbook of a few hundred kilobytes from overflowing the call stack.
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}
