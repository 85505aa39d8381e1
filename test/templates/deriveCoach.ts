/**
 * What the rules core says a coach's row on the Coaches sheet should show, worked out from the
 * rows of the other sheets: the tests' independent route to the same answers as the formulas.
 */
import { hoursLogRowCounts } from '../../shared/rules/tiers/hoursThatCount';
import { missingTraining, readyForReferrals } from '../../shared/rules/readiness/readiness';
import { supervisionDue } from '../../shared/rules/supervision/supervisionDue';
import { supervisionStatus } from '../../shared/rules/supervision/supervisionStatus';
import { parseSupervisionType, type SupervisionType } from '../../shared/rules/supervision/supervisionType';
import { isGroupSession } from '../../shared/rules/supervision/supervisionFormat';
import { tierInWorkbook } from '../../shared/rules/tiers/tierInWorkbook';
import { nextTierNeeds, tierWords } from '../../shared/rules/tiers/tierWords';
import { addMonths } from '../../shared/values/dates/calendarDate';
import type { Row } from './sampleRows';

/** The typed-in rows of the sheets a coach's row reads. */
export interface SampleRows {
  coaches: Row[];
  hours: Row[];
  supervision: Row[];
  training: Row[];
  evidence: Row[];
}

const TYPES: readonly SupervisionType[] = ['line', 'clinical', 'coaching'];

/**
 * An Hours log record as hoursLogRowCounts reads it.
 *
 * @example
 * logRow({ date: '2026-03-04', attendance: null, nhs: 'Yes' }); // { date: '2026-03-04', attendance: null, nhs: 'Yes' }
 */
export function logRow(s: Row) {
  const text = (v: Row[string]) => (v === null ? null : String(v));
  return { date: text(s.date), attendance: text(s.attendance), nhs: text(s.nhs) };
}

/** Whether a checklist of a coach is complete, as missingTraining decides it. */
function checklistDone(rows: SampleRows, coach: string, checklist: string, asOf: string): boolean {
  const lines = rows.training
    .filter((t) => t.coach === coach && t.checklist === checklist)
    .map((t) => ({
      title: String(t.item),
      required: t.required === 'Yes',
      completedOn: (t.completedOn as string | null) ?? null,
    }));
  return lines.length > 0 && missingTraining(lines, asOf).length === 0;
}

/**
 * The coach's hours, the text each worked-out cell should show (dates as ISO), and which
 * training checklists are done (those cells show a date when done, blank when not).
 *
 * @example
 * deriveCoach(rows.coaches[0], rows, '2026-03-20').cells.claimedTier; // '4'
 */
export function deriveCoach(coach: Row, rows: SampleRows, asOf: string) {
  const id = coach.id;
  const hours =
    Number(coach.priorHours ?? 0) +
    rows.hours
      .filter((s) => s.coach === id && hoursLogRowCounts(logRow(s), asOf))
      .reduce((sum, s) => sum + Number(s.minutes) / 60, 0);
  // A line is done when missingTraining does not list it as required and outstanding.
  const pci = rows.training.some(
    (t) =>
      t.coach === id &&
      t.checklist === 'PCI training' &&
      !missingTraining(
        [{ title: 'PCI', required: true, completedOn: (t.completedOn as string | null) ?? null }],
        asOf,
      ).includes('PCI'),
  );
  const induction = checklistDone(rows, String(id), 'Induction', asOf);
  const mandatory = checklistDone(rows, String(id), 'Mandatory training', asOf);
  const ready = readyForReferrals({ pciTraining: pci, induction, mandatoryTraining: mandatory }).ready;
  // docs/rules.md §1: a blank evidenced tier holds the coach at Tier 1 at most.
  const standing = tierInWorkbook(hours, pci, coach.evidencedTier === null ? null : Number(coach.evidencedTier));
  const needs = nextTierNeeds(standing, hours);
  const cells: Record<string, string> = {
    claimedTier: String(standing.tier),
    tierWords: tierWords(standing),
    ready: ready ? 'Yes' : 'No',
  };
  const group = (s: Row) => isGroupSession(s.format === null ? null : String(s.format), String(s.type));
  const groupDates = rows.supervision
    .filter((s) => s.coach === id && parseSupervisionType(String(s.type)) === 'coaching' && group(s))
    .map((s) => String(s.date))
    .filter((d) => d <= asOf)
    .sort();
  cells.groupCoachingLast = groupDates.length ? groupDates[groupDates.length - 1] : '';
  cells.groupCoachingCount = String(groupDates.filter((d) => d > addMonths(asOf, -3)).length);
  for (const type of TYPES) {
    // Only individual health coaching supervision sets its due date (docs/rules.md §2).
    const dates = rows.supervision
      .filter((s) => s.coach === id && parseSupervisionType(String(s.type)) === type && String(s.date) <= asOf)
      .filter((s) => type !== 'coaching' || !group(s))
      .map((s) => String(s.date))
      .sort();
    const last = dates.length ? dates[dates.length - 1] : null;
    const wte = coach.wte === null ? 1 : Number(coach.wte);
    const start = (coach.startDate as string | null) ?? null;
    const suffix = `${type[0].toUpperCase()}${type.slice(1)}`;
    cells[`last${suffix}`] = last ?? '';
    cells[`due${suffix}`] = supervisionDue(type, last, wte, start) ?? '';
    cells[`status${suffix}`] = supervisionStatus(type, last, wte, start, asOf) ?? '';
  }
  return { hours, needs, cells, done: { pci, induction, mandatory } };
}
