/**
 * The demonstration team's Supervision log: for each coach and type, sessions going back
 * about nine months from the last one the coach's story sets, at that type's usual spacing.
 */
import { SUPERVISION_LABELS, type SupervisionType } from '../../rules/supervision/supervisionType';
import { addDays, addMonths, type IsoDate } from '../../values/dates/calendarDate';
import type { RowValues } from '../sheetLayout';
import type { Random } from './random';
import { type SampleCoach, SAMPLE_SUPERVISORS } from './sampleCoaches';

const TYPES: readonly SupervisionType[] = ['line', 'clinical', 'coaching'];

/**
 * Who supervises a coach for each type (never themselves).
 *
 * @example
 * supervisorsOf(SAMPLE_COACHES[0], 0).coaching; // 'Sam Brooks (external)'
 */
export function supervisorsOf(coach: SampleCoach, index: number): Record<SupervisionType, string> {
  const [own, external] = SAMPLE_SUPERVISORS.coaching;
  const coaching = index % 2 === 0 && coach.name !== own ? own : external;
  return {
    line: SAMPLE_SUPERVISORS.line[index % 2],
    clinical: SAMPLE_SUPERVISORS.clinical[index % 2],
    coaching,
  };
}

const FOCUS = { line: 'Normative', clinical: 'Normative', coaching: ['Formative', 'Restorative'] } as const;

/**
 * Focus, concerns and agreed actions of the k-th latest session of a type (drawn from no random
 * numbers). The two latest health coaching sessions agree an action followed up a month later;
 * one whose follow-up date has passed was completed three days before it.
 *
 * @example
 * sessionRecord('coaching', 0, '2026-03-08', '2026-03-20').followUp; // { date: '2026-04-08' }
 */
export function sessionRecord(type: SupervisionType, k: number, date: IsoDate, today: IsoDate): RowValues {
  const focus = type === 'coaching' ? FOCUS.coaching[k % 2] : FOCUS[type];
  const base = { focus, concerns: type === 'clinical' && k === 1 ? 'Yes' : 'No' };
  if (type !== 'coaching' || k > 1) return base;
  const followUp = addMonths(date, 1);
  return {
    ...base,
    action: k === 0 ? 'Try agenda mapping with two clients and reflect on it' : 'Read the chapter on change talk',
    followUp: { date: followUp },
    actionDone: followUp <= today ? { date: addDays(followUp, -3) } : null,
  };
}

/**
 * Supervision log rows for the team, in date order.
 *
 * @example
 * supervisionRows(SAMPLE_COACHES, starts, '2026-03-20', rnd).length; // about a hundred
 */
export function supervisionRows(
  coaches: readonly SampleCoach[],
  starts: readonly IsoDate[],
  today: IsoDate,
  rnd: Random,
): RowValues[] {
  const rows: { date: IsoDate; row: RowValues }[] = [];
  coaches.forEach((coach, i) => {
    const supervisors = supervisorsOf(coach, i);
    for (const type of TYPES) {
      const daysAgo = coach.lastSupervision[type];
      if (daysAgo === null) continue;
      const every = type === 'clinical' ? Math.min(12, Math.floor(3 / coach.wte)) : 1;
      const last = addDays(today, -daysAgo);
      for (let k = 0; ; k++) {
        const date = addDays(addMonths(last, -every * k), k === 0 ? 0 : rnd.int(-3, 3));
        if (date < starts[i] || date < addMonths(today, -9)) break;
        // One old line management session was typed as "LM": the log still counts it.
        const typed = type === 'line' && coach.id === 'HWBC-003' && k === 3 ? 'LM' : SUPERVISION_LABELS[type];
        rows.push({
          date,
          row: {
            date: { date },
            coach: coach.id,
            type: typed,
            supervisor: supervisors[type],
            format: '1:1',
            minutes: type === 'clinical' ? 45 : 60,
            notes: null,
            ...sessionRecord(type, k, date, today),
          },
        });
      }
    }
    // Group health coaching supervision, as well as (never instead of) the monthly 1:1 sessions
    // (framework §4.2.2): a session a fortnight and six weeks before the last one.
    const lastCoaching = coach.lastSupervision.coaching;
    if (lastCoaching === null) return;
    for (const weeksBefore of [2, 6]) {
      const date = addDays(today, -lastCoaching - 7 * weeksBefore);
      if (date < starts[i]) continue;
      rows.push({
        date,
        row: {
          date: { date },
          coach: coach.id,
          type: SUPERVISION_LABELS.coaching,
          supervisor: SAMPLE_SUPERVISORS.coaching[1],
          format: 'Group',
          minutes: 90,
          notes: null,
        },
      });
    }
  });
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((r) => r.row);
}
