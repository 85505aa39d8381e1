/**
 * The functions self-test, worked out through the built custom functions as each host calls
 * them: every row passes in Excel (dist/excel/functions.js) with empty cells sent as 0, as
 * Excel for Windows and Mac sends them, and as null, as Excel on the web does; and in Google
 * Sheets (dist/gas/Code.js) with empty cells as "" and dates as Date objects.
 */
import { findFunction } from '../../shared/functions';
import { selfTestCases, selfTestSheet } from '../../shared/selftest';
import type { IsoDate } from '../../shared/values/dates/calendarDate';
import { isoToSerial } from '../../shared/values/dates/excelSerial';
import type { WriteValue } from '../../shared/workbook';
import { ensureGasBuild } from '../gas/support/builtGas';
import { loadCode } from '../gas/support/loadCode';
import { zonedInstant } from '../gas/fake/zoneDates';
import { FakeError, INVOCATION, loadFunctions } from '../support/builtExcelFunctions';
import { FakeGas } from '../support/fakeSpreadsheetApp';
import { ensureExcelBuild } from '../support/loadBundle';
import { caseRows, type HostCells, passes, workOut } from './support/selfTestGrid';

const isDateCell = (v: WriteValue): v is { date: IsoDate } => v !== null && typeof v === 'object' && 'date' in v;
const isFormula = (v: WriteValue): v is { formula: string } => v !== null && typeof v === 'object' && 'formula' in v;

function excelCells(blank: 0 | null): HostCells {
  return {
    input: (cell) =>
      cell === null
        ? blank
        : isDateCell(cell)
          ? isoToSerial(cell.date)
          : isFormula(cell)
            ? new FakeError('#N/A')
            : cell,
    result: (v) => (v instanceof FakeError ? { error: v.code } : (v as number | string | boolean)),
  };
}

describe.each([
  ['Excel for Windows and Mac (empty cells as 0)', 0 as const],
  ['Excel on the web (empty cells as null)', null],
])('the self-test in %s', (_host, blank) => {
  it('passes every row', async () => {
    const dir = await ensureExcelBuild();
    const { functions, changes } = loadFunctions(dir, '1900');
    const spec = selfTestSheet('excel');
    const results = await workOut(spec, excelCells(blank), (name, args) => {
      const declared = findFunction(name)!.params.length;
      return functions.get(name.replace('HWBC.', ''))!(
        ...args,
        ...Array(declared - args.length).fill(null),
        INVOCATION,
      );
    });
    const rows = caseRows(selfTestCases('excel'));
    const failed = rows.filter((r) => !passes(r.expected, results.get(r.row)));
    expect(
      failed.map((r) => `${r.c.spec.name}: ${r.c.checks} (row ${r.row}) got ${JSON.stringify(results.get(r.row))}`),
    ).toEqual([]);
    expect(rows.length).toBeGreaterThan(40);
    expect(changes).toEqual([]);
  }, 240_000);
});

describe('the self-test in Google Sheets', () => {
  it('passes every row', async () => {
    await ensureGasBuild();
    const zone = 'Europe/London';
    const script = loadCode(new FakeGas({ timeZone: zone }));
    const spec = selfTestSheet('sheets');
    const sheetsCells: HostCells = {
      input: (cell) => {
        if (cell === null) return '';
        if (!isDateCell(cell)) return cell;
        const [y, m, d] = cell.date.split('-').map(Number);
        return script.date(zonedInstant(y, m, d, 0, 0, 0, zone));
      },
      // A date result is shown as its serial: days since 30 December 1899 in the sheet's zone.
      result: (v) => {
        if (Object.prototype.toString.call(v) === '[object Date]') {
          const iso = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(v as Date) as IsoDate;
          return isoToSerial(iso);
        }
        if (v === null || v === undefined) return '';
        if (typeof v === 'object' && 'error' in (v as object)) return { error: (v as { error: string }).error };
        return v as number | string | boolean;
      },
    };
    // Sheets passes a one-cell reference as the value itself, a range as rows of values.
    const results = await workOut(spec, sheetsCells, (name, args) => {
      const values = args.map((a) => (Array.isArray(a) && a.length === 1 ? (a[0] as unknown[])[0] : a));
      return (script.global[name] as (...a: unknown[]) => unknown)(...values);
    });
    const rows = caseRows(selfTestCases('sheets'));
    const failed = rows.filter((r) => !passes(r.expected, results.get(r.row)));
    expect(
      failed.map((r) => `${r.c.spec.name}: ${r.c.checks} (row ${r.row}) got ${JSON.stringify(results.get(r.row))}`),
    ).toEqual([]);
    expect(spec.rows.flat().some((v) => isFormula(v) && v.formula.includes('HWBC.'))).toBe(false);
  }, 240_000);
});
