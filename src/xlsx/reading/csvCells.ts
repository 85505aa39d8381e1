/**
 * A .csv file's bytes as a one-sheet workbook for the check, named after the file ("team.csv"
 * → "team"), on the command line and in the overview page's worker alike. Only plain numbers
 * and TRUE/FALSE are converted and everything else stays text (a spreadsheet's own CSV reading
 * would turn "03-04-2026" into 4 March and "007" into 7), which the core's readers (ISO and UK
 * dates, numeric text) understand. The encoding and separator are found from the file
 * (csvText.ts) and given back so the user is told.
 */
import { SheetCells } from '../../../shared/sheetFromCells';
import type { HostInfo } from '../../../shared/workbook';
import { CellsWorkbook } from './cellsWorkbook';
import { type CsvFormat, csvSeparator, decodeCsv, parseCsv } from './csvText';

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
 * The sheet name a CSV file gets: its file name without folder or extension, cut to Excel's 31
 * characters and without the characters a sheet name may not hold.
 *
 * @example
 * csvSheetName('/tmp/Hours log.csv'); // 'Hours log'
 */
export function csvSheetName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? '';
  const base = (/^(.+)\.[^.]*$/.exec(name)?.[1] ?? name).replace(/[\\/?*[\]:]/g, '_');
  return (base || 'Sheet1').slice(0, 31);
}

/**
 * Each row's fields as cells (row and column 0-based), blank fields left out.
 *
 * @example
 * csvSheetCells('Name,Hours\nSam,12', 'comma').size; // 4
 */
export function csvSheetCells(text: string, separator: CsvFormat['separator']): SheetCells {
  const cells = new SheetCells();
  let r = -1;
  parseCsv(text, separator, (fields) => {
    r++;
    fields.forEach((f, c) => {
      const v = csvValue(f);
      if (v !== null) cells.add(r, c, v, null);
    });
  });
  return cells;
}

/**
 * A CSV file's bytes as a read-only workbook of one sheet, and what the file was found to be.
 *
 * @example
 * const { port, format } = csvCells(bytes, 'team.csv'); // format: { encoding: 'UTF-8', separator: 'comma' }
 */
export function csvCells(
  bytes: Uint8Array,
  file: string,
  info: Partial<HostInfo> = {},
): { port: CellsWorkbook; format: CsvFormat } {
  const { text, encoding } = decodeCsv(bytes);
  const separator = csvSeparator(text);
  const sheets = new Map([[csvSheetName(file), csvSheetCells(text, separator)]]);
  return { port: new CellsWorkbook(sheets, new Map(), false, info), format: { encoding, separator } };
}
