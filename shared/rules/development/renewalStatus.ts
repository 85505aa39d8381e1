import { addDays, addMonths, IsoDate } from '../../values/dates/calendarDate';
import { DEFAULT_DEVELOPMENT_POLICY, DevelopmentPolicy } from './developmentPolicy';

/** A completed training item's state on a given day: in date, lapsing soon, or lapsed. */
export type RenewalStatus = 'Done' | 'Due soon' | 'Expired';

/**
 * The day a completed item lapses (docs/rules.md §7): completion date plus its refresher period.
 * Null when it was not completed on a date, or when it never lapses (months null).
 *
 * @example
 * trainingExpires('2025-01-31', 12);   // '2026-01-31'
 * trainingExpires('2022-03-01', 36);   // '2025-03-01'
 * trainingExpires('2025-01-31', null); // null (never lapses)
 */
export function trainingExpires(completedOn: IsoDate | null, months: number | null): IsoDate | null {
  return completedOn === null || months === null ? null : addMonths(completedOn, months);
}

/*
 * Decision: the item is still in date on its expiry day and Expired from the day after, as a
 * supervision is Overdue only after its due date; Due soon from 30 days before.
 */
/**
 * The status of a completed item on `asOf`: Expired after its expiry date, Due soon within the
 * warning days before it, else Done. An item with no expiry (never lapses) is Done.
 *
 * @example
 * renewalStatus('2026-05-01', '2026-03-20'); // 'Done'
 * renewalStatus('2026-04-10', '2026-03-20'); // 'Due soon'
 * renewalStatus('2026-03-19', '2026-03-20'); // 'Expired'
 * renewalStatus(null, '2026-03-20');         // 'Done'
 */
export function renewalStatus(
  expires: IsoDate | null,
  asOf: IsoDate,
  policy: DevelopmentPolicy = DEFAULT_DEVELOPMENT_POLICY,
): RenewalStatus {
  if (expires === null) return 'Done';
  if (asOf > expires) return 'Expired';
  if (asOf >= addDays(expires, -policy.renewalDueSoonDays)) return 'Due soon';
  return 'Done';
}
