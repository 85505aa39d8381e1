/**
 * The pieces of Office.js the workbook adapter uses, gathered in one object so tests can
 * hand in office-addin-mock stand-ins and the add-in hands in the real globals.
 */
import type { DateSystem } from '../../../shared/values/dates/excelSerial';
import { excelRun, type ExcelRun, workbookDateSystem } from '../functions/excelContext';

export interface OfficeHost {
  /** `Excel.run`: one batch of queued operations, sent with `context.sync()`. */
  run: ExcelRun;
  /** The document's settings, kept inside the workbook. */
  settings(): Office.Settings;
  /** Whether the host has an API set, e.g. ('ExcelApi', '1.18'). */
  supports(set: string, version: string): boolean;
  /** The workbook's date system (1900 or 1904). */
  dateSystem(): Promise<DateSystem>;
  /** The clock, for today's date. */
  now(): Date;
}

/**
 * The real Office host, read from the globals office.js defines.
 *
 * @example
 * const port = new OfficeWorkbook(officeHost());
 */
export function officeHost(): OfficeHost {
  return {
    run: excelRun,
    settings: () => Office.context.document.settings,
    supports: (set, version) => Office.context.requirements.isSetSupported(set, version),
    dateSystem: () => workbookDateSystem(excelRun),
    now: () => new Date(),
  };
}
