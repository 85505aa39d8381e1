/**
 * A stand-in Excel built from office-addin-mock's OfficeMockObject: properties must be
 * loaded and synced before they can be read (as in Office.js), and every `context.sync()`
 * is counted. Writes are recorded (tests look at what the add-in queued) and applied when a
 * sheet is read again or described with `sheet(name)` (see officeSheets.ts).
 */

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose main
// module pulls in an ES-module-only package Jest's CommonJS runtime cannot load.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));
import { OfficeMockObject } from 'office-addin-mock';
import type { OfficeHost } from '../../src/excel/workbook/officeHost';
import type { DateSystem } from '../../shared/values/dates/excelSerial';
import { applyRange, emptySheet, type ExcelCell, type ExcelSheet } from './officeSheets';
import { PayloadMeter } from './officePayload';

/** What a mock exposes once built (office-addin-mock types everything as any). */
type Mock = OfficeMockObject & Record<string, unknown>;
/** office-addin-mock's own (private) ways to grow a mock after it is built. */
interface Growable {
  populate(data: object): void;
  addMock(name: string): void;
  [key: string]: unknown;
}

/** A sheet as the fake workbook holds it: what `getUsedRange` would report. */
export interface FakeSheet {
  name: string;
  values: unknown[][];
  /** Defaults to the values (Office.js reports a constant's value as its formula). */
  formulas?: unknown[][];
  rowIndex?: number;
  columnIndex?: number;
}

/** One `getRange` call and the mock range it returned (its assigned properties). */
export interface RecordedRange {
  sheet: string;
  address: string;
  range: Mock;
}

const KEY = (name: string) => `sheet:${name}`;

/** The minor number of an API set version: '1.18' is newer than '1.9'. */
const minor = (version: string) => Number(version.split('.')[1] ?? 0);

function mock(data: object): Mock {
  return new OfficeMockObject(data as never, 'excel' as never) as Mock;
}

/**
 * A fake Excel workbook with the given sheets.
 *
 * @example
 * const excel = new FakeExcel([{ name: 'Coaches', values: [['Name'], ['Asha']] }]);
 * const port = new OfficeWorkbook(excel.host());
 */
export class FakeExcel {
  syncs = 0;
  /** Excel on the web's 5 MB and 5,000,000-cell limits, and the largest request and response sent. */
  readonly payload = new PayloadMeter();
  readonly ranges: RecordedRange[] = [];
  readonly added: string[] = [];
  readonly deleted: string[] = [];
  readonly activated: string[] = [];
  readonly selected: string[] = [];
  readonly frozen = new Map<string, number>();
  /** Page set-up by sheet, as Office.js takes it (ExcelApi 1.9). */
  readonly printed = new Map<
    string,
    { orientation?: string; paperSize?: string; zoom?: unknown; titleRows?: string }
  >();
  readonly filters = new Map<string, string>();
  readonly notes: { kind: 'note' | 'comment'; sheet: string; address: string; text: string }[] = [];
  readonly conditionalFormats: { sheet: string; address: string; type: string; format: Mock }[] = [];
  readonly settings = new Map<string, unknown>();
  readonly context: Mock;
  private pendingError: { code: string; message: string } | null = null;
  private afterSync: (() => void)[] = [];
  private readonly names: string[];
  /** The sheets as given (or added empty), before any write. */
  private readonly initial = new Map<string, FakeSheet>();
  /** Ranges asked for since the last sync, and those of batches that failed (never applied). */
  private batch: RecordedRange[] = [];
  /** Ranges read by index since the last sync: stand-alone mocks that sync with the batch. */
  private reads: Mock[] = [];
  private readonly discarded = new Set<RecordedRange>();

  constructor(
    sheets: FakeSheet[],
    activeCell: { sheet: string; address: string; values: unknown[][] } = {
      sheet: sheets[0]?.name ?? 'Sheet1',
      address: 'A1',
      values: [['']],
    },
  ) {
    this.names = sheets.map((s) => s.name);
    const worksheets: Record<string, unknown> = this.collection();
    for (const s of sheets) {
      this.initial.set(s.name, s);
      worksheets[KEY(s.name)] = this.sheetData(s);
    }
    this.context = mock({
      workbook: {
        worksheets,
        activeCell: {
          address: `${activeCell.sheet}!${activeCell.address}`,
          values: activeCell.values,
          formulas: activeCell.values,
        },
        getActiveCell(this: Mock) {
          return this.activeCell;
        },
      },
    });
    const workbook = this.context.workbook as Mock;
    for (const s of sheets) ((workbook.worksheets as Mock)[KEY(s.name)] as Mock).isNullObject = false;
    const baseSync = this.context.sync.bind(this.context);
    this.context.sync = async () => {
      this.syncs++;
      const batch = this.batch;
      this.batch = [];
      const reads = this.reads;
      this.reads = [];
      const tooLarge = this.payload.send(batch.map((r) => r.range));
      const error = this.pendingError ?? tooLarge;
      this.pendingError = null;
      if (error) {
        batch.forEach((r) => this.discarded.add(r));
        throw Object.assign(new Error(error.message), error);
      }
      await baseSync();
      for (const range of reads) await range.sync();
      // office-addin-mock copies loaded values up the tree in later microtasks.
      await new Promise((resolve) => setImmediate(resolve));
      const callbacks = this.afterSync;
      this.afterSync = [];
      callbacks.forEach((f) => f());
    };
  }

  /**
   * A sheet as the add-in's writes left it: the sheet as given, then every range of a batch
   * that synced, in the order they were asked for (the add-in sets a range's properties as
   * soon as it asks for it), then notes, highlights, frozen rows and filter.
   *
   * @example
   * excel.sheet('Coaches').cells.get('1,1'); // { value: 'ID', formula: 'ID' }
   */
  sheet(name: string): ExcelSheet {
    const sheet = emptySheet(name);
    const given = this.initial.get(name);
    if (given) {
      const at = { row: (given.rowIndex ?? 0) + 1, col: (given.columnIndex ?? 0) + 1 };
      given.values.forEach((row, i) =>
        row.forEach((value, j) => {
          const formula = (given.formulas?.[i]?.[j] ?? value) as ExcelCell['formula'];
          if (value === '' && formula === '') return;
          sheet.cells.set(`${at.row + i},${at.col + j}`, { value: value as ExcelCell['value'], formula });
        }),
      );
    }
    for (const r of this.rangesOf(name)) {
      if (!this.discarded.has(r) && !this.batch.includes(r)) applyRange(sheet, r.address, r.range);
    }
    sheet.notes = this.notes
      .filter((n) => n.sheet === name)
      .map(({ kind, address, text }) => ({ kind, address, text }));
    sheet.highlights = this.conditionalFormats
      .filter((c) => c.sheet === name)
      .map((c) => {
        const cellValue = c.format.cellValue as {
          rule?: unknown;
          format: { fill: { color?: unknown }; font: { color?: unknown } };
        };
        return {
          address: c.address,
          type: c.type,
          rule: cellValue.rule,
          fill: cellValue.format.fill.color,
          font: cellValue.format.font.color,
        };
      });
    sheet.frozenRows = this.frozen.get(name) ?? 0;
    sheet.filter = this.filters.get(name) ?? null;
    return sheet;
  }

  /** The ranges `getRange` was asked for on a sheet, in order. */
  rangesOf(sheet: string): RecordedRange[] {
    return this.ranges.filter((r) => r.sheet === sheet);
  }

  /** An OfficeHost over this fake, as the add-in's code receives the real one. */
  host(options: { dateSystem?: DateSystem; apiSets?: Record<string, string>; now?: Date } = {}): OfficeHost {
    const apiSets = options.apiSets ?? { ExcelApi: '1.18' };
    return {
      run: (batch) => batch(this.context as unknown as Excel.RequestContext),
      settings: () => this.officeSettings(),
      supports: (set, version) => apiSets[set] !== undefined && minor(apiSets[set]) >= minor(version),
      dateSystem: async () => options.dateSystem ?? '1900',
      now: () => options.now ?? new Date('2026-03-20T12:00:00Z'),
    };
  }

  private officeSettings(): Office.Settings {
    const saved = this.settings;
    const pending = new Map(saved);
    return {
      get: (key: string) => (pending.has(key) ? pending.get(key) : null),
      set: (key: string, value: unknown) => pending.set(key, value),
      saveAsync: (callback: (r: { status: string }) => void) => {
        pending.forEach((v, k) => saved.set(k, v));
        callback({ status: 'succeeded' });
      },
    } as unknown as Office.Settings;
  }

  /** The worksheets collection mock, once the context is built. */
  private worksheets(): Growable {
    return (this.context.workbook as Mock).worksheets as unknown as Growable;
  }

  private collection(): Record<string, unknown> {
    return {
      getItem: (name: string) => {
        const ws = this.worksheets()[KEY(name)];
        if (ws) return ws;
        this.pendingError = { code: 'ItemNotFound', message: `The requested resource doesn't exist.` };
        return this.detachedSheet(name);
      },
      getItemOrNullObject: (name: string) => {
        const ws = this.worksheets()[KEY(name)];
        if (ws) return ws;
        const none = this.detachedSheet(name);
        none.isNullObject = true;
        return none;
      },
      add: (name: string) => {
        const sheets = this.worksheets();
        if (sheets[KEY(name)]) {
          this.pendingError = { code: 'ItemAlreadyExists', message: 'The resource already exists.' };
          return sheets[KEY(name)];
        }
        this.added.push(name);
        this.names.push(name);
        sheets.addMock(KEY(name));
        const ws = sheets[KEY(name)] as Growable;
        ws.populate(this.sheetData({ name, values: [] }));
        ws.isNullObject = false;
        return ws;
      },
      // Collections load their items' properties; resolved after the next sync, as in Office.js.
      load: () => {
        const sheets = this.worksheets();
        sheets.items = undefined;
        this.afterSync.push(() => (sheets.items = this.names.map((name) => ({ name }))));
        return sheets;
      },
    };
  }

  /**
   * The used range (values only, as `getUsedRange(true)` gives it) of a sheet the add-in has
   * written to, or null when it has not: then the sheet reads exactly as it was given.
   */
  private usedRangeAfterWrites(name: string): {
    values: unknown[][];
    formulas: unknown[][];
    rowIndex: number;
    columnIndex: number;
    rowCount: number;
    columnCount: number;
  } | null {
    const written = this.rangesOf(name).some(
      (r) => r.range.formulas !== undefined && !this.discarded.has(r) && !this.batch.includes(r),
    );
    if (!written) return null;
    const cells = [...this.sheet(name).cells].filter(([, c]) => c.value !== '' || c.formula !== '');
    if (cells.length === 0)
      return { values: [], formulas: [], rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 };
    const at = cells.map(([key]) => key.split(',').map(Number));
    const top = Math.min(...at.map(([r]) => r));
    const left = Math.min(...at.map(([, c]) => c));
    const height = Math.max(...at.map(([r]) => r)) - top + 1;
    const width = Math.max(...at.map(([, c]) => c)) - left + 1;
    const grid = () => Array.from({ length: height }, () => new Array<unknown>(width).fill(''));
    const values = grid();
    const formulas = grid();
    cells.forEach(([, cell], i) => {
      values[at[i][0] - top][at[i][1] - left] = cell.value;
      formulas[at[i][0] - top][at[i][1] - left] = cell.formula;
    });
    return { values, formulas, rowIndex: top - 1, columnIndex: left - 1, rowCount: height, columnCount: width };
  }

  /** A sheet's cells now: as given, or as the add-in's synced writes left them. */
  private grid(name: string): { values: unknown[][]; formulas: unknown[][]; rowIndex: number; columnIndex: number } {
    const written = this.usedRangeAfterWrites(name);
    if (written) return written;
    const given = this.initial.get(name) ?? { name, values: [] };
    return {
      values: given.values,
      formulas: given.formulas ?? given.values,
      rowIndex: given.rowIndex ?? 0,
      columnIndex: given.columnIndex ?? 0,
    };
  }

  private detachedSheet(name: string): Mock {
    return mock(this.sheetData({ name, values: [] }));
  }

  private sheetData(sheet: FakeSheet): object {
    const name = sheet.name;
    const empty = sheet.values.length === 0;
    const afterWrites = () => this.usedRangeAfterWrites(name);
    const grid = () => this.grid(name);
    const meter = this.payload;
    // Loads of cell arrays are measured as Excel on the web would measure the response.
    const meterLoads = (range: Mock, data: () => { values: unknown[][]; formulas: unknown[][] }) => {
      const own = range as unknown as { hwbcLoad?: (p: unknown) => unknown; load: (p: unknown) => unknown };
      own.hwbcLoad ??= own.load.bind(range);
      const base = own.hwbcLoad;
      own.load = (p: unknown) => {
        const d = data();
        meter.loaded(p, d.values.length * (d.values[0]?.length ?? 0), d);
        return base(p);
      };
    };
    return {
      name,
      usedRange: {
        values: sheet.values,
        formulas: sheet.formulas ?? sheet.values,
        rowIndex: sheet.rowIndex ?? 0,
        columnIndex: sheet.columnIndex ?? 0,
        rowCount: sheet.values.length,
        columnCount: sheet.values[0]?.length ?? 0,
      },
      getUsedRangeOrNullObject(this: Mock) {
        const used = this.usedRange as Mock;
        meterLoads(used, () => grid());
        const written = afterWrites();
        if (!written) {
          used.isNullObject = empty;
          return used;
        }
        const growable = used as unknown as Growable & { setValue(name: string, value: unknown): void };
        for (const [key, value] of Object.entries(written)) growable.setValue(key, value);
        used.isNullObject = written.values.length === 0;
        return used;
      },
      getRange: (address: string) => this.range(name, address),
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => {
        const all = grid();
        const slice = (a: unknown[][]) =>
          Array.from({ length: rows }, (_, i) =>
            Array.from({ length: cols }, (_, j) => a[row - all.rowIndex + i]?.[col - all.columnIndex + j] ?? ''),
          );
        const data = { values: slice(all.values), formulas: slice(all.formulas) };
        const range = mock({ ...data, rowIndex: row, columnIndex: col, rowCount: rows, columnCount: cols });
        meterLoads(range, () => data);
        this.reads.push(range);
        return range;
      },
      freezePanes: { freezeRows: (rows: number) => this.frozen.set(name, rows) },
      pageLayout: this.pageLayout(name),
      autoFilter: { apply: (range: Mock) => this.filters.set(name, String(range.hwbcAddress)) },
      notes: { add: (cell: Mock, text: string) => this.note('note', name, cell, text) },
      comments: { add: (cell: Mock, text: string) => this.note('comment', name, cell, text) },
      activate: () => this.activated.push(name),
      delete: () => this.deleted.push(name),
    };
  }

  /**
   * A sheet's pageLayout: accepts only the values Office.js does (its enum strings, "$1:$1"
   * rows). The mock library copies plain properties, so what was set is read from the layout
   * object itself when the title rows are set (the renderer sets them last).
   */
  private pageLayout(name: string): Record<string, unknown> {
    const printed = this.printed;
    const oneOf = (what: string, v: unknown, allowed: readonly string[]) => {
      if (v !== undefined && (typeof v !== 'string' || !allowed.includes(v))) {
        throw new Error(`InvalidArgument: ${what} ${String(v)}`);
      }
      return v as string | undefined;
    };
    return {
      orientation: undefined,
      paperSize: undefined,
      zoom: undefined,
      setPrintTitleRows(this: { orientation?: unknown; paperSize?: unknown; zoom?: unknown }, rows: string) {
        if (!/^\$\d+:\$\d+$/.test(rows)) throw new Error(`InvalidArgument: print title rows ${rows}`);
        printed.set(name, {
          orientation: oneOf('orientation', this.orientation, ['Landscape', 'Portrait']),
          paperSize: oneOf('paperSize', this.paperSize, ['A4', 'Letter', 'A3', 'Legal']),
          zoom: this.zoom,
          titleRows: rows,
        });
      },
    };
  }

  private note(kind: 'note' | 'comment', sheet: string, cell: Mock, text: string): void {
    this.notes.push({ kind, sheet, address: String(cell.hwbcAddress), text });
  }

  private range(sheet: string, address: string): Mock {
    const range = mock({
      format: { font: {}, fill: {} },
      dataValidation: {},
      conditionalFormats: {
        add: (type: string) => {
          const format = mock({ cellValue: { format: { fill: {}, font: {} } } });
          this.conditionalFormats.push({ sheet, address, type, format });
          return format;
        },
      },
      select: () => this.selected.push(`${sheet}!${address}`),
    });
    range.hwbcAddress = address;
    const recorded = { sheet, address, range };
    this.ranges.push(recorded);
    this.batch.push(recorded);
    return range;
  }
}
