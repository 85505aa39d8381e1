/**
 * The workbook port the sidebar uses for long operations: each method is one or more short
 * server steps (stepServer.ts) instead of one long execution. Sheets are read in blocks of
 * rows, a new sheet's rows are written in blocks after its layout, and before every step the
 * port checks whether the user pressed Cancel. The first step is firstStep.ts, gathering a
 * sheet's rows sheetInSteps.ts, its formulas afterwards formulasInSteps.ts.
 */
import type {
  CellRef,
  HostInfo,
  ReadOptions,
  SheetData,
  SheetSpec,
  WorkbookPort,
  WriteValue,
} from '../../../shared/workbook';
import type { WorkWatch } from '../../../shared/api';
import { FormulasToRead } from '../common/formulasToRead';
import type { SidebarCalls } from '../common/sidebarServer';
import type { FormulaRequest, SheetBox, StepCall } from '../common/stepTypes';
import { FirstStep } from './firstStep';
import { formulasInSteps } from './formulasInSteps';
import { SheetInSteps } from './sheetInSteps';
import { READ_AHEAD_CELLS, ROWS_PER_STEP } from './stepSizes';

/** What the sidebar is told between steps (after every step that read rows), and how it stops the work. */
export type StepWatch = WorkWatch;

/** Thrown when the user stopped the work between two steps. */
export class StepsCancelled extends Error {
  constructor() {
    super('Stopped. Nothing more was read or written after you pressed Cancel.');
    this.name = 'StepsCancelled';
  }
}

/**
 * A WorkbookPort over the sidebar's server caller, one short step at a time.
 *
 * @example
 * await checkWorkbook(new SteppedPort(server, { progress: show, cancelled: () => stop }), {});
 */
export class SteppedPort implements WorkbookPort {
  /** The spreadsheet's facts, its sheet names and the small sheets' values, in one step. */
  private readonly first = new FirstStep(() =>
    this.step((s) => s.hwbcStepStart(this.readAhead ? READ_AHEAD_CELLS : 0)),
  );
  private sheetsRead = 0;
  private rowsRead = 0;
  /** Where the values of each sheet read as values alone came from, for its formulas later. */
  private readonly formulasToRead = new FormulasToRead();

  /**
   * `readAhead` lets the first step read the values of the small sheets (the check and guessing
   * read every sheet); work that reads a few sheets (the sign-off pack) leaves it off.
   * `longWithFormulas` reads a sheet too long to read ahead with its formulas even when asked
   * for values alone: the check asks for a long sheet's formulas afterwards (it is a log it
   * reads), and they then come in the same steps as its values, not in as many steps again.
   * Guessing what each sheet holds, which never needs formulas, leaves it off.
   */
  constructor(
    private readonly server: SidebarCalls,
    private readonly watch: StepWatch = {},
    private readonly rowsPerStep: number = ROWS_PER_STEP,
    private readonly readAhead: boolean = true,
    private readonly longWithFormulas: boolean = readAhead,
  ) {}

  /** One server step, unless the user has pressed Cancel. */
  private step<T>(work: (server: SidebarCalls) => Promise<T>): Promise<T> {
    if (this.watch.cancelled?.()) return Promise.reject(new StepsCancelled());
    return work(this.server);
  }

  private portStep(call: StepCall): Promise<unknown> {
    return this.step((s) => s.hwbcStep(call));
  }

  async info(): Promise<HostInfo> {
    return (await this.first.answer()).info;
  }

  async sheetNames(): Promise<string[]> {
    return [...(await this.first.answer()).sheets];
  }

  async read(sheet: string, options?: ReadOptions): Promise<SheetData> {
    const withFormulas = options?.formulas !== false;
    const gathered = new SheetInSteps(sheet);
    const sheets = (await this.first.answer()).sheets.length;
    const ahead = await this.first.readAheadOf(sheet);
    // Values alone for a sheet the first step read whole (formulas, if wanted, follow in one
    // step for all such sheets); a longer one with its formulas when wanted or longWithFormulas.
    const formulasNow = ahead === null || ahead.rest.length > 0 ? withFormulas || this.longWithFormulas : false;
    const progress = () =>
      this.watch.progress?.({ sheetsRead: this.sheetsRead, sheets, rowsRead: this.rowsRead + gathered.rows, sheet });
    // A sheet the first step did not read whole: its first step here finds where its data is
    // (unless the first step did), each step then reads the next rows of it.
    let rest: SheetBox[] | null = ahead ? gathered.take(ahead) : null;
    while (rest === null || rest.length > 0) {
      const from: SheetBox[] | null = rest;
      rest = gathered.take(await this.step((s) => s.hwbcStepRead(sheet, from, this.rowsPerStep, formulasNow)));
      if (rest.length > 0) progress();
    }
    this.sheetsRead++;
    progress();
    this.rowsRead += gathered.rows;
    const data = gathered.data();
    if (formulasNow) return data;
    this.formulasToRead.remember(sheet, gathered.boxes);
    return withFormulas ? (await this.readFormulas([data]))[0] : data;
  }

  /**
   * The formulas of sheets read as values alone, over the same boxes, in steps of their own:
   * the small sheets' together in one step, a long sheet's over as many as its rows need. A
   * sheet read with its formulas (a long one, see longWithFormulas) is given back as it is.
   */
  async readFormulas(sheets: readonly SheetData[]): Promise<SheetData[]> {
    const step = (wanted: FormulaRequest[]) => this.step((s) => s.hwbcStepFormulas(wanted, this.rowsPerStep));
    return formulasInSteps(sheets, this.formulasToRead, step);
  }

  async write(sheet: string, at: CellRef, block: readonly (readonly WriteValue[])[]): Promise<void> {
    for (let first = 0; first < block.length; first += this.rowsPerStep) {
      const rows = block.slice(first, first + this.rowsPerStep).map((r) => [...r]);
      await this.portStep({ method: 'write', sheet, at: { row: at.row + first, col: at.col }, block: rows });
    }
  }

  async addSheet(spec: SheetSpec): Promise<void> {
    // The layout in one step, the rows after it in steps of their own.
    await this.portStep({ method: 'addSheet', spec: { ...spec, rows: [] } });
    await this.write(spec.name, { row: 1, col: 0 }, spec.rows);
  }

  async deleteSheet(sheet: string): Promise<void> {
    await this.portStep({ method: 'deleteSheet', sheet });
  }

  async getSetting(key: string): Promise<unknown> {
    const value = await this.portStep({ method: 'getSetting', key });
    return value === null ? undefined : value;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.portStep({ method: 'setSetting', key, value });
  }
}
