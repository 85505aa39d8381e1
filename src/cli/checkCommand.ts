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
import { checkJson, checkTable } from '../../shared/check/report/textReport';
import { isIsoDate } from '../../shared/values/calendarDate';
import { shownText } from '../../shared/values/shownText';
import { FILE_MESSAGES } from '../xlsx/fileMessages';
import { FileProblem } from '../xlsx/workbookFile';
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

/** Why a file's name rules it out, or null. */
function nameProblem(file: string): string | null {
  if (!/\.(xlsx|xlsm|csv)$/i.test(file) && fs.existsSync(file) && !fs.statSync(file).isDirectory())
    return `Cannot read "${shownText(file)}": only .xlsx and .csv files can be checked.`;
  return null;
}

/**
 * The longest a check may take, in seconds (HWBC_TIME_LIMIT overrides): a file that would
 * take longer is stopped with exit 2 rather than left hanging.
 */
function timeLimitSeconds(): number {
  const given = Number(process.env.HWBC_TIME_LIMIT);
  return Number.isFinite(given) && given > 0 ? given : 300;
}

/** Stops the process with exit 2 and a plain message when the check runs past its time. */
function watchdog(file: string): NodeJS.Timeout {
  const seconds = timeLimitSeconds();
  const timer = setTimeout(() => {
    console.error(FILE_MESSAGES.timeLimit(file, seconds));
    process.exit(2);
  }, seconds * 1000);
  timer.unref();
  return timer;
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
  const problem = nameProblem(parsed.file);
  if (problem) {
    console.error(problem);
    return 2;
  }
  const timer = watchdog(parsed.file);
  try {
    return await checkFile(parsed);
  } finally {
    clearTimeout(timer);
  }
}

async function checkFile(parsed: CheckArgs): Promise<number> {
  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.fromFile(parsed.file);
    // A zip that is not a workbook opens, then has no workbook properties: find out now.
    await workbook.info();
  } catch (e) {
    const message = e instanceof FileProblem ? e.message : FILE_MESSAGES.notXlsx(parsed.file);
    console.error(withDetails(message, e));
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
  const byName = /\.csv$/i.test(parsed.file) ? 'csv' : 'xlsx';
  const readAs = FILE_MESSAGES.readAs(name, workbook.format, byName);
  if (parsed.json) console.log(JSON.stringify({ ...checkJson(result), readAs }, null, 2));
  else {
    // Said only when it is news: a CSV's encoding and separator, or a renamed workbook.
    if (workbook.format.kind === 'csv' || byName === 'csv') console.log(readAs);
    console.log(checkTable(result, name));
  }
  return 0;
}
