/**
 * The custom functions' read context: the workbook's date system when Excel answers in
 * time, Excel's usual 1900 system when it does not (it may be busy recalculating), and never a
 * recalculation or any other change to the workbook.
 */
import type { ExcelRun } from '../../src/excel/functions/excelContext';
import { functionsContext } from '../../src/excel/functions/functionsContext';

/** A stand-in Excel whose answer to DATE(1904,1,1) comes when the test says so. */
function slowExcel() {
  let answer: (system: '1900' | '1904') => void = () => undefined;
  const answered = new Promise<'1900' | '1904'>((resolve) => (answer = resolve));
  const calculations: string[] = [];
  const run = (async (batch: (context: unknown) => Promise<unknown>) => {
    const serial = { load: () => undefined, value: -1 };
    return batch({
      workbook: {
        functions: { date: () => serial },
        application: { calculate: (type: string) => calculations.push(type) },
      },
      sync: async () => {
        if (serial.value === -1) serial.value = (await answered) === '1904' ? 0 : 1462;
      },
    });
  }) as unknown as ExcelRun;
  return { run, answer, calculations };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('functionsContext', () => {
  it('uses the workbook’s own date system when Excel answers in time', async () => {
    const excel = slowExcel();
    const context = functionsContext(excel.run, Promise.resolve(), 200);
    excel.answer('1904');
    await expect(context()).resolves.toMatchObject({ dateSystem: '1904' });
    expect(excel.calculations).toEqual([]);
  });

  it('assumes 1900 while Excel is busy, uses 1904 once it knows, and never recalculates', async () => {
    const excel = slowExcel();
    const context = functionsContext(excel.run, Promise.resolve(), 10);
    await expect(context()).resolves.toMatchObject({ dateSystem: '1900' });
    excel.answer('1904');
    await settle();
    await expect(context()).resolves.toMatchObject({ dateSystem: '1904' });
    expect(excel.calculations).toEqual([]);
  });

  it('gives today’s date and the user’s time zone', async () => {
    const excel = slowExcel();
    excel.answer('1900');
    const ctx = await functionsContext(excel.run, Promise.resolve(), 200)();
    expect(ctx.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(ctx.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
