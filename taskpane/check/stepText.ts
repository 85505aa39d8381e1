/**
 * What the pane says while a check runs in steps: sheets read so far and rows checked.
 */
import { plural } from '../plural';

/**
 * The progress line for one step of a check.
 *
 * @example
 * stepText({ sheetsRead: 2, sheets: 7, rowsRead: 12000, sheet: 'Hours log' });
 * // 'Read 2 of 7 sheets, 12,000 rows checked (now Hours log)…'
 */
export function stepText(p: { sheetsRead: number; sheets: number; rowsRead: number; sheet: string }): string {
  const rows = `${p.rowsRead.toLocaleString('en-GB')} ${p.rowsRead === 1 ? 'row' : 'rows'}`;
  return `Read ${p.sheetsRead} of ${plural(p.sheets, 'sheet', 'sheets')}, ${rows} checked (now ${p.sheet})…`;
}
