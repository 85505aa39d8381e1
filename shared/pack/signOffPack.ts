/**
 * The Tier sign-off pack for one coach (framework §8.2.1, §9.2): a print-ready sheet for the
 * supervisor who agrees the coach's evidence — who the coach is, hours by month, supervision
 * in the last 12 months, training and renewals, every competency the next tier requires with
 * its reviewed evidence or the gap, and a sign-off block to fill in. A4 landscape, the header
 * row repeated on every printed page.
 */
import { coachTier } from '../check/findings/coachTier';
import type { CheckData, Coach } from '../check/read/model';
import { supervisionFindings } from '../check/findings/supervisionFindings';
import type { ColumnSpec, SheetSpec } from '../workbook';
import { competencyEvidence, hoursByMonth, type PackRow, supervisionByType, trainingAndRenewals } from './packSections';
import { PACK_TEXT } from './packText';

const COLUMNS: readonly ColumnSpec[] = [
  { key: 'section', header: PACK_TEXT.headers[0], width: 24 },
  { key: 'item', header: PACK_TEXT.headers[1], width: 48 },
  { key: 'detail', header: PACK_TEXT.headers[2], width: 60 },
  { key: 'date', header: PACK_TEXT.headers[3], width: 13, numberFormat: 'dd mmm yyyy' },
  { key: 'status', header: PACK_TEXT.headers[4], width: 13 },
];

/**
 * The tier the pack asks the supervisor to agree: the one after the tier shown (Tier 4 stays 4).
 *
 * @example
 * packTier(coach); // 2 for a coach at Tier 1
 */
export function packTier(coach: Coach): number {
  return Math.min(4, Math.max(1, (coachTier(coach).tier ?? 0) + 1));
}

function about(data: CheckData, coach: Coach, organisation: string | null, tier: number): PackRow[] {
  const now = coachTier(coach);
  return [
    [PACK_TEXT.about, PACK_TEXT.title(coach.name ?? coach.label, coach.id, tier), null, null, null],
    [PACK_TEXT.about, PACK_TEXT.coach, coach.name ?? coach.label, null, coach.id],
    [PACK_TEXT.about, PACK_TEXT.organisation, organisation, null, null],
    [PACK_TEXT.about, PACK_TEXT.asOf, null, { date: data.asOf }, null],
    [PACK_TEXT.about, PACK_TEXT.tierNow, PACK_TEXT.tierNowDetail(now.tier, coach.hours), null, now.tier],
    [PACK_TEXT.about, PACK_TEXT.signOffFor, PACK_TEXT.signOffForDetail(tier), null, tier],
  ];
}

function signOffBlock(): PackRow[] {
  return [
    [PACK_TEXT.signOff, PACK_TEXT.signOffNote, null, null, null],
    ...PACK_TEXT.signOffRows.map((label): PackRow => [PACK_TEXT.signOff, label, null, null, null]),
  ];
}

/**
 * The pack's sheet for a coach, given what the check has read.
 *
 * @example
 * signOffPackSheet(data, coach, 'Riverside PCN', 'Sign-off HWBC-004').rows.length; // about 70
 */
export function signOffPackSheet(data: CheckData, coach: Coach, organisation: string | null, name: string): SheetSpec {
  const tier = packTier(coach);
  const lines = supervisionFindings(data, coach).lines;
  const rows: PackRow[] = [
    ...about(data, coach, organisation, tier),
    ...hoursByMonth(data, coach),
    ...supervisionByType(data, coach, lines),
    ...trainingAndRenewals(data, coach),
    ...competencyEvidence(data, coach, tier),
    ...signOffBlock(),
  ];
  return {
    name,
    columns: COLUMNS,
    rows,
    formatRows: rows.length,
    frozenRows: 1,
    filter: false,
    highlights: [
      { column: 'status', equals: PACK_TEXT.gap, style: 'bad' },
      { column: 'status', equals: 'Expired', style: 'bad' },
      { column: 'status', equals: 'Overdue', style: 'bad' },
      { column: 'status', equals: 'Due soon', style: 'warn' },
      { column: 'status', equals: PACK_TEXT.evidenced, style: 'good' },
    ],
    print: { paper: 'A4', orientation: 'landscape', repeatHeaderRows: 1 },
  };
}
