/**
 * HWBC_SUPERVISION_DUE over a million cells in one call, through each built script: a
 * column of 1,000,000 last-session dates over three years (as a PCN's whole history might be
 * pasted), clinical supervision at 0.8 WTE. Excel passes the dates as serials, Sheets as
 * Dates at midnight in the spreadsheet's zone (London); every result is checked against the
 * rules core.
 */
import { supervisionDue } from '../../shared/rules/supervision/supervisionDue';
import { dateOfDayNumber, dayNumber } from '../../shared/values/dates/calendarDate';
import { isoToSerial } from '../../shared/values/dates/excelSerial';
import { zonedInstant } from '../../test/gas/fake/zoneDates';
import { bestOf } from '../timing';
import { excelFunction, loadSheetsScript } from './builtFunctions';

const FIRST = dayNumber('2024-01-01');
const SPAN = 3 * 365;
const WTE = 0.8;

/** The last-session dates of row i, the same every run. */
const lastOf = (i: number) => dateOfDayNumber(FIRST + ((i * 7919) % SPAN));

function expectDue(cells: number, got: (i: number) => string, where: string): void {
  for (let i = 0; i < cells; i += 997) {
    const want = supervisionDue('clinical', lastOf(i), WTE);
    if (got(i) !== want) throw new Error(`${where} gave ${got(i)} for ${lastOf(i)} (row ${i + 1}), not ${want}.`);
  }
}

/**
 * Milliseconds for one call over `cells` cells in functions.js, best of `runs` after a warm-up.
 *
 * @example
 * await excelSupervisionDueMs(1_000_000); // 1830
 */
export async function excelSupervisionDueMs(cells: number, runs = 2): Promise<number> {
  const due = excelFunction('SUPERVISION_DUE');
  const last = Array.from({ length: cells }, (_, i) => [isoToSerial(lastOf(i), '1900')]);
  const call = () => due([['clinical']], last, [[WTE]], null, {}) as Promise<number[][]>;
  const result = await call();
  expectDue(cells, (i) => dateOfDayNumber(result[i][0] + dayNumber('1899-12-30')), 'HWBC.SUPERVISION_DUE');
  return bestOf(call, { runs });
}

/**
 * Milliseconds for one call over `cells` cells in Code.js, best of `runs` after a warm-up.
 *
 * @example
 * await sheetsSupervisionDueMs(1_000_000); // 2410
 */
export async function sheetsSupervisionDueMs(cells: number, runs = 2): Promise<number> {
  const script = loadSheetsScript();
  const last = Array.from({ length: cells }, (_, i) => {
    const [y, m, d] = lastOf(i).split('-').map(Number);
    return [script.date(zonedInstant(y, m, d, 0, 0, 0, 'Europe/London'))];
  });
  const call = () => script.call('HWBC_SUPERVISION_DUE', 'clinical', last, WTE) as Date[][];
  const result = call();
  const london = (d: Date) => new Date(d.getTime() + 12 * 3_600_000).toISOString().slice(0, 10);
  expectDue(cells, (i) => london(result[i][0]), 'HWBC_SUPERVISION_DUE');
  return bestOf(call, { runs });
}
