import type { IsoDate } from '../../values/dates/calendarDate';

/** Where an action agreed in supervision stands on a given day. */
export type ActionStatus = 'Open' | 'Overdue' | 'Done';

/** What the supervision log records about an agreed action. */
export interface AgreedAction {
  /** The action agreed, as typed; blank when none was agreed. */
  action: string | null;
  followUp: IsoDate | null;
  /** The action was completed (docs/rules.md §4's "completed means completed" reading of the cell). */
  done: boolean;
}

/**
 * The status of an action agreed in supervision on `asOf` (docs/rules.md §7): Done once marked
 * completed; Overdue when its follow-up date has passed; else Open. No action (and no
 * follow-up date) gives null. A follow-up date with no action text still counts: something
 * was agreed for that day.
 *
 * @example
 * actionStatus({ action: 'Read MI chapter', followUp: '2026-02-20', done: false }, '2026-03-20'); // 'Overdue'
 * actionStatus({ action: 'Read MI chapter', followUp: '2026-04-20', done: false }, '2026-03-20'); // 'Open'
 * actionStatus({ action: 'Read MI chapter', followUp: '2026-02-20', done: true }, '2026-03-20');  // 'Done'
 * actionStatus({ action: null, followUp: null, done: false }, '2026-03-20');                      // null
 */
export function actionStatus(a: AgreedAction, asOf: IsoDate): ActionStatus | null {
  const action = a.action?.trim() ?? '';
  if (action === '' && a.followUp === null) return null;
  if (a.done) return 'Done';
  if (a.followUp !== null && asOf > a.followUp) return 'Overdue';
  return 'Open';
}
