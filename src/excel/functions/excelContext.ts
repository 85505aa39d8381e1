/**
 * What Excel tells the core about values: today's date where the user is, their time zone,
 * and the workbook's date system (1900, or 1904 for old Mac workbooks), which changes what
 * a serial number means.
 */
import type { IsoDate } from '../../../shared/values/dates/calendarDate';
import { dateInZone } from '../../../shared/values/dates/dateInZone';
import type { DateSystem } from '../../../shared/values/dates/excelSerial';

/** `Excel.run`, or a test's stand-in for it. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The workbook's date system. Office.js has no property for it, so ask Excel's own DATE
 * function: DATE(1904,1,1) is serial 0 in the 1904 system and 1462 in the 1900 system. Any
 * failure (an older host, no workbook) means the 1900 system, Excel's default.
 *
 * @example
 * await detectDateSystem((batch) => Excel.run(batch)); // '1900'
 */
export async function detectDateSystem(run: ExcelRun): Promise<DateSystem> {
  try {
    return await run(async (context) => {
      const serial = context.workbook.functions.date(1904, 1, 1);
      serial.load('value');
      await context.sync();
      return serial.value === 0 ? '1904' : '1900';
    });
  } catch {
    return '1900';
  }
}

/**
 * Office.js's own `Excel.run`, one function shared by the pane and the custom functions (so
 * the workbook's date system is asked once per session).
 *
 * @example
 * await excelRun(async (context) => context.sync());
 */
export const excelRun: ExcelRun = (batch) => Excel.run(batch);

const asked = new WeakMap<ExcelRun, Promise<DateSystem>>();

/**
 * The date system of the open workbook, asked once per session: a workbook's system is fixed
 * when it is created, and asking again on every custom-function call would slow recalculation.
 *
 * @example
 * await workbookDateSystem(); // '1900'
 */
export function workbookDateSystem(run: ExcelRun = excelRun): Promise<DateSystem> {
  let answer = asked.get(run);
  if (!answer) {
    answer = detectDateSystem(run);
    asked.set(run, answer);
  }
  return answer;
}

/**
 * The user's IANA time zone, as the browser running the add-in knows it.
 *
 * @example
 * localTimeZone(); // 'Europe/London'
 */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Today's calendar date in a time zone (the user's by default).
 *
 * @example
 * todayIn(new Date('2026-06-30T23:30:00Z'), 'Europe/London'); // '2026-07-01'
 */
export function todayIn(now: Date = new Date(), timeZone: string = localTimeZone()): IsoDate {
  return dateInZone(now, timeZone) ?? (now.toISOString().slice(0, 10) as IsoDate);
}
