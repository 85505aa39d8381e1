/**
 * Loading a .csv file as a one-sheet workbook named after the file ("team.csv" → "team").
 * exceljs's own CSV reading would turn "03-04-2026" into 4 March (US order) and "007" into 7;
 * here only plain numbers and TRUE/FALSE are converted and everything else stays text, which
 * the core's readers (ISO and UK dates, numeric text) understand.
 */
import ExcelJS from 'exceljs';
import * as path from 'path';

/** Numbers as a spreadsheet would read them, but not IDs with leading zeros like "007". */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * A CSV field as a cell value.
 *
 * @example
 * csvValue('12.5'); // 12.5
 * csvValue('007');  // '007'
 */
export function csvValue(field: string): string | number | boolean | null {
  const t = field.trim();
  if (t === '') return null;
  if (PLAIN_NUMBER.test(t)) return Number(t);
  if (/^(true|false)$/i.test(t)) return t.toUpperCase() === 'TRUE';
  return field;
}

/**
 * The sheet name a CSV file gets: its file name without extension, cut to Excel's 31
 * characters and without the characters a sheet name may not hold.
 *
 * @example
 * csvSheetName('/tmp/Hours log.csv'); // 'Hours log'
 */
export function csvSheetName(file: string): string {
  const base = path.basename(file, path.extname(file)).replace(/[\\/?*[\]:]/g, '_');
  return (base || 'Sheet1').slice(0, 31);
}

/**
 * Reads a CSV file (UTF-8, a byte order mark allowed) into a new exceljs workbook.
 *
 * @example
 * const wb = await readCsv('team.csv'); // one sheet, "team"
 */
export async function readCsv(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.csv.readFile(file, {
    sheetName: csvSheetName(file),
    map: (datum: string) => csvValue(datum.replace(/^\uFEFF/, '')),
  } as unknown as ExcelJS.CsvReadOptions);
  return wb;
}
