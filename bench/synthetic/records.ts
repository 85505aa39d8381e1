/**
 * The synthetic Supervision log and Evidence log: per coach, line management and health
 * coaching supervision about monthly and clinical supervision about every three months
 * (some typed with their short names), and a few pieces of evidence, most of them reviewed.
 */
import { COMPETENCIES } from '../../shared/framework/competencies';
import { EVIDENCE_TYPES } from '../../shared/framework/values';
import { SUPERVISION_LABELS, type SupervisionType } from '../../shared/rules/supervision/supervisionType';
import type { Random } from '../../shared/templates/sample/random';
import type { RowValues } from '../../shared/templates/sheetLayout';
import { addDays, addMonths, type IsoDate } from '../../shared/values/dates/calendarDate';
import type { SyntheticCoach } from './coaches';
import { SUPERVISORS } from './people';

/** The short names practices type, which the rules read as the full ones. */
const SHORT: Record<SupervisionType, string> = { line: 'LM', clinical: 'CS', coaching: 'HCS' };
/** Each type's usual gap in months, and how many days ago its latest session may be. */
const PATTERN: Record<SupervisionType, { every: number; latest: [number, number] }> = {
  line: { every: 1, latest: [2, 45] },
  coaching: { every: 1, latest: [2, 45] },
  clinical: { every: 3, latest: [5, 120] },
};

/**
 * A coach's `count` Supervision log rows, the types taking turns, newest first per type.
 *
 * @example
 * supervisionRows(coach, 6, '2026-03-20', rnd).map((r) => r.type); // ['Line management', 'Health coaching', …]
 */
export function supervisionRows(coach: SyntheticCoach, count: number, today: IsoDate, rnd: Random): RowValues[] {
  const types: SupervisionType[] = ['line', 'coaching', 'clinical'];
  const latest = Object.fromEntries(types.map((t) => [t, addDays(today, -rnd.int(...PATTERN[t].latest))])) as Record<
    SupervisionType,
    IsoDate
  >;
  return Array.from({ length: count }, (_, i): RowValues => {
    const type = types[i % types.length];
    const back = Math.floor(i / types.length) * PATTERN[type].every;
    const date = addDays(addMonths(latest[type], -back), back === 0 ? 0 : rnd.int(-3, 3));
    return {
      date: { date },
      coach: coach.id,
      type: rnd.chance(0.05) ? SHORT[type] : SUPERVISION_LABELS[type],
      supervisor: rnd.pick(SUPERVISORS[type]),
      format: type === 'coaching' && rnd.chance(0.3) ? 'Group' : '1:1',
      minutes: type === 'clinical' ? 45 : 60,
      notes: null,
    };
  });
}

/**
 * A coach's `count` Evidence log rows; three in four have been reviewed.
 *
 * @example
 * evidenceRows(coach, 4, '2026-03-20', rnd)[0].code; // 'COM-07'
 */
export function evidenceRows(coach: SyntheticCoach, count: number, today: IsoDate, rnd: Random): RowValues[] {
  return Array.from({ length: count }, (): RowValues => {
    const date = addDays(today, -rnd.int(21, 240));
    const reviewed = rnd.chance(0.75);
    return {
      date: { date },
      coach: coach.id,
      code: rnd.pick(COMPETENCIES).code,
      evidenceType: rnd.pick(EVIDENCE_TYPES),
      description: reviewed ? 'Discussed and agreed in supervision' : 'Submitted for review',
      reviewedBy: reviewed ? rnd.pick(SUPERVISORS.coaching) : null,
      reviewedOn: reviewed ? { date: addDays(date, rnd.int(3, 20)) } : null,
    };
  });
}
