import { addDays, addMonths, IsoDate } from '../../values/dates/calendarDate';
import { HwbcError } from '../../values/errors';
import { RULE_MESSAGES } from '../../values/messages';
import { DEFAULT_POLICY, SupervisionPolicy } from './policy';
import { supervisionBase, supervisionDue } from './supervisionDue';
import { clinicalWindow } from './supervisionInterval';
import type { SupervisionType } from './supervisionType';

/** The three states a supervision can be in on a given day. */
export type SupervisionStatus = 'OK' | 'Due soon' | 'Overdue';

/**
 * Status of a supervision type on `asOf` (docs/rules.md §2): Overdue after the due date; Due soon
 * from a week before it (or, for clinical supervision, from the window opening); else OK.
 * A last session dated after `asOf` is an error. Both dates blank gives null.
 *
 * @example
 * supervisionStatus('line', '2026-03-15', 1, null, '2026-04-08');     // 'Due soon'
 * supervisionStatus('clinical', '2026-01-10', 1, null, '2026-03-10'); // 'Due soon'
 * supervisionStatus('line', '2026-03-15', 1, null, '2026-04-16');     // 'Overdue'
 */
export function supervisionStatus(
  type: SupervisionType,
  last: IsoDate | null,
  wte: number,
  start: IsoDate | null,
  asOf: IsoDate,
  policy: SupervisionPolicy = DEFAULT_POLICY,
): SupervisionStatus | null {
  if (last !== null && last > asOf) throw new HwbcError('VALUE', RULE_MESSAGES.lastAfterAsOf(last, asOf));
  const due = supervisionDue(type, last, wte, start, policy);
  if (due === null) return null;
  if (asOf > due) return 'Overdue';
  if (asOf >= addDays(due, -policy.dueSoonDays)) return 'Due soon';
  if (type === 'clinical') {
    const base = supervisionBase(last, start) as IsoDate;
    if (asOf >= addMonths(base, clinicalWindow(wte, policy))) return 'Due soon';
  }
  return 'OK';
}
