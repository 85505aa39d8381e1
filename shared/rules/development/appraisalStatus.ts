import { addDays, addMonths, IsoDate } from '../../values/dates/calendarDate';
import { HwbcError } from '../../values/errors';
import { RULE_MESSAGES } from '../../values/messages';
import { DEFAULT_DEVELOPMENT_POLICY, DevelopmentPolicy } from './developmentPolicy';

/** The three states an appraisal can be in on a given day, as for supervision. */
export type AppraisalStatus = 'OK' | 'Due soon' | 'Overdue';

/**
 * When the next appraisal is due (docs/rules.md §7): the last appraisal plus the interval (12
 * months by default), else the start date plus the interval. Both blank gives null.
 *
 * @example
 * appraisalDue('2025-06-30', null);       // '2026-06-30'
 * appraisalDue(null, '2026-02-28');       // '2027-02-28'
 * appraisalDue(null, null);               // null
 */
export function appraisalDue(
  last: IsoDate | null,
  start: IsoDate | null,
  policy: DevelopmentPolicy = DEFAULT_DEVELOPMENT_POLICY,
): IsoDate | null {
  const base = last ?? start;
  return base === null ? null : addMonths(base, policy.appraisalMonths);
}

/**
 * The appraisal status on `asOf`: Overdue after the due date, Due soon from 30 days before it
 * (docs/rules.md §7), else OK. A last appraisal after `asOf` is an error, as a last supervision is.
 *
 * @example
 * appraisalStatus('2025-03-01', null, '2026-01-15'); // 'OK'
 * appraisalStatus('2025-03-01', null, '2026-02-01'); // 'Due soon'
 * appraisalStatus('2025-01-20', null, '2026-03-20'); // 'Overdue'
 */
export function appraisalStatus(
  last: IsoDate | null,
  start: IsoDate | null,
  asOf: IsoDate,
  policy: DevelopmentPolicy = DEFAULT_DEVELOPMENT_POLICY,
): AppraisalStatus | null {
  if (last !== null && last > asOf) throw new HwbcError('VALUE', RULE_MESSAGES.appraisalAfterAsOf(last, asOf));
  const due = appraisalDue(last, start, policy);
  if (due === null) return null;
  if (asOf > due) return 'Overdue';
  if (asOf >= addDays(due, -policy.appraisalDueSoonDays)) return 'Due soon';
  return 'OK';
}
