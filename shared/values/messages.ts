/**
 * Every message the core shows about a bad value, kept in one place so the wording stays
 * consistent and can be reviewed by someone who is not a programmer.
 */

import { shownText } from './cells/shownText';

/** What each kind of argument is expected to be, in plain words. */
export const EXPECTED = {
  hours: 'a number ≥ 0',
  count: 'a whole number ≥ 0',
  tier: 'a tier from 0 to 4',
  wte: 'a fraction between 0 and 1, such as 0.6 or 60%; for hours a week divide by 37.5',
  boolean: 'TRUE or FALSE (or yes/no)',
  date: 'a date, such as 2026-03-15 or 15/03/2026',
  supervisionType: 'a supervision type: line, clinical or coaching',
  area: 'an area code: PRO, COM, MOD, GRP, ADD, SUP or GEN',
  text: 'text',
} as const;

export type ExpectedKey = keyof typeof EXPECTED;

/**
 * Shows a cell value the way a user would recognise it: text in quotes, numbers as typed.
 *
 * @example
 * showValue('12h'); // '"12h"'
 */
export function showValue(value: unknown): string {
  // A 50,000-character cell is shown by its start: the message must fit a cell and a screen.
  if (typeof value === 'string') return JSON.stringify(shownText(value));
  if (value instanceof Date) return isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
  if (value === null || value === undefined) return 'a blank';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // Circular or otherwise unprintable (never a real cell): name its sort rather than fail.
    return Object.prototype.toString.call(value);
  }
}

/**
 * The standard message for a bad argument: names it, shows the value, says what is expected.
 *
 * @example
 * badArgument('hours', '12h', 'hours'); // 'hours must be a number ≥ 0, got "12h"'
 */
export function badArgument(name: string, value: unknown, expected: ExpectedKey): string {
  return `${name} must be ${EXPECTED[expected]}, got ${showValue(value)}`;
}

/** Rule-level messages that are not about one argument's type. */
export const RULE_MESSAGES = {
  lastAfterAsOf: (last: string, asOf: string) =>
    `last supervision date is after the as-of date (${last} is after ${asOf})`,
  appraisalAfterAsOf: (last: string, asOf: string) =>
    `last appraisal date is after the as-of date (${last} is after ${asOf})`,
  notADate: (name: string, value: unknown) => `${name} is not a real calendar date, got ${showValue(value)}`,
  oneCellOnly: (name: string, rows: number, cols: number) =>
    `${name} must be one cell, not a range; got ${rows} × ${cols} cells`,
  before1900: (name: string, value: unknown) =>
    `${name} must be a date in 1900 or later, got ${showValue(value)}; check the year (a spreadsheet cannot show earlier dates)`,
  shapeMismatch: (a: string, b: string) => `ranges must be the same size or a single cell: ${a} does not match ${b}`,
  fictitiousDate: 'serial 60 is 29 February 1900, a date that never existed',
  dateOutOfRange: 'the date would fall outside the years 1 to 9999, which a spreadsheet cannot show',
} as const;
