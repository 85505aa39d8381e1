/**
 * Excel on the web refuses a request or a response over 5 MB ("RichApi.Error", codes
 * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded) and a read of more than
 * 5,000,000 cells (Office Add-ins docs: "Resource limits and performance optimization", Excel
 * add-ins section). The add-in keeps every round trip under a smaller budget of its own, so
 * a workbook a little larger than measured still fits.
 */

/**
 * The most bytes one `context.sync()` may send or receive: 4 MB, a fifth under Excel's limit.
 *
 * @example
 * PAYLOAD_BUDGET_BYTES; // 4194304
 */
export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * The most cells one read asks for: a fifth of Excel's 5,000,000, so a sheet of short
 * values still comes in several round trips rather than one that Excel has to hold at once.
 *
 * @example
 * CELL_BUDGET; // 1000000
 */
export const CELL_BUDGET = 1_000_000;

/** Error codes Excel gives when a round trip carries too much (the first two: web only). */
const TOO_LARGE = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']);

/**
 * True when a batch failed because it carried too much: the caller halves its block and tries again.
 *
 * @example
 * isPayloadTooLarge({ code: 'ResponsePayloadSizeLimitExceeded' }); // true
 */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' && TOO_LARGE.has(code);
}

/**
 * The UTF-8 size of a value sent as JSON, as Office.js serialises a range's arrays.
 *
 * @example
 * jsonBytes([['Asha', 120]]); // 14
 * jsonBytes([['£5']]);        // 9 (the pound sign is two bytes)
 */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // One extra byte from U+0080, two from U+0800; a surrogate pair is 4 bytes from 2 units.
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/**
 * How many rows of `bytesPerRow` fit a round trip: 80% of the budget (rows further down a
 * sheet may be longer than those measured so far), never more than the cell budget, at least one.
 *
 * @example
 * rowsWithinBudget(400, 12); // 8388
 */
export function rowsWithinBudget(bytesPerRow: number, columns: number): number {
  const byBytes = Math.floor((PAYLOAD_BUDGET_BYTES * 0.8) / Math.max(1, bytesPerRow));
  const byCells = Math.floor(CELL_BUDGET / Math.max(1, columns));
  return Math.max(1, Math.min(byBytes, byCells));
}
