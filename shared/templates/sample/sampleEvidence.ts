/**
 * The demonstration team's Evidence log and Training checklists: reviewed evidence for most of
 * the competencies each coach's tier requires (leaving the gaps their story sets, some of them
 * with evidence still awaiting review), and training mostly done.
 */
import { COMPETENCIES } from '../../framework/competencies';
import { EVIDENCE_TYPES_BY_CODE } from '../../framework/competencyEvidenceTypes';
import { EVIDENCE_TYPES } from '../../framework/values';
import { requiredCompetencies } from '../../rules/evidence/evidenceCoverage';
import { tier } from '../../rules/tiers/tier';
import { addDays, daysBetween, type IsoDate } from '../../values/dates/calendarDate';
import type { RowValues } from '../sheetLayout';
import { checklistRows } from '../sheets/trainingSheet';
import type { Random } from './random';
import type { SampleCoach } from './sampleCoaches';

/** The evidence types that fit a competency: those its line names, else all. */
function fittingTypes(code: string): readonly string[] {
  const named = EVIDENCE_TYPES_BY_CODE.get(code) ?? [];
  return named.length > 0 ? named : EVIDENCE_TYPES;
}

/** A date between `from` and `to` (both included). */
function between(from: IsoDate, to: IsoDate, rnd: Random): IsoDate {
  const days = Math.max(0, daysBetween(from, to));
  return addDays(from, rnd.int(0, days));
}

/**
 * Evidence log rows for one coach.
 *
 * @example
 * evidenceRows(SAMPLE_COACHES[2], '2024-01-15', '2026-03-20', 'Amira Khan', rnd);
 */
export function evidenceRows(
  coach: SampleCoach,
  start: IsoDate,
  today: IsoDate,
  reviewer: string,
  rnd: Random,
): RowValues[] {
  const level = tier(coach.targetHours, coach.pciTrained, coach.evidencedTier);
  const required = requiredCompetencies(Math.max(level, 1));
  const covered = required.slice(0, Math.max(0, required.length - coach.evidenceGaps));
  const awaiting = required.slice(covered.length, covered.length + 2);
  const desirable = COMPETENCIES.filter((c) => c.area === 'ADD').slice(0, level >= 2 ? 2 : 0);
  const row = (code: string, reviewed: boolean): RowValues => {
    const date = between(start, addDays(today, -21), rnd);
    return {
      date: { date },
      coach: coach.id,
      code,
      // A type the competency's own "Evidenced by" line names (any, where it names none).
      evidenceType: rnd.pick(fittingTypes(code)),
      description: reviewed ? 'Discussed and agreed in supervision' : 'Submitted for review',
      reviewedBy: reviewed ? reviewer : null,
      reviewedOn: reviewed ? { date: addDays(date, rnd.int(3, 20)) } : null,
    };
  };
  return [
    ...covered.map((c) => row(c.code, true)),
    ...awaiting.map((c) => row(c.code, false)),
    ...desirable.map((c) => row(c.code, true)),
  ];
}

/**
 * Training checklist rows for one coach, completed as their story says.
 *
 * @example
 * trainingRows(SAMPLE_COACHES[5], '2026-01-20', rnd).length; // 25
 */
export function trainingRows(coach: SampleCoach, start: IsoDate, rnd: Random): RowValues[] {
  const completed: Record<string, IsoDate> = {};
  if (coach.pciTrained) completed.PCI = addDays(start, -rnd.int(14, 60));
  const inductionDone = coach.trainingDone === 'partial' ? 5 : 8;
  for (let i = 1; i <= inductionDone; i++) completed[`IND-0${i}`] = addDays(start, rnd.int(1, 20));
  for (let i = 1; i <= 16; i++) {
    const code = `GEN-${String(i).padStart(2, '0')}`;
    const partial = coach.trainingDone === 'partial';
    if (i === 1 || (!partial && (i === 2 || rnd.chance(0.7)))) completed[code] = addDays(start, rnd.int(2, 25));
  }
  return checklistRows({ coach: coach.id, completed });
}
