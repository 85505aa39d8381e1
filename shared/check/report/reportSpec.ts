/**
 * The HWBC Report sheet as a SheetSpec, so any host writes it in one call: a title row
 * (cell A1 is its title; reportMark.ts is how the check knows its own), a table of coaches, then a
 * table of findings, each naming the cell it is about.
 */
import type { ColumnSpec, SheetSpec, WriteValue } from '../../workbook';
import { shownText } from '../../values/cells/shownText';
import { remembered } from '../../values/remembered';
import { REPORT_TEXT } from '../messages';
import type { CheckOutcome } from '../runCheck';
import { countBySeverity } from './summary';
import type { CoachSummary, Finding } from '../types';

const WIDTHS = [28, 14, 34, 26, 70, 16, 14, 20, 14, 26, 14, 10, 10, 10, 10, 16, 12];
const STATUS_COLUMNS = ['c6', 'c8', 'c10'];

/** A sheet's name as a cell reference writes it: quoted when it holds anything but letters, digits, _ and . */
function quotedSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A cell reference as a spreadsheet writes it, quoting sheet names that need it. `quoted`
 * gives a sheet's name as written; a report that names a few sheets thousands of times passes
 * one that remembers each (remembered(quotedSheet)).
 *
 * @example
 * cellName('Hours log', 12, 'A'); // "'Hours log'!A12"
 * cellName('Coaches', null, null); // 'Coaches'
 */
export function cellName(
  sheet: string,
  row: number | null,
  column: string | null,
  quoted: (sheet: string) => string = quotedSheet,
): string {
  if (row === null) return sheet;
  return `${quoted(sheet)}!${column ?? 'A'}${row}`;
}

function coachRow(c: CoachSummary): WriteValue[] {
  const ready = c.readyForReferrals === null ? '' : c.readyForReferrals ? REPORT_TEXT.yes : REPORT_TEXT.no;
  const supervision = c.supervision.flatMap((s): WriteValue[] => [s.status ?? '', s.due ? { date: s.due } : '']);
  return [
    shownText(c.coach),
    cellName(c.sheet, c.row, null).replace(/!A(\d+)$/, ' row $1'),
    c.tierWords ?? '',
    // Hours already to a tenth, rounded up (hoursShown.ts), or what else the next tier needs.
    c.nextTier ?? '',
    ready,
    ...supervision,
    c.rag,
    c.counts.action,
    c.counts.warning,
    c.counts.note,
    c.groupCoaching.last ? { date: c.groupCoaching.last } : '',
    c.groupCoaching.lastThreeMonths,
  ];
}

/**
 * A finding's row; `shown` gives a coach's name as shown and `quoted` a sheet's name as a
 * reference writes it, each worked out once per name.
 */
function findingRow(f: Finding, shown: (coach: string) => string, quoted: (sheet: string) => string): WriteValue[] {
  return [f.severity, shown(f.coach ?? ''), cellName(f.sheet, f.row, f.column, quoted), f.rule, f.message];
}

/**
 * The report sheet for an outcome. Every value is plain text, a number or a date: text that
 * starts with "=" stays text, so nothing a user typed can become a formula.
 *
 * @example
 * reportSpec('HWBC Report', outcome).rows.length; // 4 + coaches + findings
 */
export function reportSpec(name: string, outcome: CheckOutcome): SheetSpec {
  const n = countBySeverity(outcome.findings);
  // A report names a few coaches and sheets thousands of times: each is worked out once, for
  // this report only (nothing kept between checks).
  const shownOnce = remembered(shownText);
  const quotedOnce = remembered(quotedSheet);
  const titles = [REPORT_TEXT.marker, REPORT_TEXT.asOf(outcome.asOf), REPORT_TEXT.counts(n.action, n.warning, n.note)];
  const columns: ColumnSpec[] = WIDTHS.map((width, i) => ({
    key: `c${i + 1}`,
    header: titles[i] ?? '',
    width,
    ...(i === 6 || i === 8 || i === 10 || i === 15 ? { numberFormat: 'd mmm yyyy' } : {}),
  }));
  const rows: WriteValue[][] = [
    [REPORT_TEXT.note],
    [],
    [REPORT_TEXT.coaches],
    [...REPORT_TEXT.coachHeaders],
    ...outcome.coaches.map(coachRow),
    [],
    [REPORT_TEXT.findings],
    [...REPORT_TEXT.findingHeaders],
    ...outcome.findings.map((f) => findingRow(f, shownOnce, quotedOnce)),
  ];
  return {
    name,
    columns,
    rows,
    formatRows: rows.length,
    frozenRows: 1,
    filter: false,
    highlights: [
      { column: 'c1', equals: 'action', style: 'bad' },
      { column: 'c1', equals: 'warning', style: 'warn' },
      { column: 'c12', equals: 'red', style: 'bad' },
      { column: 'c12', equals: 'amber', style: 'warn' },
      { column: 'c12', equals: 'green', style: 'good' },
      ...STATUS_COLUMNS.flatMap((column) => [
        { column, equals: 'Overdue', style: 'bad' as const },
        { column, equals: 'Due soon', style: 'warn' as const },
        { column, equals: 'OK', style: 'good' as const },
      ]),
    ],
  };
}
