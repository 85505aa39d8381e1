/**
 * Today's date on this machine (or in this browser), in its own time zone: the command line's
 * and the overview page's "today" when no as-of date is given.
 */

/**
 * Today as YYYY-MM-DD in the local time zone.
 *
 * @example
 * localToday(); // "2026-03-20"
 */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
