import { isBlank } from '../cells/blank';
import { tidyText } from '../cells/tidyText';
import { IsoDate, isoDate, isIsoDate } from './calendarDate';
import { dateInZone } from './dateInZone';
import type { ReadContext } from '../context';
import { HwbcError } from '../errors';
import { DateSystem, isoToSerial, serialToIso } from './excelSerial';
import { badArgument, RULE_MESSAGES } from '../messages';

// A time of day may follow the date after "T" or a space, and is ignored: whatever comes next
// starts with a digit and holds a colon ("2026-03-15T00:00:00Z", "2026-03-15 9:30am"). Other
// trailing text ("2026-03-15 to 2026-04-01") is not a date. The same test as the template's
// formula (rules/readiness/textDateFormula.ts), so the sheet and the check read text alike.
const ISO_TEXT = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](?:\d[^:]*:.*)?)?$/is;
const UK_TEXT = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** The serial of 31 December 9999, the last date a spreadsheet shows, in each system. */
const LAST_SERIAL: Record<DateSystem, number> = {
  '1900': isoToSerial('9999-12-31', '1900'),
  '1904': isoToSerial('9999-12-31', '1904'),
  sheets: isoToSerial('9999-12-31', 'sheets'),
};

/**
 * The first date read: 1 January 1900, where Excel's calendar starts. An earlier date is a
 * mistyped year ("0026" for 2026, "01/01/0001"); Excel shows it as #####, Sheets reads a
 * two-digit year as 19xx, and date arithmetic on it leaves the calendar. Refused, saying so.
 */
const FIRST_DATE = '1900-01-01';

function notBefore1900(name: string, value: unknown, d: IsoDate): IsoDate {
  if (d < FIRST_DATE) throw new HwbcError('VALUE', RULE_MESSAGES.before1900(name, value));
  return d;
}

/**
 * Reads a calendar date from a cell: a spreadsheet serial number (in the context's date
 * system), a JavaScript Date (read in the context's time zone), ISO text `2026-03-15` or UK
 * text `15/03/2026`. UK order is the NHS's, so `03/04/2026` is 3 April. A blank gives null.
 *
 * @example
 * readDate('last_date', '15/03/2026', readContext('2026-04-01')); // '2026-03-15'
 * readDate('last_date', 46096, readContext('2026-04-01'));        // '2026-03-15'
 */
export function readDate(name: string, value: unknown, ctx: ReadContext): IsoDate | null {
  if (isBlank(value)) return null;
  if (value instanceof Date) {
    const d = dateInZone(value, ctx.timeZone);
    if (d === null) throw new HwbcError('VALUE', badArgument(name, value, 'date'));
    return notBefore1900(name, value, d);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1 || value >= LAST_SERIAL[ctx.dateSystem] + 1) {
      throw new HwbcError('VALUE', badArgument(name, value, 'date'));
    }
    return notBefore1900(name, value, serialToIso(value, ctx.dateSystem));
  }
  if (typeof value === 'string') {
    // Plain `2026-03-15` as typed (what the core itself writes) needs no tidying either.
    if (value.length === 10 && isIsoDate(value)) return notBefore1900(name, value, value);
    // As the sheet's TRIM(CLEAN(…)) reads it: a tab or line break anywhere removed, runs of
    // spaces count as one ("2026-03-15  10:00"), a no-break space kept (docs/rules.md §4).
    const text = tidyText(value);
    // Plain `2026-03-15` (what the core itself writes) needs no regular expression.
    const plain = isIsoDate(text) ? text : null;
    if (plain !== null) return notBefore1900(name, value, plain);
    const iso = ISO_TEXT.exec(text);
    const uk = iso ? null : UK_TEXT.exec(text);
    const parts = iso ? [+iso[1], +iso[2], +iso[3]] : uk ? [+uk[3], +uk[2], +uk[1]] : null;
    if (parts) {
      const d = isoDate(parts[0], parts[1], parts[2]);
      if (d === null) throw new HwbcError('VALUE', RULE_MESSAGES.notADate(name, value));
      return notBefore1900(name, value, d);
    }
  }
  throw new HwbcError('VALUE', badArgument(name, value, 'date'));
}
