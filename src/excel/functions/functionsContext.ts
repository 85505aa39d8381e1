/**
 * The read context the custom functions use: today where the user is, their time zone and
 * the workbook's date system. Excel can hold an Office.js request until a recalculation
 * ends while that recalculation waits for the functions, so a function never waits long for
 * the date-system answer: it assumes Excel's usual 1900 system until the answer is in. It
 * never asks Excel to recalculate, nor changes anything else: a custom function must not
 * ("Call Excel APIs from a custom function": no calculation mode, no other cells). In a 1904
 * workbook a cell worked out in that first second is right again at the next recalculation.
 */
import type { IsoDate } from '../../../shared/values/dates/calendarDate';
import type { ReadContext } from '../../../shared/values/context';
import type { DateSystem } from '../../../shared/values/dates/excelSerial';
import { type ExcelRun, localTimeZone, todayIn, workbookDateSystem } from './excelContext';

/** How long a function waits for the date system before assuming 1900. */
export const DATE_SYSTEM_WAIT_MS = 1000;

/**
 * A context provider for the custom functions. The date system is asked once Office is
 * ready, before any cell needs it.
 *
 * @example
 * registerFunctions(CustomFunctions, functionsContext(excelRun, Office.onReady()));
 */
export function functionsContext(
  run: ExcelRun,
  ready: Promise<unknown>,
  waitMs: number = DATE_SYSTEM_WAIT_MS,
): () => Promise<ReadContext> {
  let known: DateSystem | null = null;
  // detectDateSystem never fails; if Office itself does not start, Excel's default is all there is.
  const detected = ready.then(
    () => workbookDateSystem(run),
    (): DateSystem => '1900',
  );
  void detected.then((system) => (known = system));
  // The zone and today are worked out only when a cell needs them (a date-time to read, or
  // an as-of date left out): asking Intl costs more than most functions' whole work.
  let zone: string | null = null;
  const timeZone = () => (zone ??= localTimeZone());
  const withDates = (dateSystem: DateSystem): ReadContext => {
    let today: IsoDate | null = null;
    return {
      get timeZone() {
        return timeZone();
      },
      get today() {
        return (today ??= todayIn(new Date(), timeZone()));
      },
      dateSystem,
    };
  };
  return async () => {
    if (known) return withDates(known);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fallback = new Promise<DateSystem>((resolve) => {
      timer = setTimeout(() => resolve('1900'), waitMs);
    });
    const system = await Promise.race([detected, fallback]);
    clearTimeout(timer);
    return withDates(system);
  };
}
