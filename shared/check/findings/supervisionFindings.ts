/**
 * Supervision findings for each type the workbook records: overdue (action), due soon
 * (warning), never recorded with no start date to count from (warning), through the
 * supervision rules; and for health coaching supervision, under an hour of one-to-one
 * supervision in the last month (warning).
 */
import { supervisionDue } from '../../rules/supervision/supervisionDue';
import { underAnHour } from '../../rules/supervision/supervisionFormat';
import { supervisionStatus } from '../../rules/supervision/supervisionStatus';
import type { SupervisionType } from '../../rules/supervision/supervisionType';
import { addMonths } from '../../values/dates/calendarDate';
import { isHwbcError } from '../../values/errors';
import type { CoachSummary } from '../types';
import { finding } from './findingRules';
import { CHECK_MESSAGES } from '../messages';
import { recordedTypes } from '../read/mergeLogs';
import type { CheckData, Coach } from '../read/model';
import type { Finding } from '../types';
import { rowsOfCoach } from '../read/rowsOfCoach';

/**
 * One line of a coach's supervision summary.
 *
 * @example
 * const line: SupervisionLine = { type: 'clinical', due: '2026-03-01', status: 'Overdue' };
 */
export type SupervisionLine = CoachSummary['supervision'][number];

function oneType(data: CheckData, coach: Coach, type: SupervisionType, out: Finding[]): SupervisionLine {
  const last = coach.last[type];
  const where = coach.lastAt[type] ?? coach.at;
  if (last === null && coach.start === null) {
    out.push(finding(`supervision.${type}.never`, where, coach.label, CHECK_MESSAGES.never(type)));
    return { type, due: null, status: null };
  }
  const wte = coach.wte ?? 1;
  try {
    const status = supervisionStatus(type, last, wte, coach.start, data.asOf, data.policy);
    const due = supervisionDue(type, last, wte, coach.start, data.policy);
    if (due !== null && status === 'Overdue') {
      out.push(finding(`supervision.${type}.overdue`, where, coach.label, CHECK_MESSAGES.overdue(type, due, last)));
    } else if (due !== null && status === 'Due soon') {
      out.push(finding(`supervision.${type}.due-soon`, where, coach.label, CHECK_MESSAGES.dueSoon(type, due)));
    }
    return { type, due, status };
  } catch (e) {
    // A last date after the as-of date: the rule's own message says so, at that cell.
    if (!isHwbcError(e)) throw e;
    out.push(finding('data.bad-value', where, coach.label, CHECK_MESSAGES.badValue(where, e.message)));
    return { type, due: null, status: null };
  }
}

/**
 * Under an hour of one-to-one health coaching supervision in the month up to the as-of date.
 * Only when some was logged: with none, the due/overdue finding already speaks.
 */
function underOneHour(data: CheckData, coach: Coach): Finding | null {
  const monthAgo = addMonths(data.asOf, -1);
  const recent = rowsOfCoach(data.supervision, coach).filter(
    (e) => e.type === 'coaching' && e.individual && e.minutes !== null && e.date > monthAgo && e.date <= data.asOf,
  );
  const minutes = recent.reduce((sum, e) => sum + (e.minutes ?? 0), 0);
  if (recent.length === 0 || !underAnHour(minutes)) return null;
  const at = recent[recent.length - 1].at;
  return finding('supervision.coaching.under-one-hour', at, coach.label, CHECK_MESSAGES.underOneHour(minutes));
}

/**
 * The coach's group health coaching supervision: last session and sessions in the three months
 * up to the as-of date. Counted and shown, never standing in for individual supervision.
 *
 * @example
 * groupCoaching(data, coach); // { last: '2026-03-02', lastThreeMonths: 3 }
 */
export function groupCoaching(data: CheckData, coach: Coach): CoachSummary['groupCoaching'] {
  const from = addMonths(data.asOf, -3);
  const group = rowsOfCoach(data.supervision, coach).filter(
    (e) => e.type === 'coaching' && !e.individual && e.date <= data.asOf,
  );
  const last = group.reduce<string | null>((max, e) => (max === null || e.date > max ? e.date : max), null);
  return { last, lastThreeMonths: group.filter((e) => e.date > from).length };
}

/**
 * Supervision findings and the summary lines for one coach.
 *
 * @example
 * supervisionFindings(data, coach).lines; // [{ type: 'line', due: '2026-04-15', status: 'OK' }, …]
 */
export function supervisionFindings(data: CheckData, coach: Coach): { findings: Finding[]; lines: SupervisionLine[] } {
  const findings: Finding[] = [];
  const recorded = new Set(recordedTypes(data));
  const lines = (['line', 'clinical', 'coaching'] as const).map((type) =>
    recorded.has(type) ? oneType(data, coach, type, findings) : { type, due: null, status: null },
  );
  const under = underOneHour(data, coach);
  if (under) findings.push(under);
  return { findings, lines };
}

/**
 * One note per supervision type the workbook does not record at all.
 *
 * @example
 * unrecordedSupervision(data); // [{ rule: 'supervision.clinical.not-recorded', … }]
 */
export function unrecordedSupervision(data: CheckData, sheet: string): Finding[] {
  const recorded = new Set(recordedTypes(data));
  return (['line', 'clinical', 'coaching'] as const)
    .filter((t) => !recorded.has(t))
    .map((t) =>
      finding(`supervision.${t}.not-recorded`, { sheet, row: null, column: null }, null, CHECK_MESSAGES.notRecorded(t)),
    );
}
