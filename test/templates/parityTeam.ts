/**
 * Generated coaches for the parity property (parity.test.ts): each with their own Coaches row,
 * Hours log, Supervision log and training checklist, drawn to include the records that go
 * wrong in real workbooks — PCI training "booked" or dated next month, " Completed ", TRUE, 0,
 * bare serial numbers, dates typed as text, group and blank-format supervision, a blank
 * evidenced tier at 265 hours, a Tier 2 sign-off from the coach's own organisation.
 */
import fc from 'fast-check';
import type { RowValues } from '../../shared/templates/sheetLayout';
import { checklistRows } from '../../shared/templates/sheets/trainingSheet';
import { addDays, type IsoDate } from '../../shared/values/dates/calendarDate';
import { isoToSerial } from '../../shared/values/dates/excelSerial';
import type { WriteValue } from '../../shared/workbook';

/** The as-of date every generated workbook is read on (typed on its Settings sheet). */
export const AS_OF: IsoDate = '2026-03-20';

/** One generated coach and their log rows, by template sheet. */
export interface ParityCoach {
  coach: RowValues;
  hours: RowValues[];
  supervision: RowValues[];
  training: RowValues[];
}

const ORGANISATION = 'Northside PCN';
const day = (back: number): WriteValue => ({ date: addDays(AS_OF, -back) });
const uk = (d: IsoDate) => `${d.slice(8)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/**
 * Completion cells as practices really type them (docs/rules.md §4): each is given to the PCI
 * line of one coach, so every one is tried; others turn up at random on other lines.
 *
 * @example
 * AWKWARD_COMPLETIONS.includes('booked'); // true
 */
export const AWKWARD_COMPLETIONS: readonly WriteValue[] = [
  day(-20), // next month: planned, not done
  day(900), // long ago: lapsed where the item has a refresher period
  'booked',
  ' Completed ',
  'Yes',
  'in progress',
  'N/A',
  true,
  false,
  0,
  isoToSerial(addDays(AS_OF, -40), '1900'), // a date as a bare serial number
  addDays(AS_OF, -30), // a date typed as text, ISO order
  uk(addDays(AS_OF, -60)), // a date typed as text, UK order
  uk(addDays(AS_OF, 10)), // a later date typed as text: planned
  uk(addDays(AS_OF, -800)), // long ago, typed as text: lapsed where it has a refresher period
  '31/02/2026', // no such date
  null,
];

/** A completion cell: mostly a recent date, else one of the awkward values. */
const completion: fc.Arbitrary<WriteValue> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 300 }).map(day) },
  fc.constantFrom(...AWKWARD_COMPLETIONS),
);

/** A checklist: every line from a completion cell; most lines plainly done; PCI as given. */
function training(id: string, pci: WriteValue | undefined): fc.Arbitrary<RowValues[]> {
  const lines = checklistRows({ coach: id });
  return fc
    .array(fc.tuple(fc.integer({ min: 0, max: lines.length - 1 }), completion), { maxLength: 4 })
    .map((changes) => {
      const cells: WriteValue[] = lines.map((_, i) => ({ date: addDays(AS_OF, -(20 + i)) }));
      for (const [i, v] of changes) cells[i] = v;
      if (pci !== undefined) cells[lines.findIndex((l) => l.code === 'PCI')] = pci;
      return lines.map((l, i) => ({ ...l, completedOn: cells[i] }));
    });
}

const supervisionRow = (id: string) =>
  fc
    .record({
      // Often in the last month, where under an hour of health coaching supervision shows.
      back: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 200 }), fc.constant(-5)),
      type: fc.constantFrom('Line', 'line management', 'LM', 'Clinical', 'cs', 'Health coaching', 'coaching', 'HCS'),
      format: fc.constantFrom<WriteValue>(null, 'Individual', 'Group', 'group session', 'One-to-one'),
      minutes: fc.constantFrom<WriteValue>(null, 30, 45, 60, 90),
      // An agreed action, its follow-up date and whether it was completed (docs/rules.md §4).
      action: fc.constantFrom<WriteValue>(null, 'Read the chapter on goal setting'),
      followUpIn: fc.constantFrom<number | null>(null, 14, 60),
      actionDone: completion,
    })
    .map((r): RowValues => ({
      date: day(r.back),
      coach: id,
      type: r.type,
      format: r.format,
      minutes: r.minutes,
      action: r.action,
      followUp: r.followUpIn === null ? null : day(r.back - r.followUpIn),
      actionDone: r.action === null ? null : r.actionDone,
    }));

const hoursRow = (id: string) =>
  fc
    .record({
      back: fc.integer({ min: -10, max: 700 }),
      minutes: fc.constantFrom(45, 60, 90, 600, 3000),
      attendance: fc.constantFrom<WriteValue>('Attended', 'Did not attend', 'Cancelled', null),
      nhs: fc.constantFrom<WriteValue>('Yes', 'No', null),
    })
    .map((r): RowValues => ({
      date: day(r.back),
      coach: id,
      minutes: r.minutes,
      attendance: r.attendance,
      nhs: r.nhs,
    }));

/**
 * One coach with the given ID: Coaches row, logs and checklist; `pci` fixes their PCI line.
 *
 * @example
 * fc.sample(parityCoach('P-01', 'booked'), { seed: 1, numRuns: 1 })[0].coach.id; // 'P-01'
 */
export function parityCoach(id: string, pci?: WriteValue): fc.Arbitrary<ParityCoach> {
  return fc
    .record({
      startedDaysAgo: fc.integer({ min: 20, max: 1500 }),
      wte: fc.constantFrom<WriteValue>(null, 1, 0.8, 0.5, 0.3, 0.1),
      priorHours: fc.constantFrom<WriteValue>(null, 0, 30, 49.5, 50, 199, 200, 265, 499, 520, 900, 1000, 1200),
      evidencedTier: fc.constantFrom<WriteValue>(null, 0, 1, 2, 3, 4, '2', ' 3 '),
      signOff: fc.constantFrom<'none' | 'own' | 'independent'>('none', 'own', 'independent'),
      hours: fc.array(hoursRow(id), { maxLength: 4 }),
      supervision: fc.array(supervisionRow(id), { maxLength: 6 }),
      training: training(id, pci),
    })
    .map((g) => ({
      coach: {
        id,
        name: `Coach ${id}`,
        organisation: ORGANISATION,
        startDate: day(g.startedDaysAgo),
        wte: g.wte,
        priorHours: g.priorHours,
        clinicalSupervisor: 'Dr Lee',
        evidencedTier: g.evidencedTier,
        tier2SignOff: g.signOff === 'none' ? null : 'A. Patel',
        tier2SignOffOrganisation:
          g.signOff === 'own' ? ORGANISATION : g.signOff === 'independent' ? 'Eastside PCN' : null,
        tier2SignOffDate: g.signOff === 'none' ? null : day(100),
      },
      hours: g.hours,
      supervision: g.supervision,
      training: g.training,
    }));
}
