/** What every fake object shares: the call log, the spreadsheet's zone and the Date realm. */
export interface FakeHost {
  /** Wraps an object so every method call on it is logged as "Label.method". */
  track<T extends object>(target: T, label: string): T;
  /** Runs the fake's own internal calls without logging them as service calls. */
  quiet<T>(work: () => T): T;
  timeZone: string;
  /** The Date constructor of the realm the script runs in (a vm context has its own). */
  DateCtor: DateConstructor;
}
