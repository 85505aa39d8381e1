/**
 * Recognising Office.js errors. A failed batch rejects with an `OfficeExtension.Error`
 * whose `code` names the problem; only the code is relied on, so tests can stand in for it.
 */

/**
 * True when a batch failed because a sheet (or other item) it named does not exist.
 *
 * @example
 * try { await read('Old team'); } catch (e) { if (isItemNotFound(e)) … }
 */
export function isItemNotFound(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'ItemNotFound';
}
