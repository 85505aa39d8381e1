/**
 * The overview page's worker: reads and checks each chosen file in turn, off the page's own
 * thread so the page stays responsive, through the same step as `hwbc check` (checkBytes.ts),
 * then puts them together for the PCN (shared/team) and, when asked, makes the same .xlsx
 * report. Files are read here, in the browser; nothing is sent anywhere.
 */
import { combineChecks } from '../shared/team/combineChecks';
import type { FileCheck, TeamResult } from '../shared/team/types';
import { checkBytes, fileCheck } from '../src/xlsx/reading/checkBytes';
import { FILE_MESSAGES } from '../src/xlsx/reading/fileMessages';
import { FILE_SIZE_LIMIT } from '../src/xlsx/reading/sniffFile';
import { teamReportBytes } from '../src/xlsx/teamReportFile';
import type { ChosenFile } from './chosenFiles';
import type { FromWorker, ToWorker } from './workerMessages';

const WORKBOOK_NAME = /\.(xlsx|xlsm|csv)$/i;
const OVERVIEW_MESSAGES = {
  checkFailed: (file: string) =>
    `"${file}" was read but the check could not finish: something in it was not what the check expected.`,
};

/** Where the worker's messages go (the worker's own scope; a test's stand-in). */
const post = (m: FromWorker, transfer: Transferable[] = []) =>
  (self as unknown as { postMessage(m: FromWorker, t: Transferable[]): void }).postMessage(m, transfer);

/**
 * One chosen file's check, or the plain reason it has none (the command line's words).
 *
 * @example
 * await checkChosenFile({ file, path: 'sam.xlsx', inFolder: false }, '2026-03-20'); // { file: 'sam.xlsx', outcome: { … } }
 */
export async function checkChosenFile(chosen: ChosenFile, asOf: string | undefined): Promise<FileCheck> {
  const { file, path: name } = chosen;
  if (!WORKBOOK_NAME.test(name)) return { file: name, problem: FILE_MESSAGES.notWorkbookName(name) };
  if (file === null) return { file: name, problem: FILE_MESSAGES.unreadable(name) };
  if (file.size > FILE_SIZE_LIMIT)
    return { file: name, problem: FILE_MESSAGES.tooLarge(name, file.size, FILE_SIZE_LIMIT) };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { file: name, problem: FILE_MESSAGES.unreadable(name) };
  }
  const checked = await checkBytes(bytes, name, asOf);
  if ('problem' in checked && checked.failed === 'check')
    return { file: name, problem: OVERVIEW_MESSAGES.checkFailed(name) };
  return fileCheck(name, checked);
}

let last: TeamResult | null = null;

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  void (async () => {
    try {
      if (m.kind === 'report') {
        if (!last) throw new Error('There is no result to report yet.');
        const bytes = await teamReportBytes(last);
        post({ kind: 'report', bytes }, [bytes.buffer as ArrayBuffer]);
        return;
      }
      const checks: FileCheck[] = [];
      for (const file of m.files) {
        const check = await checkChosenFile(file, m.asOf ?? undefined);
        checks.push(check);
        const problem = 'problem' in check ? check.problem : null;
        post({ kind: 'progress', done: checks.length, total: m.files.length, file: check.file, problem });
      }
      last = combineChecks(checks, m.asOf ?? undefined);
      post({ kind: 'result', result: last });
    } catch (e) {
      post({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  })();
});
