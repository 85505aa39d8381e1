import type { ReadContext } from '../../shared/values/context';
import type { GasServices } from './gasServices';

/** Looked up once per execution: every custom function cell asks for it. */
let zoneOfThisExecution: string | null = null;

/**
 * The spreadsheet's own time zone (File › Settings), in which its dates are calendar days.
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
 * Sheets' day numbering for plain numbers in date arguments.
 *
 * @example
 * sheetsReadContext(gasServices()); // { today: '2026-03-20', timeZone: 'Europe/London', dateSystem: 'sheets' }
 */
export function sheetsReadContext(services: Pick<GasServices, 'SpreadsheetApp' | 'Utilities'>): ReadContext {
  const timeZone = spreadsheetTimeZone(services);
  return { today: services.Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd'), timeZone, dateSystem: 'sheets' };
}
