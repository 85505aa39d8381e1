/**
 * Excel refuses a formula longer than 8,192 characters. The totals that read a log line by line
 * (docs/rules.md §9) are the longest formulas the template writes; every formula of the sample
 * workbook, on its last formula rows too (more digits in each row number), must fit.
 */
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import * as T from '../../shared/templates';

const EXCEL_FORMULA_LIMIT = 8192;

it('writes no formula longer than Excel takes', async () => {
  const wb = new MemoryWorkbook({ today: '2026-03-20' });
  await T.createTemplates(wb, { sample: true });
  let longest = { length: 0, where: '' };
  for (const sheet of await wb.sheetNames()) {
    const data = await wb.read(sheet);
    data.formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f !== null && f.length > longest.length)
          longest = { length: f.length, where: `${sheet} ${r + 1}:${c + 1}` };
      }),
    );
  }
  expect(longest.length).toBeGreaterThan(7000);
  expect(longest.length).toBeLessThanOrEqual(EXCEL_FORMULA_LIMIT);
});
