/**
 * The PCN report workbook as sheet specs, so the command line and the overview page write the
 * same file: a summary, every coach, every finding with its workbook and cell, and the monthly
 * summary. Every value is plain text, a number or a date: nothing a workbook held can become a
 * formula here.
 */
import { REPORT_TEXT, SUPERVISION_NOUN } from '../check/messages';
import { cellName } from '../check/report/reportSpec';
import { countBySeverity } from '../check/report/summary';
import type { ColumnSpec, SheetSpec, WriteValue } from '../workbook';
import { TEAM_TEXT } from './teamMessages';
import { coachesByTier, monthTotals, supervisionByType } from './teamTotals';
import type { TeamCoach, TeamMonth, TeamResult } from './types';

const H = TEAM_TEXT.headers;
const month = (m: string): WriteValue => ({ date: `${m}-01` });
const rate = (r: number | null): WriteValue => (r === null ? null : Math.round(r * 1000) / 1000);

/** A sheet of a header row and rows, with the number formats given by 0-based column. */
function table(
  name: string,
  headers: readonly string[],
  rows: WriteValue[][],
  formats: Record<number, string> = {},
): SheetSpec {
  const columns: ColumnSpec[] = headers.map((header, i) => ({
    key: `c${i + 1}`,
    header,
    width: Math.max(10, Math.min(60, header.length + 4)),
    ...(formats[i] ? { numberFormat: formats[i] } : {}),
  }));
  return { name, columns, rows, formatRows: rows.length, frozenRows: 1, filter: true, highlights: [] };
}

function coachRow(c: TeamCoach): WriteValue[] {
  const ready = c.readyForReferrals === null ? '' : c.readyForReferrals ? REPORT_TEXT.yes : REPORT_TEXT.no;
  const supervision = c.supervision.flatMap((s): WriteValue[] => [s.status ?? '', s.due ? { date: s.due } : '']);
  return [
    c.file,
    c.coach,
    c.id ?? '',
    `${c.sheet} row ${c.row}`,
    c.tier,
    c.hoursToNextTier,
    ready,
    ...supervision,
    c.rag,
    c.counts.action,
    c.counts.warning,
    c.counts.note,
  ];
}

function monthRow(m: TeamMonth): WriteValue[] {
  const s = m.supervision;
  return [
    m.file,
    month(m.month),
    m.coach,
    m.id ?? '',
    m.sessions,
    m.nhsHours,
    m.clients,
    m.newReferrals,
    rate(m.didNotAttendRate),
    s.line.individual,
    s.line.group,
    s.clinical.individual,
    s.clinical.group,
    s.coaching.individual,
    s.coaching.group,
  ];
}

/** The summary sheet: counts, coaches by tier, supervision by type, each month's totals, each workbook. */
function summarySheet(result: TeamResult): SheetSpec {
  const n = countBySeverity(result.findings);
  const read = result.files.filter((f) => f.problem === null).length;
  const rows: WriteValue[][] = [
    [TEAM_TEXT.reportNote],
    [result.asOf ? REPORT_TEXT.asOf(result.asOf) : ''],
    [TEAM_TEXT.filesRead(read, result.files.length - read)],
    [`${result.coaches.length} coaches: ${REPORT_TEXT.counts(n.action, n.warning, n.note)}`],
    [],
    [...H.tiers],
    ...coachesByTier(result.coaches).map((t): WriteValue[] => [
      t.tier === null ? TEAM_TEXT.tierUnknown : t.tier,
      t.coaches,
    ]),
    [],
    [...H.status],
    ...supervisionByType(result.coaches).map((s): WriteValue[] => [
      SUPERVISION_NOUN[s.type],
      s.ok,
      s.dueSoon,
      s.overdue,
      s.unknown,
    ]),
    [],
    [...H.months],
    ...monthTotals(result.monthly).map((t): WriteValue[] => [
      month(t.month),
      t.sessions,
      t.nhsHours,
      t.clients,
      t.newReferrals,
      rate(t.didNotAttendRate),
      t.supervision,
    ]),
    [],
    [...H.files],
    ...result.files.map((f): WriteValue[] => [f.file, f.coaches, f.problem ?? '']),
  ];
  const spec = table(TEAM_TEXT.sheets.summary, [TEAM_TEXT.reportTitle], rows);
  return {
    ...spec,
    filter: false,
    columns: [
      { key: 'c1', header: TEAM_TEXT.reportTitle, width: 40 },
      ...[2, 3, 4, 5, 6, 7].map((i) => ({ key: `c${i}`, header: '', width: 16 })),
    ],
  };
}

/**
 * The report's sheets, in the order they appear.
 *
 * @example
 * teamReportSheets(result).map((s) => s.name); // ['PCN summary', 'Coaches', 'Findings', 'Monthly summary']
 */
export function teamReportSheets(result: TeamResult): SheetSpec[] {
  return [
    summarySheet(result),
    table(TEAM_TEXT.sheets.coaches, H.coaches, result.coaches.map(coachRow), {
      8: 'd mmm yyyy',
      10: 'd mmm yyyy',
      12: 'd mmm yyyy',
    }),
    table(
      TEAM_TEXT.sheets.findings,
      H.findings,
      result.findings.map((f) => [
        f.file,
        f.severity,
        f.coach ?? '',
        f.sheet ? cellName(f.sheet, f.row, f.column) : '',
        f.rule,
        f.message,
      ]),
    ),
    table(TEAM_TEXT.sheets.monthly, H.monthly, result.monthly.map(monthRow), { 1: 'mmm yyyy', 8: '0%' }),
  ];
}
