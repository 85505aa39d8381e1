/**
 * Reading a template sheet's typed-in rows back through the port, as records by column key,
 * with dates as ISO text: what the tests feed to the rules core to re-derive the sheets.
 */
import { readContext } from '../../shared/values/context';
import { readDate } from '../../shared/values/dates/readDate';
import type { ColumnSpec, SheetData } from '../../shared/workbook';

export type Row = Record<string, string | number | boolean | null>;

/**
 * The rows of a sheet that hold a value in their first column, by column key. Columns listed
 * in `dates` are read as calendar dates.
 *
 * @example
 * records(await wb.read('Hours log'), HOURS_LOG_COLUMNS, ['date'])[0].date; // '2026-07-28'
 */
export function records(data: SheetData, columns: readonly ColumnSpec[], dates: readonly string[] = []): Row[] {
  const ctx = readContext('2026-01-01');
  return data.values
    .slice(1)
    .filter((row) => row[0] !== null && row[0] !== '')
    .map((row) =>
      Object.fromEntries(
        columns.map((c, i) => {
          const v = row[i] ?? null;
          return [c.key, dates.includes(c.key) ? readDate(c.key, v, ctx) : (v as Row[string])];
        }),
      ),
    );
}
