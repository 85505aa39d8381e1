/**
 * A cell the user left empty: nothing, null, or text with only spaces. Hosts differ (Excel
 * may pass null or "", Sheets passes ""), so every reader asks here.
 *
 * @example
 * isBlank('  '); // true
 * isBlank(0);    // false
 */
export function isBlank(value: unknown): value is null | undefined | string {
  if (typeof value !== 'string') return value === null || value === undefined;
  // Text that starts with a visible character (almost every cell) is not blank: asked of every
  // cell of every log, so no trimmed copy is made to find that out.
  const first = value.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return value.trim() === '';
}
