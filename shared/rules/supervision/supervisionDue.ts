import { addMonths, IsoDate } from '../../values/dates/calendarDate';
import { DEFAULT_POLICY, SupervisionPolicy } from './policy';
import { supervisionInterval } from './supervisionInterval';
import type { SupervisionType } from './supervisionType';

/**
 * The base date of docs/rules.md §2: the last session of that type, else the coach's start date.
 *
 * @example
 * supervisionBase(null, '2026-09-01'); // '2026-09-01'
 */
export function supervisionBase(last: IsoDate | null, start: IsoDate | null): IsoDate | null {
  return last ?? start ?? null;
}

/**
 * When the next supervision of a type is due: base date plus the type's interval. Both
 * dates blank gives null (a blank cell).
 *
 * @example
 * supervisionDue('line', '2026-01-31');          // '2026-02-28'
 * supervisionDue('clinical', '2026-01-10', 0.5); // '2026-07-10'
 * supervisionDue('line', null, 1, '2026-09-01'); // '2026-10-01'
 */
export function supervisionDue(
  type: SupervisionType,
  last: IsoDate | null,
  wte = 1,
  start: IsoDate | null = null,
  policy: SupervisionPolicy = DEFAULT_POLICY,
): IsoDate | null {
  const base = supervisionBase(last, start);
  return base === null ? null : addMonths(base, supervisionInterval(type, wte, policy));
}
