/**
 * A stand-in Excel built from office-addin-mock's OfficeMockObject: properties must be
 * loaded and synced before they can be read (as in Office.js), and every `context.sync()`
 * is counted. Writes are recorded, not applied: tests look at what the add-in queued.
 */

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose main
// module pulls in an ES-module-only package Jest's CommonJS runtime cannot load.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));
import { OfficeMockObject } from 'office-addin-mock';
import type { OfficeHost } from '../../src/excel/officeHost';
import type { DateSystem } from '../../shared/values/excelSerial';

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
  readonly ranges: RecordedRange[] = [];
  readonly added: string[] = [];
  readonly deleted: string[] = [];
  readonly activated: string[] = [];
  readonly selected: string[] = [];
  readonly frozen = new Map<string, number>();
  readonly filters = new Map<string, string>();
  readonly notes: { kind: 'note' | 'comment'; sheet: string; address: string; text: string }[] = [];
  readonly conditionalFormats: { sheet: string; address: string; type: string; format: Mock }[] = [];
  readonly settings = new Map<string, unknown>();
  readonly context: Mock;
  private pendingError: { code: string; message: string } | null = null;
  private afterSync: (() => void)[] = [];
  private readonly names: string[];

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
    for (const s of sheets) worksheets[KEY(s.name)] = this.sheetData(s);
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
      const error = this.pendingError;
      this.pendingError = null;
      if (error) throw Object.assign(new Error(error.message), error);
      await baseSync();
      // office-addin-mock copies loaded values up the tree in later microtasks.
      await new Promise((resolve) => setImmediate(resolve));
      const callbacks = this.afterSync;
      this.afterSync = [];
      callbacks.forEach((f) => f());
    };
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

  private detachedSheet(name: string): Mock {
    return mock(this.sheetData({ name, values: [] }));
  }

  private sheetData(sheet: FakeSheet): object {
    const name = sheet.name;
    const empty = sheet.values.length === 0;
    return {
      name,
      usedRange: {
        values: sheet.values,
        formulas: sheet.formulas ?? sheet.values,
        rowIndex: sheet.rowIndex ?? 0,
        columnIndex: sheet.columnIndex ?? 0,
      },
      getUsedRangeOrNullObject(this: Mock) {
        const used = this.usedRange as Mock;
        used.isNullObject = empty;
        return used;
      },
      getRange: (address: string) => this.range(name, address),
      freezePanes: { freezeRows: (rows: number) => this.frozen.set(name, rows) },
      autoFilter: { apply: (range: Mock) => this.filters.set(name, String(range.hwbcAddress)) },
      notes: { add: (cell: Mock, text: string) => this.note('note', name, cell, text) },
      comments: { add: (cell: Mock, text: string) => this.note('comment', name, cell, text) },
      activate: () => this.activated.push(name),
      delete: () => this.deleted.push(name),
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
    this.ranges.push({ sheet, address, range });
    return range;
  }
}
