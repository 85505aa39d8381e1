/**
 * The workbook port the sidebar uses for long operations: each method is one or more short
 * server steps (stepServer.ts) instead of one long execution. Sheets are read in blocks of
 * rows, a new sheet's rows are written in blocks after its layout, and before every step the
 * port checks whether the user pressed Cancel.
 */
import type {
  CellRef,
  CellValue,
  HostInfo,
  SheetData,
  SheetSpec,
  WorkbookPort,
  WriteValue,
} from '../../../shared/workbook';
import type { WorkWatch } from '../../../shared/api';
import { SheetCells, sheetFromCells } from '../../../shared/sheetFromCells';
import type { SidebarCalls } from '../common/sidebarServer';
import type { RowBlock, SheetBox, StepCall, StepCell, StepStart } from '../common/stepTypes';

/**
 * Rows per step: 2,000 rows of a dozen columns is one getValues and one getFormulas of about
 * 24,000 cells, a second or two of an execution Apps Script allows 6 minutes.
 */
export const ROWS_PER_STEP = 2000;

/** What the sidebar is told between steps (after every step that read rows), and how it stops the work. */
export type StepWatch = WorkWatch;

/** Thrown when the user stopped the work between two steps. */
export class StepsCancelled extends Error {
  constructor() {
    super('Stopped. Nothing more was read or written after you pressed Cancel.');
    this.name = 'StepsCancelled';
  }
}

const cellValue = (c: StepCell): CellValue => (c !== null && typeof c === 'object' ? new Date(c.ms) : c);

/**
 * A WorkbookPort over the sidebar's server caller, one short step at a time.
 *
 * @example
 * await checkWorkbook(new SteppedPort(server, { progress: show, cancelled: () => stop }), {});
 */
export class SteppedPort implements WorkbookPort {
  private start: Promise<StepStart> | null = null;
  private sheetsRead = 0;
  private rowsRead = 0;

  /**
   * `withFormulas` false reads values only, for work that needs no formulas (guessing what
   * each sheet holds): a template's long per-row formulas are most of what a read carries.
   */
  constructor(
    private readonly server: SidebarCalls,
    private readonly watch: StepWatch = {},
    private readonly rowsPerStep: number = ROWS_PER_STEP,
    private readonly withFormulas: boolean = true,
  ) {}

  /** One server step, unless the user has pressed Cancel. */
  private step<T>(work: (server: SidebarCalls) => Promise<T>): Promise<T> {
    if (this.watch.cancelled?.()) return Promise.reject(new StepsCancelled());
    return work(this.server);
  }

  private portStep(call: StepCall): Promise<unknown> {
    return this.step((s) => s.hwbcStep(call));
  }

  private begin(): Promise<StepStart> {
    this.start ??= this.step((s) => s.hwbcStepStart());
    return this.start;
  }

  async info(): Promise<HostInfo> {
    return (await this.begin()).info;
  }

  async sheetNames(): Promise<string[]> {
    return [...(await this.begin()).sheets];
  }

  async read(sheet: string): Promise<SheetData> {
    const cells = new SheetCells();
    const sheets = (await this.begin()).sheets.length;
    // The first step finds where the sheet's data is; each step then reads the next rows of it.
    let rest: SheetBox[] | null = null;
    do {
      const from = rest;
      const block: RowBlock = await this.step((s) => s.hwbcStepRead(sheet, from, this.rowsPerStep, this.withFormulas));
      for (const { box, values, formulas } of block.pieces) {
        values.forEach((row, i) =>
          row.forEach((v, j) => {
            const formula = formulas[i]?.[j] ?? null;
            if (v !== null || formula !== null) cells.add(box.row - 1 + i, box.col - 1 + j, cellValue(v), formula);
          }),
        );
        this.rowsRead += values.length;
      }
      rest = block.rest;
      if (rest.length > 0)
        this.watch.progress?.({ sheetsRead: this.sheetsRead, sheets, rowsRead: this.rowsRead, sheet });
    } while (rest.length > 0);
    this.sheetsRead++;
    this.watch.progress?.({ sheetsRead: this.sheetsRead, sheets, rowsRead: this.rowsRead, sheet });
    return sheetFromCells(sheet, cells);
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
