/**
 * `hwbc check FILE.xlsx|FILE.csv [--as-of YYYY-MM-DD] [--json]`: checks a workbook file and
 * prints the findings. The file is only ever read: the check runs with no report sheet and
 * the workbook is never saved. Exit code 0 when checked, 2 when the file (or the command
 * line) cannot be used, with a message in plain words saying why (set HWBC_DEBUG=1 to see
 * the underlying error as well).
 *
 * Given more than one file, a folder or a glob, it checks every workbook and prints one
 * combined result for the PCN (checkTeam.ts); `--report FILE.xlsx` also writes it as a new
 * workbook.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkJson, checkTable } from '../../shared/check/report/textReport';
import { isIsoDate } from '../../shared/values/dates/calendarDate';
import { FILE_MESSAGES } from '../xlsx/reading/fileMessages';

const USAGE =
  'Usage: hwbc check FILE.xlsx|FILE.csv|FOLDER|GLOB ... [--as-of YYYY-MM-DD] [--json] [--report NEW-FILE.xlsx]';

import type { CheckArgs } from './checkTeam';
import { checkFile, nameProblem } from './checkFile';

/** The arguments, or the reason they cannot be used. */
function parseArgs(args: readonly string[]): CheckArgs | string {
  const files: string[] = [];
  let asOf: string | undefined;
  let report: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--as-of' || a.startsWith('--as-of=')) {
      asOf = a === '--as-of' ? args[++i] : a.slice('--as-of='.length);
      if (!asOf || !isIsoDate(asOf))
        return `--as-of needs a date written YYYY-MM-DD, such as 2026-03-20; got "${asOf ?? ''}".`;
    } else if (a === '--report' || a.startsWith('--report=')) {
      report = a === '--report' ? args[++i] : a.slice('--report='.length);
      if (!report || !/\.xlsx$/i.test(report))
        return `--report needs the name of a new .xlsx file to write, such as team-report.xlsx; got "${report ?? ''}".`;
    } else if (a.startsWith('-')) return `Unknown option "${a}".`;
    else files.push(a);
  }
  return files.length === 0 ? 'Which file? Give an .xlsx or .csv file to check.' : { files, asOf, json, report };
}

/** One file named, and nothing that asks for the PCN view: the check of one workbook as ever. */
function oneFile(args: CheckArgs): string | null {
  const [file] = args.files;
  const folder = fs.existsSync(file) && fs.statSync(file).isDirectory();
  const glob = !fs.existsSync(file) && /[*?[]/.test(file);
  return args.files.length === 1 && args.report === undefined && !folder && !glob ? file : null;
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
  const file = oneFile(parsed);
  if (file === null) return (await import('./checkTeam')).checkTeam(parsed);
  const problem = nameProblem(file);
  if (problem) {
    console.error(problem);
    return 2;
  }
  const timer = watchdog(file);
  try {
    return await checkOne(file, parsed);
  } finally {
    clearTimeout(timer);
  }
}

async function checkOne(file: string, parsed: CheckArgs): Promise<number> {
  const checked = await checkFile(file, parsed.asOf);
  if ('problem' in checked) {
    console.error(checked.problem);
    return 2;
  }
  const { result, format } = checked;
  const name = path.basename(file);
  const byName = /\.csv$/i.test(file) ? 'csv' : 'xlsx';
  const readAs = FILE_MESSAGES.readAs(name, format, byName);
  if (parsed.json) console.log(JSON.stringify({ ...checkJson(result), readAs }, null, 2));
  else {
    // Said only when it is news: a CSV's encoding and separator, or a renamed workbook.
    if (format.kind === 'csv' || byName === 'csv') console.log(readAs);
    console.log(checkTable(result, name));
  }
  return 0;
}
