/**
 * Test helpers: a small sheet of input cases with formula columns, written through the .xlsx
 * port, recalculated by LibreOffice, and read back as text.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SheetSpec, WriteValue } from '../../shared/workbook';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { recalculate, type RecalculatedWorkbook } from '../support/libreoffice';

/** A column of a case sheet: its header and, for dates, a date format. */
export interface CaseColumn {
  header: string;
  date?: boolean;
}

/**
 * A sheet of cases: one row each, inputs and formulas as given.
 *
 * @example
 * caseSheet('Tier', [{ header: 'hours' }, { header: 'tier' }], [[50, { formula: '=…' }]]);
 */
export function caseSheet(name: string, columns: readonly CaseColumn[], rows: WriteValue[][]): SheetSpec {
  return {
    name,
    columns: columns.map((c, i) => ({
      key: `c${i}`,
      header: c.header,
      numberFormat: c.date ? 'yyyy-mm-dd' : undefined,
    })),
    rows,
    formatRows: rows.length,
    frozenRows: 1,
    filter: false,
    highlights: [],
  };
}

/**
 * Writes the sheets into one .xlsx file and recalculates it in one LibreOffice run.
 *
 * @example
 * const book = await recalculateSheets([caseSheet(…)]);
 */
export async function recalculateSheets(specs: readonly SheetSpec[]): Promise<RecalculatedWorkbook> {
  const wb = new XlsxWorkbook({ today: '2026-03-20' });
  for (const spec of specs) await wb.addSheet(spec);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-cases-'));
  try {
    const file = path.join(dir, 'cases.xlsx');
    await wb.save(file);
    return await recalculate(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A written value as the rules take it: dates as ISO text, blanks as null. */
export function asRuleValue(v: WriteValue): string | number | boolean | null {
  if (v !== null && typeof v === 'object') return 'date' in v ? v.date : null;
  return v;
}

/** Numbers equal to the last few digits a spreadsheet keeps. */
export function closeTo(actual: string, expected: number): boolean {
  return Math.abs(Number(actual) - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}
