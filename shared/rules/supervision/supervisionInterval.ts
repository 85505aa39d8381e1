import { HwbcError } from '../../values/errors';
import { badArgument } from '../../values/messages';
import { DEFAULT_POLICY, SupervisionPolicy } from './policy';
import type { SupervisionType } from './supervisionType';

/** The tolerance docs/rules.md §2 asks for, so a WTE of 0.3 (or 30%) gives 10 months, not 9. */
const FLOOR_TOLERANCE = 1e-9;

function proRata(months: number, wte: number, max: number): number {
  return Math.min(max, Math.floor(months / wte + FLOOR_TOLERANCE));
}

/**
 * docs/rules.md §2: `0 < wte ≤ 1`, anything else an error. The function layer reads WTE already;
 * this stops a caller passing a sheet's value as it is (37.5 hours a week would otherwise
 * make clinical supervision due on the day of the last session).
 */
function checkWte(wte: number): void {
  if (!(wte > 0 && wte <= 1)) throw new HwbcError('NUM', badArgument('wte', wte, 'wte'));
}

/**
 * Months from the base date to the due date. Only clinical supervision is pro rata
 * (docs/rules.md §2 decision): `min(12, floor(3 / wte))`. Rounding down means a part-time coach is
 * never seen less often than the exact pro-rata figure. A WTE outside 0 < wte ≤ 1 is a NUM
 * error, whatever the type.
 *
 * @example
 * supervisionInterval('clinical', 0.5); // 6
 * supervisionInterval('line', 0.5);     // 1
 */
export function supervisionInterval(
  type: SupervisionType,
  wte = 1,
  policy: SupervisionPolicy = DEFAULT_POLICY,
): number {
  checkWte(wte);
  if (type === 'line') return policy.lineMonths;
  if (type === 'coaching') return policy.coachingMonths;
  return proRata(policy.clinicalDueMonths, wte, policy.clinicalMaxMonths);
}

/**
 * Months from the base date to the opening of the clinical supervision window
 * (`min(12, floor(2 / wte))`). Only clinical supervision has a window; the monthly types warn
 * from a week before their due date instead.
 *
 * @example
 * clinicalWindow(1);   // 2
 * clinicalWindow(0.5); // 4
 */
export function clinicalWindow(wte = 1, policy: SupervisionPolicy = DEFAULT_POLICY): number {
  checkWte(wte);
  return proRata(policy.clinicalWindowMonths, wte, policy.clinicalMaxMonths);
}
