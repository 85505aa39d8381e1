import type { IsoDate } from './dates/calendarDate';
import type { DateSystem } from './dates/excelSerial';

/**
 * What a host tells the core about where a value came from. The core has no clock and no
 * time zone of its own: "today" and the spreadsheet's zone are passed in.
 */
export interface ReadContext {
  /** Today's date in the spreadsheet's (or the user's) time zone. */
  today: IsoDate;
  /** IANA zone used to read JavaScript Dates (Google Sheets: the spreadsheet's zone). */
  timeZone: string;
  /** How numbers in date arguments are read. */
  dateSystem: DateSystem;
}

/**
 * A context for tests and the command line: Excel's 1900 dates, read in London.
 *
 * @example
 * readContext('2026-03-20'); // { today: '2026-03-20', timeZone: 'Europe/London', dateSystem: '1900' }
 */
export function readContext(today: IsoDate, overrides: Partial<ReadContext> = {}): ReadContext {
  return { today, timeZone: 'Europe/London', dateSystem: '1900', ...overrides };
}
