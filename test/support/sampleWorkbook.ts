/**
 * The template's own sample workbook (`hwbc template --sample`) as tests start from it: made by
 * the .xlsx host, with the workbook's as-of date fixed on Settings so LibreOffice's TODAY()
 * does not decide what a recalculated copy shows.
 */
import { createTemplates } from '../../shared/templates';
import type { IsoDate } from '../../shared/values/dates/calendarDate';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

/**
 * A new sample workbook whose Settings "As-of date" (its "Your value" row) is `asOf`.
 *
 * @example
 * const wb = await sampleWorkbook('2026-03-20');
 * await wb.save('/tmp/sample.xlsx');
 */
export async function sampleWorkbook(asOf: IsoDate): Promise<XlsxWorkbook> {
  const wb = new XlsxWorkbook({ today: asOf, timeZone: 'Europe/London' });
  await createTemplates(wb, { sample: true });
  const settings = await wb.read('Settings');
  await wb.write('Settings', { row: 1, col: settings.values[0].indexOf('As-of date') }, [[{ date: asOf }]]);
  return wb;
}
