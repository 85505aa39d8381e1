/**
 * Loading a .csv file as a one-sheet workbook named after the file ("team.csv" → "team").
 * exceljs's own CSV reading would turn "03-04-2026" into 4 March (US order) and "007" into 7;
 * here only plain numbers and TRUE/FALSE are converted and everything else stays text, which
 * the core's readers (ISO and UK dates, numeric text) understand. The encoding and separator
 * are found from the file (csvText.ts) and given back so the user is told.
 */
import ExcelJS from 'exceljs';
import * as path from 'path';
import { CsvFormat, csvSeparator, decodeCsv, parseCsv } from './csvText';

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
 * A CSV file's bytes as a new exceljs workbook of one sheet, and what the file was found to be.
 *
 * @example
 * const { workbook, format } = csvWorkbook(bytes, 'team.csv'); // format: { encoding: 'UTF-8', separator: 'comma' }
 */
export function csvWorkbook(bytes: Uint8Array, file: string): { workbook: ExcelJS.Workbook; format: CsvFormat } {
  const { text, encoding } = decodeCsv(bytes);
  const separator = csvSeparator(text);
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(csvSheetName(file));
  let r = 0;
  parseCsv(text, separator, (fields) => {
    r++;
    if (fields.every((f) => f.trim() === '')) return;
    const row = ws.getRow(r);
    fields.forEach((f, c) => {
      const v = csvValue(f);
      if (v !== null) row.getCell(c + 1).value = v;
    });
  });
  return { workbook, format: { encoding, separator } };
}
