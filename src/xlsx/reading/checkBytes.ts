/**
 * Opening and checking one file's bytes, the step the command line (checkFile.ts) and the
 * overview page's worker share, so the two cannot disagree: CSV text or an .xlsx workbook by
 * what the bytes are, the one reader of each (csvCells.ts, readXlsx.ts), then the check. A
 * file that cannot be read gives its plain reason and the underlying error.
 */
import { checkWorkbook, type CheckResult } from '../../../shared/check';
import type { FileCheck } from '../../../shared/team/types';
import type { HostInfo, WorkbookPort } from '../../../shared/workbook';
import { csvCells } from './csvCells';
import { FILE_MESSAGES, type FileFormat } from './fileMessages';
import { readXlsx, type OpenParts } from './readXlsx';
import { FileProblem, sniffFile } from './sniffFile';

/**
 * The file's bytes behind a read-only port, and what they were read as. A file named .xlsx is
 * read as a workbook (any failure says it is not a readable one); any other by what it holds,
 * as a renamed workbook is still a workbook. `open` is the host's own way of unpacking an
 * .xlsx zip, where it has a faster one than jszip (readXlsx.ts).
 *
 * @example
 * const { port, format } = await openBytes(bytes, 'team.csv'); // format: { kind: 'csv', encoding: 'UTF-8', separator: 'comma' }
 */
export async function openBytes(
  bytes: Uint8Array,
  file: string,
  info: Partial<HostInfo> = {},
  open?: OpenParts,
): Promise<{ port: WorkbookPort; format: FileFormat }> {
  if (!/\.xls[xm]$/i.test(file) && sniffFile(bytes, file) === 'csv') {
    const { port, format } = csvCells(bytes, file, info);
    return { port, format: { kind: 'csv', ...format } };
  }
  try {
    // The check only asks whether a cell holds a formula, never its text (mappedRows.ts).
    return { port: await readXlsx(bytes, info, open, 'presence'), format: { kind: 'xlsx' } };
  } catch (e) {
    throw e instanceof FileProblem ? e : new FileProblem(FILE_MESSAGES.notXlsx(file), e);
  }
}

/**
 * What checking one file's bytes gave: its result and format, or the plain reason it has none
 * (`failed` says whether reading or the check itself stopped, `cause` is the underlying error).
 *
 * @example
 * const c: BytesCheck = { problem: '"x.xlsx" is not a readable .xlsx workbook …', failed: 'read', cause: e };
 */
export type BytesCheck =
  { result: CheckResult; format: FileFormat } | { problem: string; failed: 'read' | 'check'; cause: unknown };

/**
 * Reads and checks one file's bytes (an .xlsx unpacked the host's way, `open`, where given);
 * the file itself is never written.
 *
 * @example
 * await checkBytes(bytes, 'team.xlsx', '2026-03-20'); // { result: { coaches, findings, … }, format: { kind: 'xlsx' } }
 */
export async function checkBytes(
  bytes: Uint8Array,
  file: string,
  asOf?: string,
  open?: OpenParts,
): Promise<BytesCheck> {
  let opened: { port: WorkbookPort; format: FileFormat };
  try {
    opened = await openBytes(bytes, file, {}, open);
  } catch (e) {
    return { problem: e instanceof FileProblem ? e.message : FILE_MESSAGES.notXlsx(file), failed: 'read', cause: e };
  }
  try {
    return { result: await checkWorkbook(opened.port, { asOf, writeReport: false }), format: opened.format };
  } catch (e) {
    return { problem: FILE_MESSAGES.checkFailed(file), failed: 'check', cause: e };
  }
}

/**
 * One file's check as the PCN's combined result takes it (shared/team), from what checking the
 * file gave; the command line and the overview page both hand their files over this way.
 *
 * @example
 * fileCheck('sam.xlsx', await checkBytes(bytes, 'sam.xlsx')); // { file: 'sam.xlsx', outcome: { … } }
 */
export function fileCheck(file: string, checked: { result: CheckResult } | { problem: string }): FileCheck {
  return 'problem' in checked
    ? { file, problem: checked.problem }
    : { file, outcome: { ...checked.result, monthly: checked.result.monthly ?? [] } };
}
