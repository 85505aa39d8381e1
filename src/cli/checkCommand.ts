/**
 * `hwbc check FILE.xlsx|FILE.csv [--as-of YYYY-MM-DD] [--json]`: checks a workbook file and
 * prints the findings. The file is only ever read: the check runs with no report sheet and
 * the workbook is never saved. Exit code 0 when checked, 2 when the file (or the command
 * line) cannot be used, with a message in plain words saying why (set HWBC_DEBUG=1 to see
 * the underlying error as well).
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbook, type CheckResult } from '../../shared/check';
import { checkJson, checkTable } from '../../shared/check/textReport';
import { isIsoDate } from '../../shared/values/calendarDate';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';

const USAGE = 'Usage: hwbc check FILE.xlsx|FILE.csv [--as-of YYYY-MM-DD] [--json]';

interface CheckArgs {
  file: string;
  asOf?: string;
  json: boolean;
}

/** The arguments, or the reason they cannot be used. */
function parseArgs(args: readonly string[]): CheckArgs | string {
  let file: string | undefined;
  let asOf: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--as-of' || a.startsWith('--as-of=')) {
      asOf = a === '--as-of' ? args[++i] : a.slice('--as-of='.length);
      if (!asOf || !isIsoDate(asOf))
        return `--as-of needs a date written YYYY-MM-DD, such as 2026-03-20; got "${asOf ?? ''}".`;
    } else if (a.startsWith('-')) return `Unknown option "${a}".`;
    else if (file === undefined) file = a;
    else return `Only one file can be checked at a time; got "${file}" and "${a}".`;
  }
  return file === undefined ? 'Which file? Give an .xlsx or .csv file to check.' : { file, asOf, json };
}

/**
 * What the command says when a file cannot be used, in plain words: a library's own error
 * text (jszip's "Can't find end of central directory", with a web address) means nothing to
 * a practice manager, so it is shown only with HWBC_DEBUG=1.
 */
const CLI_MESSAGES = {
  notXlsx: (file: string) =>
    `"${file}" is not a readable .xlsx workbook (it may be damaged or password-protected). Open it in Excel and save it again as .xlsx.`,
  notCsv: (file: string) =>
    `"${file}" is not a readable CSV file (it may be damaged or in another format). Open it in Excel and save it again as CSV (comma delimited), or as .xlsx.`,
  checkFailed: (file: string) =>
    `"${file}" was read but the check could not finish: something in it was not what the check expected. Run again with HWBC_DEBUG=1 to see the details, and please report them.`,
  debug: (detail: string) => `HWBC_DEBUG: ${detail}`,
};

function unreadable(file: string): string {
  return /\.csv$/i.test(file) ? CLI_MESSAGES.notCsv(file) : CLI_MESSAGES.notXlsx(file);
}

/** The message, plus the original error when HWBC_DEBUG=1 asks for it. */
function withDetails(message: string, e: unknown): string {
  if (process.env.HWBC_DEBUG !== '1') return message;
  const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
  return `${message}\n${CLI_MESSAGES.debug(detail)}`;
}

/** Why a file cannot be checked, or null when it looks usable. */
function fileProblem(file: string): string | null {
  if (!fs.existsSync(file)) return `Cannot read "${file}": there is no such file.`;
  if (fs.statSync(file).isDirectory()) return `Cannot read "${file}": it is a folder, not a file.`;
  if (!/\.(xlsx|xlsm|csv)$/i.test(file)) return `Cannot read "${file}": only .xlsx and .csv files can be checked.`;
  return null;
}

/**
 * Runs `hwbc check` and gives the exit code.
 *
 * @example
 * await checkCommand(['team.xlsx', '--as-of', '2026-03-20', '--json']); // 0
 */
export async function checkCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    console.error(`${parsed}\n${USAGE}`);
    return 2;
  }
  const problem = fileProblem(parsed.file);
  if (problem) {
    console.error(problem);
    return 2;
  }
  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.fromFile(parsed.file);
    // A zip that is not a workbook opens, then has no workbook properties: find out now.
    await workbook.info();
  } catch (e) {
    console.error(withDetails(unreadable(parsed.file), e));
    return 2;
  }
  let result: CheckResult;
  try {
    result = await checkWorkbook(workbook, { asOf: parsed.asOf, writeReport: false });
  } catch (e) {
    console.error(withDetails(CLI_MESSAGES.checkFailed(parsed.file), e));
    return 2;
  }
  const name = path.basename(parsed.file);
  console.log(parsed.json ? JSON.stringify(checkJson(result), null, 2) : checkTable(result, name));
  return 0;
}
