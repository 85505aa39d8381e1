/**
 * Reading and checking one workbook file for `hwbc check`, alone or one of many: the plain
 * reason when it cannot be read (the underlying error only with HWBC_DEBUG=1).
 */
import * as fs from 'fs';
import { checkWorkbook, type CheckResult } from '../../shared/check';
import { shownText } from '../../shared/values/cells/shownText';
import { FILE_MESSAGES } from '../xlsx/fileMessages';
import type { WorkbookPort } from '../../shared/workbook';
import { openForCheck } from '../xlsx/openForCheck';
import { FileProblem, readFileBytes, type FileFormat } from '../xlsx/workbookFile';
import { QuickXlsx } from '../xlsx/quickXlsx';

const CLI_MESSAGES = {
  checkFailed: (file: string) =>
    `"${shownText(file)}" was read but the check could not finish: something in it was not what the check expected. Run again with HWBC_DEBUG=1 to see the details, and please report them.`,
  debug: (detail: string) => `HWBC_DEBUG: ${detail}`,
};

/** The message, plus the original error when HWBC_DEBUG=1 asks for it. */
function withDetails(message: string, e: unknown): string {
  if (process.env.HWBC_DEBUG !== '1') return message;
  const cause = e instanceof FileProblem && e.detail !== undefined ? e.detail : e;
  const detail = cause instanceof Error ? (cause.stack ?? cause.message) : String(cause);
  return `${message}\n${CLI_MESSAGES.debug(detail)}`;
}

/**
 * Why a file's name rules it out, or null.
 *
 * @example
 * nameProblem('notes.txt'); // 'Cannot read "notes.txt": only .xlsx and .csv files can be checked.'
 */
export function nameProblem(file: string): string | null {
  if (!/\.(xlsx|xlsm|csv)$/i.test(file) && fs.existsSync(file) && !fs.statSync(file).isDirectory())
    return `Cannot read "${shownText(file)}": only .xlsx and .csv files can be checked.`;
  return null;
}

/** The file's cells read the quick way (quickXlsx.ts), or null to read it with exceljs. */
function quickPort(file: string): QuickXlsx | null {
  try {
    return QuickXlsx.fromBytes(Buffer.from(readFileBytes(file)));
  } catch {
    return null;
  }
}

/**
 * Reads and checks one workbook file, or gives the plain reason it cannot be (with the
 * underlying error when HWBC_DEBUG=1). The file is only read, never written. `quick` reads an
 * .xlsx file's cells straight from its XML (many workbooks at once), falling back to exceljs
 * for anything that reader does not take.
 *
 * @example
 * await checkFile('team.xlsx', '2026-03-20'); // { result: { asOf, coaches, findings, … }, format: { kind: 'xlsx' } }
 * await checkFile('notes.txt');                // { problem: 'Cannot read "notes.txt": only .xlsx and .csv files can be checked.' }
 */
export async function checkFile(
  file: string,
  asOf?: string,
  quick = false,
): Promise<{ result: CheckResult; format: FileFormat } | { problem: string }> {
  const problem = nameProblem(file);
  if (problem) return { problem };
  if (quick && /\.(xlsx|xlsm)$/i.test(file)) {
    const port = quickPort(file);
    try {
      if (port) return { result: await checkWorkbook(port, { asOf, writeReport: false }), format: { kind: 'xlsx' } };
    } catch {
      // Checked again below through exceljs, which says in plain words what is wrong.
    }
  }
  let workbook: WorkbookPort;
  let format: FileFormat;
  try {
    ({ port: workbook, format } = await openForCheck(file));
    // A zip that is not a workbook opens, then has no workbook properties: find out now.
    await workbook.info();
  } catch (e) {
    const message = e instanceof FileProblem ? e.message : FILE_MESSAGES.notXlsx(file);
    return { problem: withDetails(message, e) };
  }
  try {
    return { result: await checkWorkbook(workbook, { asOf, writeReport: false }), format };
  } catch (e) {
    return { problem: withDetails(CLI_MESSAGES.checkFailed(file), e) };
  }
}
