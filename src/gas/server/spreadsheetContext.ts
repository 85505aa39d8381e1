import type { IsoDate } from '../../../shared/values/dates/calendarDate';
import type { ReadContext } from '../../../shared/values/context';
import type { GasServices } from './gasServices';
import { zoneDates } from './zoneDates';

/** Looked up once per execution: every custom function cell asks for it. */
let zoneOfThisExecution: string | null = null;

/**
 * The spreadsheet's own time zone (File › Settings), in which its dates are calendar days.
 * Two service calls, the first time in an execution only.
 *
 * @example
 * spreadsheetTimeZone(gasServices()); // 'Europe/London'
 */
export function spreadsheetTimeZone(services: Pick<GasServices, 'SpreadsheetApp'>): string {
  if (zoneOfThisExecution === null) {
    zoneOfThisExecution = services.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  }
  return zoneOfThisExecution;
}

/**
 * How the core reads values in this spreadsheet: today in its zone, its zone for Dates, and
 * Sheets' day numbering for plain numbers in date arguments. The zone and today are asked
 * for only when a value needs them, so `HWBC_TIER` or a date typed as text makes no service
 * call at all, and a Date makes two.
 *
 * @example
 * sheetsReadContext(gasServices()).today; // '2026-03-20'
 */
export function sheetsReadContext(services: Pick<GasServices, 'SpreadsheetApp' | 'Utilities'>): ReadContext {
  let today: IsoDate | null = null;
  return {
    get timeZone() {
      return spreadsheetTimeZone(services);
    },
    get today() {
      if (today === null) {
        const now = new Date();
        today = zoneDates(this.timeZone, services.Utilities).toIso(now) ?? now.toISOString().slice(0, 10);
      }
      return today;
    },
    dateSystem: 'sheets',
  };
}
