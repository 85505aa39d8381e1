/**
 * What the pane says while work runs in steps: for a check, sheets read so far and rows
 * checked; for template creation, sheets made so far.
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

/**
 * The progress line after one step of template creation.
 *
 * @example
 * createdText({ created: 3, sheets: 9, sheet: 'Training' });
 * // 'Created 3 of 9 sheets (last Training)…'
 */
export function createdText(p: { created: number; sheets: number; sheet: string }): string {
  return `Created ${p.created} of ${plural(p.sheets, 'sheet', 'sheets')} (last ${p.sheet})…`;
}
