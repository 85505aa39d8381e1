/**
 * Ready for referrals (docs/rules.md §4, through readyForReferrals): a coach seeing clients who
 * is missing PCI training, setting induction or mandatory training is an action; one not
 * yet seeing clients gets a note. An item the workbook does not record at all is not held
 * against anyone; one workbook-level note says which items those are.
 */
import { readyForReferrals, ReadinessItem } from '../../rules/readiness/readiness';
import { lapsedRequired } from './developmentFindings';
import { takingClients } from './takingClients';
import { finding } from './findingRules';
import { CHECK_MESSAGES } from '../messages';
import type { CheckData, Coach } from '../read/model';
import { coachCell } from './tierFindings';
import type { Finding } from '../types';

const ITEMS = [
  { item: 'PCI training', field: 'pci', words: 'PCI training' },
  { item: 'Setting induction', field: 'induction', words: 'setting induction' },
  { item: 'Mandatory training', field: 'mandatory', words: 'mandatory training' },
] as const;

/**
 * The coach's readiness (null when nothing about it is recorded) and any finding.
 *
 * @example
 * readinessFindings(data, coach); // { ready: false, findings: [{ rule: 'referrals.not-ready', … }] }
 */
export function readinessFindings(data: CheckData, coach: Coach): { ready: boolean | null; findings: Finding[] } {
  const known = ITEMS.filter((i) => coach[i.field] !== undefined);
  if (known.length === 0) return { ready: null, findings: [] };
  // Items with no record count as done here, so only recorded gaps are reported.
  const value = (f: 'pci' | 'induction' | 'mandatory') => (coach[f] === undefined ? true : coach[f]);
  const result = readyForReferrals({
    pciTraining: value('pci'),
    induction: value('induction'),
    mandatoryTraining: value('mandatory'),
  });
  // Mandatory training must be in date as well as done (docs/rules.md §7).
  const lapsed = lapsedRequired(data, coach);
  if (result.ready && !lapsed) return { ready: known.length === ITEMS.length ? true : null, findings: [] };
  const missing = ITEMS.filter((i) => result.missing.includes(i.item as ReadinessItem));
  const where = missing.length > 0 ? coachCell(coach, missing[0].field) : coachCell(coach, 'mandatory');
  const words = missing.map((i) => i.words);
  const f = takingClients(data, coach)
    ? finding('referrals.not-ready', where, coach.label, CHECK_MESSAGES.notReady(words, lapsed))
    : finding('referrals.missing-training', where, coach.label, CHECK_MESSAGES.notReadyYet(words, lapsed));
  return { ready: false, findings: [f] };
}

/**
 * One note naming the readiness items no coach has any record of.
 *
 * @example
 * unrecordedReadiness(data, 'Coaches'); // [{ rule: 'referrals.not-recorded', message: 'The workbook does not record setting induction…' }]
 */
export function unrecordedReadiness(data: CheckData, sheet: string): Finding[] {
  if (data.coaches.length === 0) return [];
  const missing = ITEMS.filter((i) => data.coaches.every((c) => c[i.field] === undefined)).map((i) => i.words);
  if (missing.length === 0) return [];
  const where = { sheet, row: null, column: null };
  return [finding('referrals.not-recorded', where, null, CHECK_MESSAGES.readinessNotRecorded(missing))];
}
