/**
 * A cell the user left empty: nothing, null, or text with only spaces. Hosts differ (Excel
 * may pass null or "", Sheets passes ""), so every reader asks here.
 *
 * @example
 * isBlank('  '); // true
 * isBlank(0);    // false
 */
export function isBlank(value: unknown): value is null | undefined | string {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
