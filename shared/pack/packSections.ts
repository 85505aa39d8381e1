/**
 * The sections of the Tier sign-off pack (framework §8.2.1, §9.2), each a list of rows of five
 * cells (section, item, detail, date, status) worked out from what the check has read: hours
 * by month, supervision in the last 12 months by type, training and renewals, and the
 * competencies the next tier requires with their reviewed evidence or the gap.
 */
import { isReviewed, requiredCompetencies, reviewedBySelf } from '../rules/evidence/evidenceCoverage';
import { renewalStatus } from '../rules/development/renewalStatus';
import { SUPERVISION_NAMES, type SupervisionType } from '../rules/supervision/supervisionType';
import { addMonths, type IsoDate } from '../values/dates/calendarDate';
import { countsTowardsHours, type CheckData, type Coach } from '../check/read/model';
import { SUPERVISION_NOUN } from '../check/messages';
import { rowsOfCoach } from '../check/read/rowsOfCoach';
import type { WriteValue } from '../workbook';
import { PACK_TEXT } from './packText';

/** One printed row: section, item, detail, date, status. */
export type PackRow = [WriteValue, WriteValue, WriteValue, WriteValue, WriteValue];

const date = (d: IsoDate | null): WriteValue => (d === null ? null : { date: d });
const round = (n: number) => Math.round(n * 100) / 100;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * NHS coaching hours of each of the 12 months up to the as-of date (the rows that count for the
 * tier, docs/rules.md §1), then prior hours and the total.
 *
 * @example
 * hoursByMonth(data, coach)[0]; // ['Hours by month', 'Apr 2025', 'NHS coaching hours', null, 12.5]
 */
export function hoursByMonth(data: CheckData, coach: Coach): PackRow[] {
  const months = Array.from({ length: 12 }, (_, i) => addMonths(data.asOf, i - 11).slice(0, 7));
  const sums = new Map(months.map((m) => [m, 0]));
  for (const s of data.sessions) {
    if (s.coach !== coach || s.date === null || !countsTowardsHours(s, data.asOf)) continue;
    const m = s.date.slice(0, 7);
    if (sums.has(m)) sums.set(m, (sums.get(m) ?? 0) + (s.hours ?? 0));
  }
  const rows: PackRow[] = months.map((m) => [
    PACK_TEXT.hours,
    `${MONTHS[Number(m.slice(5)) - 1]} ${m.slice(0, 4)}`,
    PACK_TEXT.nhsHours,
    null,
    round(sums.get(m) ?? 0),
  ]);
  if (coach.priorHours !== null)
    rows.push([PACK_TEXT.hours, PACK_TEXT.prior, PACK_TEXT.priorDetail, null, coach.priorHours]);
  rows.push([PACK_TEXT.hours, PACK_TEXT.total, PACK_TEXT.nhsHours, date(data.asOf), round(coach.hours ?? 0)]);
  return rows;
}

/**
 * Supervision in the 12 months up to the as-of date, one row a type: sessions (individual and
 * group), hours, the last session and its status from the check's summary.
 *
 * @example
 * supervisionByType(data, coach, lines)[2]; // ['Supervision (last 12 months)', 'Health coaching supervision', '11 sessions (9 individual, 2 group), 10.5 hours', …]
 */
export function supervisionByType(
  data: CheckData,
  coach: Coach,
  lines: readonly { type: SupervisionType; status: string | null }[],
): PackRow[] {
  const from = addMonths(data.asOf, -12);
  return (Object.keys(SUPERVISION_NAMES) as SupervisionType[]).map((type) => {
    const mine = rowsOfCoach(data.supervision, coach).filter(
      (e) => e.type === type && e.date > from && e.date <= data.asOf,
    );
    const individual = mine.filter((e) => e.individual).length;
    const hours = round(mine.reduce((sum, e) => sum + (e.minutes ?? 0), 0) / 60);
    const status = lines.find((l) => l.type === type)?.status ?? null;
    return [
      PACK_TEXT.supervision,
      SUPERVISION_NOUN[type],
      PACK_TEXT.sessions(mine.length, individual, mine.length - individual, hours),
      date(coach.last[type]),
      status,
    ];
  });
}

/**
 * Every training line of the coach with its completion, expiry and status (docs/rules.md §4, §7),
 * then renewal dates kept on the coaches sheet.
 *
 * @example
 * trainingAndRenewals(data, coach)[0]; // ['Training and renewals', 'safeguarding for children and adults', 'Completed 1 Mar 2025; expires 1 Mar 2028', …, 'Done']
 */
export function trainingAndRenewals(data: CheckData, coach: Coach): PackRow[] {
  const lines = rowsOfCoach(data.training, coach);
  const rows: PackRow[] = lines.map((t) => {
    const done = t.record.completedOn !== null;
    const status = done
      ? renewalStatus(t.expires, data.asOf, data.development)
      : t.record.required
        ? PACK_TEXT.outstanding
        : PACK_TEXT.notRequired;
    return [
      PACK_TEXT.training,
      t.record.title,
      PACK_TEXT.trainingDetail(t.completed, done, t.expires),
      date(t.expires),
      status,
    ];
  });
  for (const e of coach.expiries) {
    rows.push([
      PACK_TEXT.training,
      e.title,
      PACK_TEXT.expiresOn(e.expires),
      date(e.expires),
      renewalStatus(e.expires, data.asOf, data.development),
    ]);
  }
  return rows;
}

function shortText(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/**
 * Every competency the tier requires, each with its reviewed evidence (type, reviewer, date)
 * or the gap. Evidence reviewed by the coach themself does not count (docs/rules.md §5).
 *
 * @example
 * competencyEvidence(data, coach, 2).find((r) => r[4] === 'Gap'); // ['Competencies for Tier 2', 'GRP-01 …', 'No reviewed evidence', null, 'Gap']
 */
export function competencyEvidence(data: CheckData, coach: Coach, tier: number): PackRow[] {
  const own = [coach.name, coach.id, coach.label];
  const mine = rowsOfCoach(data.evidence, coach).map((e) => e.entry);
  return requiredCompetencies(tier).map((c) => {
    const entries = mine.filter((e) => e.code === c.code);
    const reviewed = entries.filter((e) => isReviewed(e) && !reviewedBySelf(e, own));
    const item = `${c.code} ${shortText(c.text)}`;
    const section = PACK_TEXT.competencies(tier);
    if (reviewed.length === 0) {
      return [section, item, PACK_TEXT.noEvidence(entries.length), null, PACK_TEXT.gap];
    }
    const latest = reviewed.reduce((a, b) => ((a.reviewedOn ?? '') >= (b.reviewedOn ?? '') ? a : b));
    const detail = reviewed
      .map((e) => PACK_TEXT.evidence(e.evidenceType ?? null, e.reviewedBy ?? '', e.reviewedOn ?? null))
      .join('; ');
    return [section, item, detail, date(latest.reviewedOn ?? null), PACK_TEXT.evidenced];
  });
}
