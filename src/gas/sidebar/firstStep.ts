/**
 * The first step of the sidebar's work over the stepped port (steppedPort.ts): one server call
 * (hwbcStepStart, stepServer.ts) that answers the spreadsheet's facts and its sheet names and,
 * when asked to read ahead, the values of the sheets small enough to come whole in that same
 * call. The check reads every sheet, so reading the small ones in the first step spares a step
 * each; what was read ahead of a sheet is handed over once and then let go, so a port kept for a
 * long run does not hold a copy of every small sheet.
 */
import type { RowBlock, StepStart } from '../common/stepTypes';

/**
 * The first step, made once when first wanted.
 *
 * @example
 * const first = new FirstStep(() => server.hwbcStepStart(24_000));
 * (await first.answer()).sheets;   // ['Settings', 'Coaches', …]
 * await first.readAheadOf('Coaches'); // { pieces: [{ box, values, formulas: [] }], rest: [] }, then null
 */
export class FirstStep {
  private start: Promise<StepStart> | null = null;

  /** `ask` makes the server call (the port checks for Cancel before it). */
  constructor(private readonly ask: () => Promise<StepStart>) {}

  /** What the first step answered: it is made the first time this is asked. */
  answer(): Promise<StepStart> {
    this.start ??= this.ask();
    return this.start;
  }

  /**
   * What the first step read of a sheet, given once; null when it read nothing of it (not read
   * ahead, already given, or not a sheet it listed).
   */
  // Written with then, not async: an async function would bring the sidebar page a helper of
  // its own (the page is compiled for ES2016), and the page has a size budget.
  readAheadOf(sheet: string): Promise<RowBlock | null> {
    return this.answer().then((start) => {
      const i = start.sheets.indexOf(sheet);
      const ahead = i >= 0 ? (start.ahead?.[i] ?? null) : null;
      if (ahead && start.ahead) start.ahead[i] = { pieces: [], rest: [] };
      return ahead && (ahead.pieces.length > 0 || ahead.rest.length > 0) ? ahead : null;
    });
  }
}
