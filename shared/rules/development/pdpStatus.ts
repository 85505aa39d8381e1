import type { IsoDate } from '../../values/dates/calendarDate';

/** What is wrong with a coach's personal development plan, if anything. */
export type PdpProblem = 'No PDP' | 'PDP older than appraisal';

/**
 * The PDP check of docs/rules.md §7: a PDP is agreed at appraisal, so a coach past their first
 * appraisal with no PDP date recorded, or whose PDP was agreed before their last appraisal,
 * needs one agreed. Before the first appraisal nothing is expected (null).
 *
 * @example
 * pdpProblem('2025-06-01', null);         // 'No PDP'
 * pdpProblem('2025-06-01', '2025-01-10'); // 'PDP older than appraisal'
 * pdpProblem('2025-06-01', '2025-06-01'); // null (agreed at the appraisal)
 * pdpProblem(null, null);                 // null (no appraisal yet)
 */
export function pdpProblem(lastAppraisal: IsoDate | null, pdpAgreed: IsoDate | null): PdpProblem | null {
  if (lastAppraisal === null) return null;
  if (pdpAgreed === null) return 'No PDP';
  return pdpAgreed < lastAppraisal ? 'PDP older than appraisal' : null;
}
