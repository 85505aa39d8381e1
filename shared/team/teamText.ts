/**
 * The PCN's combined check as the command line prints it: JSON (the single-workbook shape,
 * with a `file` on every coach and finding, plus the workbooks and the monthly summary) and
 * a table for a terminal.
 */
import { counted, REPORT_TEXT, showDate } from '../check/messages';
import { cellName } from '../check/report/reportSpec';
import { countBySeverity } from '../check/report/summary';
import { findingJson } from '../check/report/textReport';
import { TEAM_TEXT } from './teamMessages';
import { monthTotals } from './teamTotals';
import type { TeamCoach, TeamResult } from './types';

/**
 * The JSON `hwbc check` prints for more than one workbook.
 *
 * @example
 * teamJson(result).coaches[0].file; // 'sam.xlsx'
 */
export function teamJson(result: TeamResult): TeamResult {
  return {
    asOf: result.asOf,
    files: result.files,
    coaches: result.coaches,
    findings: result.findings.map((f) => ({ file: f.file, ...findingJson(f) })),
    monthly: result.monthly,
  };
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd(),
  );
}

const num = (n: number | null) => (n === null ? '-' : String(Math.round(n * 100) / 100));
const percent = (r: number | null) => (r === null ? '-' : `${Math.round(r * 100)}%`);

function coachLine(c: TeamCoach): string[] {
  const ready = c.readyForReferrals === null ? '-' : c.readyForReferrals ? REPORT_TEXT.yes : REPORT_TEXT.no;
  const status = c.supervision.map((s) => (s.status ? `${s.status}${s.due ? ` (${showDate(s.due)})` : ''}` : '-'));
  return [c.file, c.coach, num(c.tier), num(c.hoursToNextTier), ready, ...status, c.rag];
}

/**
 * The combined result as a readable table: workbooks not read, one line per coach with its
 * workbook, the findings, then the PCN's totals month by month.
 *
 * @example
 * console.log(teamTable(result));
 */
export function teamTable(result: TeamResult): string {
  const n = countBySeverity(result.findings);
  const problems = result.files.filter((f) => f.problem !== null);
  const out = [
    TEAM_TEXT.title(result.files.length, result.asOf ? showDate(result.asOf) : '-'),
    TEAM_TEXT.filesRead(result.files.length - problems.length, problems.length),
    `${counted(result.coaches.length, 'coach', 'coaches')}: ${REPORT_TEXT.counts(n.action, n.warning, n.note)}`,
    ...problems.map((f) => `  ${f.problem ?? ''}`),
    '',
  ];
  if (result.coaches.length > 0) {
    const head = [
      'Workbook',
      'Coach',
      'Tier',
      'To next tier',
      'Ready',
      'Line management',
      'Clinical',
      'Health coaching',
      'RAG',
    ];
    out.push(...table([head, ...result.coaches.map(coachLine)]), '');
  }
  if (result.findings.length > 0) {
    const rows = result.findings.map((f) => [
      f.file || '-',
      f.severity,
      f.sheet ? cellName(f.sheet, f.row, f.column) : '-',
      f.coach ?? '-',
      f.rule,
      f.message,
    ]);
    out.push(...table([['Workbook', 'Severity', 'Cell', 'Coach', 'Rule', 'Message'], ...rows]), '');
  }
  const months = monthTotals(result.monthly);
  if (months.length > 0) {
    const rows = months.map((t) => [
      showDate(`${t.month}-01`).replace(/^1 /, ''),
      String(t.sessions),
      num(t.nhsHours),
      String(t.clients),
      String(t.newReferrals),
      percent(t.didNotAttendRate),
      String(t.supervision),
    ]);
    out.push('Monthly summary, all coaches:', ...table([[...TEAM_TEXT.headers.months], ...rows]));
  }
  return out.join('\n').trimEnd();
}
