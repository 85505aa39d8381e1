/**
 * The demonstration team's development records (docs/rules.md §7): appraisals within the year with
 * a PDP agreed at each, probation for the new starter, mandatory training renewed within its
 * refresher period, and a CPD log. Deterministic and drawn from no random numbers, so the rest
 * of the sample team is the same as before these records existed.
 */
import { refresherMonths } from '../../rules/development/refresherPeriod';
import { addDays, addMonths, type IsoDate } from '../../values/dates/calendarDate';
import { CPD_TYPES } from '../sheets/cpdLogSheet';
import type { RowValues } from '../sheetLayout';
import { CHECKLISTS } from '../sheets/trainingSheet';
import type { SampleCoach } from './sampleCoaches';

const date = (d: IsoDate | null) => (d === null ? null : { date: d });

/**
 * A coach's appraisal, PDP and probation cells: coaches of a year or more were appraised one to
 * seven months ago, with the PDP agreed the same day and reviewed six months on; a coach in
 * their first six months is on probation until six months after starting.
 *
 * @example
 * developmentCells(SAMPLE_COACHES[0], 0, '2020-03-20', '2026-03-20').lastAppraisal; // { date: '2026-02-20' }
 */
export function developmentCells(coach: SampleCoach, i: number, start: IsoDate, today: IsoDate): RowValues {
  const appraised = coach.startedMonthsAgo >= 12 ? addMonths(today, -(1 + i)) : null;
  return {
    lastAppraisal: date(appraised),
    pdpAgreed: date(appraised),
    pdpReview: date(appraised === null ? null : addMonths(appraised, 6)),
    probationEnd: date(coach.startedMonthsAgo < 6 ? addMonths(start, 6) : null),
  };
}

/**
 * The Training rows with each completed mandatory item renewed: an item whose first completion
 * has lapsed (or would within six weeks) was last done a third of its refresher period ago.
 *
 * @example
 * renewedTraining(rows, '2026-03-20'); // safeguarding done 4 years ago → done 12 months ago
 */
export function renewedTraining(rows: readonly RowValues[], today: IsoDate): RowValues[] {
  return rows.map((row, n) => {
    const done = row.completedOn;
    if (row.checklist !== CHECKLISTS.mandatory || done === null || typeof done !== 'object' || !('date' in done)) {
      return row;
    }
    const months = refresherMonths('mandatory', String(row.item)) as number;
    if (addMonths(done.date, months) > addDays(today, 45)) return row;
    return { ...row, completedOn: { date: addDays(addMonths(today, -Math.floor(months / 3)), -(n % 20)) } };
  });
}

const ACTIVITIES: readonly {
  activity: string;
  type: (typeof CPD_TYPES)[number];
  hours: number;
  codes: string;
  learned: string;
}[] = [
  {
    activity: 'Motivational interviewing refresher workshop',
    type: 'Health coaching practice',
    hours: 6,
    codes: 'COM-04, MOD-02',
    learned: 'Using more complex reflections to work with ambivalence.',
  },
  {
    activity: 'Type 2 diabetes: structured education update',
    type: 'Clinical or condition-specific',
    hours: 3,
    codes: 'PRO-07',
    learned: 'Current referral routes for structured education in our area.',
  },
  {
    activity: 'Peer learning set: agenda setting',
    type: 'Health coaching practice',
    hours: 2,
    codes: 'COM-02',
    learned: 'Agreeing an agenda at the start keeps follow-up sessions focused.',
  },
  {
    activity: 'Reading: social prescribing and health inequalities',
    type: 'Other',
    hours: 1.5,
    codes: '',
    learned: 'How deprivation shapes what goals are realistic for people.',
  },
];

/**
 * CPD log rows: each coach's activities over the last year or so, one of them (for coaches of
 * more than 14 months) from before the 12 months shown on the Coaches sheet.
 *
 * @example
 * cpdRows(SAMPLE_COACHES, starts, '2026-03-20').length; // 21
 */
export function cpdRows(coaches: readonly SampleCoach[], starts: readonly IsoDate[], today: IsoDate): RowValues[] {
  const rows: { when: IsoDate; row: RowValues }[] = [];
  coaches.forEach((coach, i) => {
    ACTIVITIES.forEach((a, k) => {
      const when = addDays(addMonths(today, -(k * 4 + (i % 3) + 1)), -i);
      if (when < starts[i] || (k === ACTIVITIES.length - 1 && i % 2 === 1)) return;
      rows.push({
        when,
        row: {
          date: { date: when },
          coach: coach.id,
          activity: a.activity,
          cpdType: a.type,
          hours: a.hours,
          reflection: a.learned,
          competencies: a.codes || null,
        },
      });
    });
  });
  return rows.sort((a, b) => (a.when < b.when ? -1 : a.when > b.when ? 1 : 0)).map((r) => r.row);
}
