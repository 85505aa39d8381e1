/**
 * `hwbc check` over many workbooks (files, folders, globs): each is read and checked alone, as
 * `hwbc check FILE` would, on every core (checkFiles.ts); then they are
 * put together for the PCN (shared/team). A workbook that cannot be read is listed with its
 * reason and the rest go on. Exit code 0 when at least one workbook was checked, else 2.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { FileCheck } from '../../shared/team/types';
import { combineChecks } from '../../shared/team/combineChecks';
import { teamJson, teamTable } from '../../shared/team/teamText';
import { fileCheck } from '../xlsx/reading/checkBytes';
import { checkFiles } from './checkFiles';

/**
 * What `hwbc check` was asked to do.
 *
 * @example
 * const args: CheckArgs = { files: ['team'], json: false, report: 'team-report.xlsx' };
 */
export interface CheckArgs {
  files: string[];
  asOf?: string;
  json: boolean;
  report?: string;
}

import { workbookFiles } from './workbookFiles';

/** Why the report cannot be written there, or null: it is always a new file, never one replaced. */
function reportProblem(report: string): string | null {
  if (fs.existsSync(report))
    return `"${report}" already exists: the report is always written as a new file, so nothing of yours is replaced. Give another name with --report.`;
  const folder = path.dirname(path.resolve(report));
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory())
    return `Cannot write "${report}": there is no folder "${path.dirname(report)}".`;
  return null;
}

/**
 * Checks every workbook named and prints (and, with --report, writes) the PCN's result.
 *
 * @example
 * await checkTeam({ files: ['team'], json: false, report: 'team-report.xlsx' }); // 0
 */
export async function checkTeam(args: CheckArgs): Promise<number> {
  const refused = args.report === undefined ? null : reportProblem(args.report);
  if (refused) {
    console.error(refused);
    return 2;
  }
  const named = workbookFiles(args.files);
  const checks: FileCheck[] = named.problems.map((p) => ({ file: p.file, problem: p.problem }));
  const checked = await checkFiles(named.files, args.asOf);
  named.files.forEach((file, i) => checks.push(fileCheck(file, checked[i])));
  const result = combineChecks(checks, args.asOf);
  const problems = result.files.flatMap((f) => (f.problem === null ? [] : [f.problem]));
  // Nothing checked: only the reasons, as for one file that cannot be read.
  if (result.coaches.length === 0) {
    problems.forEach((p) => console.error(p));
    return 2;
  }
  if (args.json) problems.forEach((p) => console.error(p));
  console.log(args.json ? JSON.stringify(teamJson(result), null, 2) : teamTable(result));
  if (args.report !== undefined) {
    // Loaded only for a report: the writer (exceljs) takes longer to load than a workbook to check.
    const { teamReportBytes } = await import('../xlsx/teamReportFile');
    // "wx": fail rather than replace, should a file of that name appear meanwhile.
    fs.writeFileSync(args.report, await teamReportBytes(result), { flag: 'wx' });
    if (!args.json) console.log(`\nWrote the report to ${args.report}.`);
  }
  return 0;
}
