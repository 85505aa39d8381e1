/**
 * Reading mapped cells with the core's own readers, where a bad value never stops the
 * check: it becomes a `data.bad-value` finding naming the cell, the value and what was
 * expected (the core's message), and the field is treated as blank.
 */
import { isBlank } from '../../values/cells/blank';
import type { IsoDate } from '../../values/dates/calendarDate';
import type { ReadContext } from '../../values/context';
import { spreadsheetError } from '../../values/cells/cellError';
import { isHwbcError } from '../../values/errors';
import { readBoolean } from '../../values/cells/readBoolean';
import { readDate } from '../../values/dates/readDate';
import { NumberRule, readNumber } from '../../values/cells/readNumber';
import { readText } from '../../values/cells/readText';
import { finding, Where } from '../findings/findingRules';
import type { ReadKey } from '../../fields';
import type { MappedRow } from './rows/mappedRows';
import { CHECK_MESSAGES } from '../messages';
import type { Finding } from '../types';

/**
 * Number rules for the fields the check reads, as the spreadsheet functions read them.
 *
 * @example
 * readNumber('Total hours', '12h', NUMBER_RULES.hours); // throws: Total hours must be a number ≥ 0, got "12h"
 */
export const NUMBER_RULES = {
  hours: { expected: 'hours', min: 0 },
  count: { expected: 'count', min: 0, integer: true },
  tier: { expected: 'tier', min: 0, max: 4, integer: true },
  wte: { expected: 'wte', min: 0, minExclusive: true, max: 1, percent: true },
} as const satisfies Record<string, NumberRule>;

/**
 * Where a field's cell is on a row (the row itself when the sheet has no such column).
 *
 * @example
 * whereOf(row, 'hours'); // { sheet: 'Team', row: 5, column: 'F' }
 */
export function whereOf(row: MappedRow, field: ReadKey): Where {
  return { sheet: row.sheet, row: row.row, column: row.column(field) };
}

/**
 * A reading function for one number rule. Made here, not inside CellReader.number: a function
 * made there would capture the rule, and every call (two a log row) would then make a
 * context to hold it, whether or not the function is made.
 *
 * @example
 * numberReading(NUMBER_RULES.hours)('Hours', '1.5'); // 1.5
 */
function numberReading(rule: NumberRule): (name: string, value: unknown) => number | null {
  return (name, value) => readNumber(name, value, rule);
}

/**
 * Reads cells, collecting a finding for each bad value instead of throwing.
 *
 * @example
 * const reader = new CellReader(readContext('2026-03-20'));
 * reader.date(row, 'startDate', 'Sam Jones'); // '2025-09-01', or null and a finding
 */
export class CellReader {
  readonly findings: Finding[] = [];
  private readonly badCells = new Set<string>();
  /** One reading function per number rule and one for dates, made once: logs ask on every row. */
  private readonly numberReads = new Map<NumberRule, (name: string, value: unknown) => number | null>();
  private readonly dateRead = (name: string, value: unknown) => readDate(name, value, this.ctx);

  constructor(readonly ctx: ReadContext) {}

  /**
   * Reads a field's cell with `read`; a core error becomes a finding (unless the cell is a
   * formula: its inputs are where the problem is, and they are checked themselves).
   *
   * @example
   * reader.read(row, 'hours', 'Sam', (name, v) => readNumber(name, v, NUMBER_RULES.hours)); // 120, or null
   */
  read<T>(
    row: MappedRow,
    field: ReadKey,
    coach: string | null,
    read: (name: string, value: unknown) => T | null,
    problem?: (value: unknown, message: string) => string,
  ): T | null {
    // The value alone first: most cells are blank or read cleanly, and need no cell made.
    const value = row.value(field);
    if (isBlank(value)) return null;
    const error = spreadsheetError(value);
    if (error !== null) {
      // Not a blank: the cell shows an error (a formula's cached result, or typed in), and
      // what it stands for is unknown. Said at the cell, whether a formula or not.
      const formula = row.get(field)?.formula ?? false;
      this.bad(row, field, coach, CHECK_MESSAGES.cellError(row.header(field), error, formula));
      return null;
    }
    try {
      return read(row.header(field), value);
    } catch (e) {
      if (!isHwbcError(e)) throw e;
      if (!row.get(field)?.formula) this.bad(row, field, coach, problem ? problem(value, e.message) : e.message);
      return null;
    }
  }

  /**
   * Whether a field's cell on a row held a value that could not be read (as opposed to
   * being blank), so callers do not fill it in from elsewhere as if it were empty.
   *
   * @example
   * reader.wasBad(row, 'hours'); // true after "12h"
   */
  wasBad(row: MappedRow, field: ReadKey): boolean {
    return this.badCells.has(`${row.sheet}\u0000${row.row}\u0000${field}`);
  }

  /**
   * Records a bad value found by the caller's own reading.
   *
   * @example
   * reader.bad(row, 'code', 'Sam Jones', 'Competency must be a competency code …');
   */
  bad(row: MappedRow, field: ReadKey, coach: string | null, problem: string): void {
    this.badCells.add(`${row.sheet}\u0000${row.row}\u0000${field}`);
    const where = whereOf(row, field);
    this.findings.push(finding('data.bad-value', where, coach, CHECK_MESSAGES.badValue(where, problem)));
  }

  /** @example reader.text(row, 'name', null); // 'Sam Jones' */
  text(row: MappedRow, field: ReadKey, coach: string | null): string | null {
    const value = row.value(field);
    // Text with no "#" in it is neither blank-as-error nor an error, and readText cannot refuse
    // it: read as readText reads it, with no header looked up (asked of most log cells).
    if (typeof value === 'string' && !value.includes('#') && !isBlank(value)) return readText(field, value);
    return this.read(row, field, coach, readText);
  }

  /** @example reader.number(row, 'hours', 'Sam', NUMBER_RULES.hours); // 120 */
  number(row: MappedRow, field: ReadKey, coach: string | null, rule: NumberRule): number | null {
    let read = this.numberReads.get(rule);
    if (read === undefined) this.numberReads.set(rule, (read = numberReading(rule)));
    return this.read(row, field, coach, read);
  }

  /** @example reader.date(row, 'startDate', 'Sam'); // '2025-09-01' */
  date(row: MappedRow, field: ReadKey, coach: string | null): IsoDate | null {
    return this.read(row, field, coach, this.dateRead);
  }

  /** @example reader.boolean(row, 'nhs', 'Sam'); // true */
  boolean(row: MappedRow, field: ReadKey, coach: string | null): boolean | null {
    return this.read(row, field, coach, readBoolean);
  }
}
