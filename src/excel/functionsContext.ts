/**
 * The read context the custom functions use: today where the user is, their time zone and
 * the workbook's date system. Excel can hold an Office.js request until a recalculation
 * ends while that recalculation waits for the functions, so a function never waits long for
 * the date-system answer: it assumes Excel's usual 1900 system, and if the workbook turns out
 * to use 1904, asks Excel to recalculate once the answer is in.
 */
import type { IsoDate } from '../../shared/values/calendarDate';
import type { ReadContext } from '../../shared/values/context';
import type { DateSystem } from '../../shared/values/excelSerial';
import { type ExcelRun, localTimeZone, todayIn, workbookDateSystem } from './excelContext';

/** How long a function waits for the date system before assuming 1900. */
export const DATE_SYSTEM_WAIT_MS = 1000;

async function recalculate(run: ExcelRun): Promise<void> {
  try {
    await run(async (context) => {
      context.workbook.application.calculate('Full');
      await context.sync();
    });
  } catch {
    // Nothing more to do: the next edit recalculates the cells anyway.
  }
}

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
  let assumed = false;
  // detectDateSystem never fails; if Office itself does not start, Excel's default is all there is.
  const detected = ready.then(
    () => workbookDateSystem(run),
    (): DateSystem => '1900',
  );
  void detected.then((system) => {
    known = system;
    // Cells worked out meanwhile read 1904 serials as 1900 ones: have Excel work them out again.
    if (assumed && system === '1904') void recalculate(run);
  });
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
      timer = setTimeout(() => {
        assumed = true;
        resolve('1900');
      }, waitMs);
    });
    const system = await Promise.race([detected, fallback]);
    clearTimeout(timer);
    return withDates(system);
  };
}
