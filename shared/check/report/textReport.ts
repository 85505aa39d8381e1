/**
 * The check's result as plain text (a table for a terminal) and as the JSON the command
 * line prints. Host-independent, so the same words appear wherever the check runs.
 */
import { SHOWN_LENGTH, shownText } from '../../values/cells/shownText';
import { MESSAGE_LENGTH } from '../findings/findingRules';
import { counted, REPORT_TEXT, showDate } from '../messages';
import { cellName } from './reportSpec';
import { countBySeverity } from './summary';
import type { CheckResult, CoachSummary, Finding } from '../types';

/**
 * The JSON shape of `hwbc check --json`.
 *
 * @example
 * JSON.parse(stdout) as CheckJson; // { asOf, coaches, findings }
 */
export interface CheckJson {
  asOf: string;
  coaches: CoachSummary[];
  findings: Pick<Finding, 'sheet' | 'row' | 'column' | 'coach' | 'rule' | 'severity' | 'message'>[];
}

/**
 * The JSON the command line prints: as-of date, coach summaries and findings.
 *
 * @example
 * checkJson(result).findings[0]; // { sheet: 'Team', row: 4, column: 'G', coach: 'Sam Jones', rule: '…', severity: 'action', message: '…' }
 */
export function checkJson(result: CheckResult): CheckJson {
  return { asOf: result.asOf, coaches: result.coaches, findings: result.findings.map(findingJson) };
}

/**
 * One finding as the printed JSON gives it, for one workbook or (with its file) for many.
 *
 * @example
 * findingJson(finding); // { sheet: 'Team', row: 4, column: 'G', coach: 'Sam Jones', rule: '…', severity: 'action', message: '…' }
 */
export function findingJson(f: Finding): CheckJson['findings'][number] {
  return {
    sheet: f.sheet,
    row: f.row,
    column: f.column,
    coach: f.coach,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
  };
}

/**
 * Columns padded to line up. Every cell is made safe to show first (a name holding a terminal
 * escape or a line break cannot clear the screen or forge a row) and all but the last column
 * kept short; widths are found with a loop, as a log may give more rows than a spread allows.
 */
function table(rows: readonly (readonly string[])[]): string[] {
  const last = rows[0].length - 1;
  const shown = rows.map((r) => r.map((cell, i) => shownText(cell ?? '', i === last ? MESSAGE_LENGTH : SHOWN_LENGTH)));
  const widths = new Array<number>(rows[0].length).fill(0);
  for (const r of shown) r.forEach((cell, i) => (widths[i] = Math.max(widths[i], cell.length)));
  return shown.map((r) =>
    r
      .map((cell, i) => (i === last ? cell : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd(),
  );
}

function coachLine(c: CoachSummary): string[] {
  const ready = c.readyForReferrals === null ? '-' : c.readyForReferrals ? REPORT_TEXT.yes : REPORT_TEXT.no;
  const status = c.supervision.map((s) => (s.status ? `${s.status}${s.due ? ` (${showDate(s.due)})` : ''}` : '-'));
  const num = (n: number | null) => (n === null ? '-' : String(Math.round(n * 100) / 100));
  const next = typeof c.nextTier === 'string' ? c.nextTier : num(c.nextTier);
  return [c.coach, c.tierWords ?? '-', next, ready, ...status, c.rag];
}

/**
 * The result as a readable table: a line of counts, one line per coach, then the findings.
 *
 * @example
 * console.log(checkTable(result, 'team.xlsx'));
 */
export function checkTable(result: CheckResult, file: string): string {
  const n = countBySeverity(result.findings);
  const out = [
    `HWBC check of ${shownText(file)}, as of ${showDate(result.asOf)}`,
    `${counted(result.coaches.length, 'coach', 'coaches')}: ${REPORT_TEXT.counts(n.action, n.warning, n.note)}`,
    '',
  ];
  if (result.coaches.length > 0) {
    const head = ['Coach', 'Tier', 'To next tier', 'Ready', 'Line management', 'Clinical', 'Health coaching', 'RAG'];
    for (const line of table([head, ...result.coaches.map(coachLine)])) out.push(line);
    out.push('');
  }
  if (result.findings.length > 0) {
    const rows = result.findings.map((f) => [
      f.severity,
      cellName(f.sheet, f.row, f.column),
      f.coach ?? '-',
      f.rule,
      f.message,
    ]);
    for (const line of table([['Severity', 'Cell', 'Coach', 'Rule', 'Message'], ...rows])) out.push(line);
  }
  return out.join('\n');
}
