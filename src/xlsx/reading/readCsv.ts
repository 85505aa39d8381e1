/**
 * Loading a .csv file as a one-sheet workbook named after the file ("team.csv" → "team").
 * exceljs's own CSV reading would turn "03-04-2026" into 4 March (US order) and "007" into 7;
 * here only plain numbers and TRUE/FALSE are converted and everything else stays text, which
 * the core's readers (ISO and UK dates, numeric text) understand. The encoding and separator
 * are found from the file (csvText.ts) and given back so the user is told.
 */
import ExcelJS from 'exceljs';
import { csvSheetName, csvValue } from './csvCells';
import { CsvFormat, csvSeparator, decodeCsv, parseCsv } from './csvText';

export { csvSheetName, csvValue } from './csvCells';

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
