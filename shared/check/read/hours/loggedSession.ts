/**
 * A session as the check keeps it while it works: one per hours-log row, so a log of 100,000
 * sessions holds 100,000 of them for the whole check. Each is kept small (its four yes/no
 * answers in one number, its place on the sheet worked out only when a finding asks for it),
 * because every object kept alive is copied by the garbage collector as the check goes on.
 */
import type { IsoDate } from '../../../values/dates/calendarDate';
import type { Where } from '../../findings/findingRules';
import { whereOf } from '../cellReader';
import type { MappedRows } from '../rows/mappedRows';
import type { Coach, Session } from '../model';

/**
 * The bit of each yes/no answer of a session, and of its time being typed in minutes.
 *
 * @example
 * ANSWER.attended | ANSWER.nhs; // 5: attended, NHS, not client time, client came
 */
export const ANSWER = { attended: 1, didNotAttend: 2, nhs: 4, clientSession: 8, inMinutes: 16 } as const;

/**
 * One hours-log session: what readHoursLog read from its row.
 *
 * @example
 * const s = new LoggedSession(coach, '2026-03-04', 45, 'C-0012', ANSWER.attended | ANSWER.clientSession | ANSWER.inMinutes, rows, 11);
 * s.hours;    // 0.75
 * s.attended; // true
 * s.at;       // { sheet: 'Hours log', row: 12, column: 'A' }
 */
export class LoggedSession implements Session {
  constructor(
    readonly coach: Coach | null,
    readonly date: IsoDate | null,
    private readonly time: number | null,
    readonly client: string | null,
    private readonly answers: number,
    private readonly rows: MappedRows,
    private readonly i: number,
  ) {}

  /**
   * Hours, worked out from minutes when the time was typed in minutes: whole minutes are kept
   * as they are, where the hours they make (a fraction) would be one more object per session.
   */
  get hours(): number | null {
    return this.time !== null && (this.answers & ANSWER.inMinutes) !== 0 ? this.time / 60 : this.time;
  }

  get attended(): boolean {
    return (this.answers & ANSWER.attended) !== 0;
  }

  get didNotAttend(): boolean {
    return (this.answers & ANSWER.didNotAttend) !== 0;
  }

  get nhs(): boolean {
    return (this.answers & ANSWER.nhs) !== 0;
  }

  get clientSession(): boolean {
    return (this.answers & ANSWER.clientSession) !== 0;
  }

  /** The session's date cell (its row, when the log has no date column), made when asked. */
  get at(): Where {
    return whereOf(this.rows.row(this.i), 'date');
  }
}
