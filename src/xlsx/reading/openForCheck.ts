/**
 * Opening a file for `hwbc check`, which only reads: an .xlsx workbook is streamed row by row
 * (StreamedWorkbook, bounded memory), a CSV file built as a one-sheet workbook. Either way a
 * file that cannot be read is a FileProblem saying why.
 */
import type { HostInfo, WorkbookPort } from '../../../shared/workbook';
import { with1904AsExcelWrites } from '../date1904';
import { FILE_MESSAGES } from './fileMessages';
import { csvWorkbook } from './readCsv';
import { StreamedWorkbook } from './streamedWorkbook';
import { FileProblem, readFileBytes, sniffFile, type FileFormat } from './workbookFile';
import { XlsxWorkbook } from '../xlsxWorkbook';

/**
 * The file behind a read-only port, and what it was read as.
 *
 * @example
 * const { port, format } = await openForCheck('team.csv'); // format: { kind: 'csv', encoding: 'UTF-8', separator: 'comma' }
 */
export async function openForCheck(
  file: string,
  info: Partial<HostInfo> = {},
): Promise<{ port: WorkbookPort; format: FileFormat }> {
  const bytes = readFileBytes(file);
  // A file named .xlsx is read as a workbook (any failure says it is not a readable one);
  // a .csv file by what it holds, as a renamed workbook is still a workbook.
  if (!/\.xls[xm]$/i.test(file) && sniffFile(bytes, file) === 'csv') {
    const { workbook, format } = csvWorkbook(bytes, file);
    return { port: new XlsxWorkbook(info, workbook), format: { kind: 'csv', ...format } };
  }
  try {
    const port = await StreamedWorkbook.read(await with1904AsExcelWrites(bytes), info);
    // A zip that is not a workbook streams no sheet at all: not a readable workbook either.
    if ((await port.sheetNames()).length === 0) throw new Error('no worksheet in the file');
    return { port, format: { kind: 'xlsx' } };
  } catch (e) {
    throw e instanceof FileProblem ? e : new FileProblem(FILE_MESSAGES.notXlsx(file), e);
  }
}
