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
  ReadOptions,
  SheetData,
  SheetSpec,
  WorkbookPort,
  WriteValue,
} from '../../../shared/workbook';
import type { WorkWatch } from '../../../shared/api';
import { SheetCells, sheetFromCells } from '../../../shared/sheetFromCells';
import { sheetColumn, sheetRow } from '../../../shared/sheetPlaces';
import { type FormulaBlock, sheetWithFormulas } from '../../../shared/sheetWithFormulas';
import { FormulasToRead } from '../common/formulasToRead';
import type { SidebarCalls } from '../common/sidebarServer';
import type { FormulaRequest, RowBlock, SheetBox, ShownCell, StepCall, StepCell, StepStart } from '../common/stepTypes';

/**
 * Rows per step: 2,000 rows of a dozen columns is one getValues and one getFormulas of about
 * 24,000 cells, a second or two of an execution Apps Script allows 6 minutes.
 */
export const ROWS_PER_STEP = 2000;

/**
 * Values the first step reads ahead, of the sheets that fit whole: about what a step of rows
 * reads (ROWS_PER_STEP rows of a dozen columns), so the first step is no longer than the
 * others and progress shows as soon as it would without it.
 */
export const READ_AHEAD_CELLS = 24_000;

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

/** The cells that show text starting "=" (1-based), whose formula text the check compares with it. */
function shownFormulaText(data: SheetData): ShownCell[] {
  const shown: ShownCell[] = [];
  data.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (typeof v === 'string' && v.startsWith('='))
        shown.push({ row: sheetRow(data, i) + 1, col: sheetColumn(data, j) + 1, text: v });
    }),
  );
  return shown;
}

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

  private begin(): Promise<StepStart> {
    this.start ??= this.step((s) => s.hwbcStepStart(this.readAhead ? READ_AHEAD_CELLS : 0));
    return this.start;
  }

  async info(): Promise<HostInfo> {
    return (await this.begin()).info;
  }

  async sheetNames(): Promise<string[]> {
    return [...(await this.begin()).sheets];
  }

  /** What the first step read of a sheet, given once (then let go). */
  private async readOfStart(sheet: string): Promise<RowBlock | null> {
    const start = await this.begin();
    const i = start.sheets.indexOf(sheet);
    const ahead = i >= 0 ? (start.ahead?.[i] ?? null) : null;
    if (ahead && start.ahead) start.ahead[i] = { pieces: [], rest: [] };
    return ahead && (ahead.pieces.length > 0 || ahead.rest.length > 0) ? ahead : null;
  }

  async read(sheet: string, options?: ReadOptions): Promise<SheetData> {
    const withFormulas = options?.formulas !== false;
    const cells = new SheetCells();
    const boxes: SheetBox[] = [];
    const sheets = (await this.begin()).sheets.length;
    const ahead = await this.readOfStart(sheet);
    // Values alone for a sheet the first step read whole (formulas, if wanted, follow in one
    // step for all such sheets); a longer one with its formulas when wanted or longWithFormulas.
    const formulasNow = ahead === null || ahead.rest.length > 0 ? withFormulas || this.longWithFormulas : false;
    const take = (block: RowBlock) => {
      for (const { box, values, formulas } of block.pieces) {
        boxes.push(box);
        values.forEach((row, i) =>
          row.forEach((v, j) => {
            const formula = formulas[i]?.[j] ?? null;
            if (v !== null || formula !== null) cells.add(box.row - 1 + i, box.col - 1 + j, cellValue(v), formula);
          }),
        );
        this.rowsRead += values.length;
      }
      return block.rest;
    };
    // A sheet the first step did not read whole: its first step here finds where its data is
    // (unless the first step did), each step then reads the next rows of it.
    let rest: SheetBox[] | null = ahead ? take(ahead) : null;
    while (rest === null || rest.length > 0) {
      const from: SheetBox[] | null = rest;
      rest = take(await this.step((s) => s.hwbcStepRead(sheet, from, this.rowsPerStep, formulasNow)));
      if (rest.length > 0)
        this.watch.progress?.({ sheetsRead: this.sheetsRead, sheets, rowsRead: this.rowsRead, sheet });
    }
    this.sheetsRead++;
    this.watch.progress?.({ sheetsRead: this.sheetsRead, sheets, rowsRead: this.rowsRead, sheet });
    const data = sheetFromCells(sheet, cells);
    if (formulasNow) return data;
    this.formulasToRead.remember(sheet, boxes);
    return withFormulas ? (await this.readFormulas([data]))[0] : data;
  }

  /**
   * The formulas of sheets read as values alone, over the same boxes, in steps of their own:
   * the small sheets' together in one step, a long sheet's over as many as its rows need. A
   * sheet read with its formulas (a long one, see longWithFormulas) is given back as it is.
   */
  async readFormulas(sheets: readonly SheetData[]): Promise<SheetData[]> {
    const wanted: FormulaRequest[] = [];
    for (const data of sheets) {
      const rest = this.formulasToRead.take(data.name);
      wanted.push({ sheet: data.name, rest: rest ?? [], shown: rest ? shownFormulaText(data) : [] });
    }
    const blocks: FormulaBlock[][] = sheets.map(() => []);
    while (wanted.some((w) => w.rest.length > 0)) {
      const asked = wanted.map((w) => ({ ...w }));
      const got = await this.step((s) => s.hwbcStepFormulas(asked, this.rowsPerStep));
      got.forEach((block, i) => {
        for (const { box, formulas } of block.pieces) blocks[i].push({ row: box.row - 1, col: box.col - 1, formulas });
        wanted[i].rest = block.rest;
      });
    }
    // A sheet whose formulas came with its values (a long one) is as it was read.
    return sheets.map((data, i) => (blocks[i].length > 0 ? sheetWithFormulas(data, blocks[i]) : data));
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
