/**
 * Reading and checking one workbook file for `hwbc check`, alone or one of many: the file's
 * bytes read as the command line reads any file, then checked by the same step as the
 * overview page (checkBytes.ts); the plain reason when it cannot be (the underlying error only
 * with HWBC_DEBUG=1).
 */
import * as fs from 'fs';
import type { CheckResult } from '../../shared/check';
import { shownText } from '../../shared/values/cells/shownText';
import { checkBytes } from '../xlsx/reading/checkBytes';
import { FILE_MESSAGES } from '../xlsx/reading/fileMessages';
import { FileProblem, readFileBytes, type FileFormat } from '../xlsx/reading/workbookFile';
import { nativeZip } from './nativeZip';

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
    return FILE_MESSAGES.notWorkbookName(file);
  return null;
}

/**
 * Reads and checks one workbook file, or gives the plain reason it cannot be (with the
 * underlying error when HWBC_DEBUG=1). The file is only read, never written.
 *
 * @example
 * await checkFile('team.xlsx', '2026-03-20'); // { result: { asOf, coaches, findings, … }, format: { kind: 'xlsx' } }
 * await checkFile('notes.txt');                // { problem: 'Cannot read "notes.txt": only .xlsx and .csv files can be checked.' }
 */
export async function checkFile(
  file: string,
  asOf?: string,
): Promise<{ result: CheckResult; format: FileFormat } | { problem: string }> {
  const problem = nameProblem(file);
  if (problem) return { problem };
  let bytes: Uint8Array;
  try {
    bytes = readFileBytes(file);
  } catch (e) {
    return { problem: withDetails(e instanceof FileProblem ? e.message : FILE_MESSAGES.unreadable(file), e) };
  }
  const checked = await checkBytes(bytes, file, asOf, nativeZip);
  if ('result' in checked) return checked;
  const message = checked.failed === 'check' ? CLI_MESSAGES.checkFailed(file) : checked.problem;
  return { problem: withDetails(message, checked.cause) };
}
