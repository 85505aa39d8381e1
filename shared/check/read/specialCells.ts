/**
 * Cells that practices fill in more than one way: WTE as a fraction, a percentage or (by
 * mistake) hours a week; training as a date, yes/no or a word such as "done".
 */
import { completion } from '../../rules/readiness/completed';
import type { ReadKey } from '../../fields';
import { isBlank } from '../../values/cells/blank';
import type { IsoDate } from '../../values/dates/calendarDate';
import { HwbcError } from '../../values/errors';
import { readBoolean } from '../../values/cells/readBoolean';
import { readDate } from '../../values/dates/readDate';
import { readNumber } from '../../values/cells/readNumber';
import { CellReader, NUMBER_RULES } from './cellReader';
import type { MappedRow } from './rows/mappedRows';
import { CHECK_MESSAGES } from '../messages';

/**
 * Hours a week of a full-time post (NHS Agenda for Change).
 *
 * @example
 * 30 / FULL_TIME_HOURS; // 0.8 WTE
 */
export const FULL_TIME_HOURS = 37.5;

function wteHint(value: unknown, message: string): string {
  if (typeof value !== 'number' || value <= 1) return message;
  if (value <= FULL_TIME_HOURS) return message + CHECK_MESSAGES.wteAsHours(value);
  return value <= 100 ? message + CHECK_MESSAGES.wteAsPercent(value) : message;
}

/**
 * A coach's whole-time equivalent from a WTE/FTE column, or else from hours a week ÷ 37.5.
 * A WTE of 30 is reported, with a hint that it may be hours a week, and read as blank.
 *
 * @example
 * readWte(reader, row, 'Sam'); // 0.8 from "Hours per week" 30
 */
export function readWte(reader: CellReader, row: MappedRow, coach: string | null): number | null {
  if (!isBlank(row.get('wte')?.value)) {
    return reader.read(row, 'wte', coach, (name, v) => readNumber(name, v, NUMBER_RULES.wte), wteHint);
  }
  const weekly = reader.read(
    row,
    'hoursPerWeek',
    coach,
    (name, v) => readNumber(name, v, { expected: 'hours', min: 0, minExclusive: true, max: FULL_TIME_HOURS }),
    (v) => CHECK_MESSAGES.hoursPerWeek(row.header('hoursPerWeek'), v),
  );
  return weekly === null ? null : weekly / FULL_TIME_HOURS;
}

/**
 * Whether a piece of training is done, in the form the readiness rule takes: a date
 * (completed on), TRUE/FALSE, or null when blank. A date after the as-of date is a booking,
 * not a completion, so it counts as not done.
 *
 * @example
 * readDone(reader, row, 'pci', 'Sam', '2026-03-20'); // '2025-10-02'
 * readDone(reader, row, 'induction', 'Sam', '2026-03-20'); // true for "Done"
 */
export function readDone(
  reader: CellReader,
  row: MappedRow,
  field: ReadKey,
  coach: string | null,
  asOf: IsoDate,
): string | boolean | null {
  return reader.read(
    row,
    field,
    coach,
    (name, v) => doneValue(name, v, reader, asOf),
    (v) => CHECK_MESSAGES.training(row.header(field), v),
  );
}

/** Who signed off Tier 2: a name (or a date, or "yes") is a sign-off; "no" is not; blank is null. */
function signedOffBy(reader: CellReader, row: MappedRow, coach: string | null): string | boolean | null {
  return reader.read(row, 'tier2SignOff', coach, (name, v) => {
    if (typeof v === 'boolean' || (typeof v === 'string' && /^\s*(yes|no|y|n|true|false)\s*$/i.test(v))) {
      return readBoolean(name, v);
    }
    return typeof v === 'string' ? v.trim() : String(v);
  });
}

/** When Tier 2 was signed off: a date up to the as-of date, or yes/no; a later date is not yet. */
function signedOffOn(reader: CellReader, row: MappedRow, coach: string | null, asOf: IsoDate): string | boolean | null {
  return reader.read(
    row,
    'tier2SignOffDate',
    coach,
    (name, v) => {
      if (typeof v === 'boolean' || (typeof v === 'string' && !/\d/.test(v))) return readBoolean(name, v);
      const d = readDate(name, v, reader.ctx);
      return d !== null && d > asOf ? false : d;
    },
    (v) => CHECK_MESSAGES.signOffDate(row.header('tier2SignOffDate'), v),
  );
}

/**
 * Whether Tier 2 was signed off independently, from the "sign-off by" and "sign-off date"
 * columns (a sheet may have either or both): the name, date or "yes" of whichever records a
 * sign-off; false when one says "no" (or a date still to come) and neither records one; null
 * when the cells are blank; undefined when the sheet has no sign-off column at all.
 *
 * @example
 * readSignOff(reader, row, 'Pat', '2026-03-20'); // 'J. Brown, Northside PCN'
 * readSignOff(reader, row, 'Sam', '2026-03-20'); // '2025-11-04', from the date column alone
 */
export function readSignOff(
  reader: CellReader,
  row: MappedRow,
  coach: string | null,
  asOf: IsoDate,
): string | boolean | null | undefined {
  const by = row.get('tier2SignOff') ? signedOffBy(reader, row, coach) : undefined;
  const on = row.get('tier2SignOffDate') ? signedOffOn(reader, row, coach, asOf) : undefined;
  if (by === undefined && on === undefined) return undefined;
  const signed = [by, on].find((v) => v !== undefined && v !== null && v !== false);
  if (signed !== undefined) return signed;
  return by === false || on === false ? false : null;
}

/*
 * One rule for the check and the template's formulas (rules/readiness/completed.ts, docs/rules.md §4): a date
 * up to the as-of date, TRUE, or Yes/Y/Done/Complete/Completed is done; a later date is planned
 * (not done); No/FALSE/blank is not done. Any other text ("booked", "in progress", "N/A") and
 * numbers below 1 (no date) are not done either, and are reported at their cell with what they
 * read, so nobody takes a sheet's "booked" for done.
 */
function doneValue(name: string, v: unknown, reader: CellReader, asOf: IsoDate): string | boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const read = completion(v, asOf);
    if (read === 'done' && !/\d/.test(v)) return true;
    if (read === 'not done') return isBlank(v) ? null : false;
    if (read === 'unclear' && !/\d/.test(v)) throw new HwbcError('VALUE', name);
  }
  if (typeof v === 'number' && v < 1) throw new HwbcError('VALUE', name);
  if (typeof v === 'number' || typeof v === 'string' || v instanceof Date) {
    const d = readDate(name, v, reader.ctx);
    return d !== null && d > asOf ? false : d;
  }
  throw new HwbcError('VALUE', name);
}
