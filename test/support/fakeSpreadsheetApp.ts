/**
 * An in-memory Google Sheets for tests: SpreadsheetApp, Utilities, HtmlService,
 * PropertiesService, Session, ScriptApp and Logger, with every service call counted.
 * Use it in jest (`fake.install()` or pass `fake` to SheetsWorkbook) or as the globals of a
 * Node vm context running the built dist/gas/Code.js (see test/gas/support/loadCode.ts).
 *
 * @example
 * const fake = new FakeGas({ sheets: { Team: [['Name', 'Hours'], ['Asha', 120]] } });
 * await new SheetsWorkbook(fake).read('Team');
 * fake.callCount(); // 3: getActiveSpreadsheet, getSheetByName, getDataRange … (see `calls`)
 */
import { FakeSpreadsheet } from '../gas/fake/fakeSpreadsheet';
import type { FakeSheet } from '../gas/fake/fakeSheet';
import {
  FakeConditionalFormatRuleBuilder,
  FakeDataValidationBuilder,
  FakeHtmlOutput,
  FakeMenu,
  FakeProperties,
  UiRecord,
} from '../gas/fake/fakeServices';
import { type CallCensus, callCensus } from '../gas/fake/callKinds';
import type { FakeHost } from '../gas/fake/host';
import { formatDate, parseDate } from '../gas/fake/zoneDates';

export type { CallCensus } from '../gas/fake/callKinds';
export type { FakeSheet } from '../gas/fake/fakeSheet';
export type { FakeSpreadsheet } from '../gas/fake/fakeSpreadsheet';
export type { FakeConditionalRule, FakeValidation } from '../gas/fake/fakeServices';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

/** A cell value as plain data (a Date as its instant). */
const plain = (v: unknown): unknown =>
  Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString() : v;

export interface FakeGasOptions {
  /** The spreadsheet's time zone (File › Settings). Default Europe/London. */
  timeZone?: string;
  /** Sheets to start with: values as a user typed them (strings are read as typed). */
  sheets?: Record<string, unknown[][]>;
  /** Files HtmlService can serve by name, e.g. { Sidebar: '<!doctype html>…' }. */
  files?: Record<string, string>;
}

/** Calls allowed in AuthMode.NONE: only building a menu. */
const ALLOWED_WITHOUT_AUTH = /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Ui\.createMenu|Menu\.\w+|ScriptApp\.\w+)$/;

export class FakeGas implements FakeHost {
  /** Every service call, in order, as "Service.method". */
  readonly calls: string[] = [];
  authMode: AuthMode = 'FULL';
  timeZone: string;
  DateCtor: DateConstructor = Date;
  readonly book: FakeSpreadsheet;
  readonly documentProperties = new Map<string, string>();
  readonly ui: UiRecord = { menus: [], sidebars: [], alerts: [] };
  files: Record<string, string>;
  private silent = 0;

  readonly SpreadsheetApp: object;
  readonly Utilities: object;
  readonly HtmlService: object;
  readonly PropertiesService: object;
  readonly Session: object;
  readonly ScriptApp = {
    AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' },
  };
  readonly Logger = { log: (..._args: unknown[]) => undefined };

  constructor(options: FakeGasOptions = {}) {
    this.timeZone = options.timeZone ?? 'Europe/London';
    this.files = { ...options.files };
    this.book = this.track(new FakeSpreadsheet(this), 'Spreadsheet');
    for (const [name, rows] of Object.entries(options.sheets ?? {})) this.setSheet(name, rows);

    const ui = this.track(
      {
        createAddonMenu: () => this.track(new FakeMenu('add-on', this.ui), 'Menu'),
        createMenu: (title: string) => this.track(new FakeMenu(title, this.ui), 'Menu'),
        alert: (title: string, prompt = '', _buttons?: unknown) => {
          this.ui.alerts.push({ title, prompt });
          return 'OK';
        },
        showSidebar: (output: FakeHtmlOutput) => {
          this.ui.sidebars.push({ title: output.getTitle(), html: output.getContent() });
        },
        ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO' },
      },
      'Ui',
    );
    this.SpreadsheetApp = this.track(
      {
        getUi: () => ui,
        getActiveSpreadsheet: () => this.book,
        getActive: () => this.book,
        newDataValidation: () => this.track(new FakeDataValidationBuilder(), 'DataValidationBuilder'),
        newConditionalFormatRule: () =>
          this.track(new FakeConditionalFormatRuleBuilder(), 'ConditionalFormatRuleBuilder'),
      },
      'SpreadsheetApp',
    );
    this.Utilities = this.track(
      {
        formatDate: (d: Date, tz: string, pattern: string) => formatDate(d, tz, pattern),
        parseDate: (text: string, tz: string, pattern: string) => new this.DateCtor(parseDate(text, tz, pattern)),
      },
      'Utilities',
    );
    this.HtmlService = this.track(
      {
        createHtmlOutputFromFile: (name: string) => {
          if (!(name in this.files)) throw new Error(`No HTML file named ${name} was found.`);
          return this.track(new FakeHtmlOutput(this.files[name]), 'HtmlOutput');
        },
        createHtmlOutput: (html = '') => this.track(new FakeHtmlOutput(html), 'HtmlOutput'),
      },
      'HtmlService',
    );
    const properties = this.track(new FakeProperties(this.documentProperties), 'Properties');
    this.PropertiesService = this.track({ getDocumentProperties: () => properties }, 'PropertiesService');
    this.Session = this.track(
      { getScriptTimeZone: () => 'Europe/London', getActiveUserLocale: () => 'en_GB' },
      'Session',
    );
  }

  track<T extends object>(target: T, label: string): T {
    const proxy: T = new Proxy(target, {
      get: (t, prop, receiver) => {
        const value = Reflect.get(t, prop, receiver);
        if (typeof value !== 'function' || typeof prop === 'symbol') return value;
        return (...args: unknown[]) => {
          this.record(`${label}.${prop}`);
          const out = this.quiet(() => value.apply(t, args));
          return out === t ? proxy : out;
        };
      },
    });
    return proxy;
  }

  quiet<T>(work: () => T): T {
    this.silent++;
    try {
      return work();
    } finally {
      this.silent--;
    }
  }

  private record(call: string): void {
    if (this.silent > 0) return;
    if (this.authMode === 'NONE' && !ALLOWED_WITHOUT_AUTH.test(call)) {
      throw new Error(`${call} needs authorisation, which an add-on does not have in AuthMode.NONE.`);
    }
    this.calls.push(call);
  }

  /** Service calls made since the last reset (or those matching a prefix such as "Range."). */
  callCount(prefix = ''): number {
    return this.calls.filter((c) => c.startsWith(prefix)).length;
  }

  /** The calls since the last reset by kind: reads, writes, flushing reads, builders (see callKinds.ts). */
  census(): CallCensus {
    return callCensus(this.calls);
  }

  resetCalls(): void {
    this.calls.length = 0;
  }

  /** Adds (or replaces) a sheet holding `rows`, typed in as a user would; not counted. */
  setSheet(name: string, rows: unknown[][]): FakeSheet {
    return this.quiet(() => {
      const existing = this.book.sheet(name);
      if (existing) this.book.deleteSheet(existing);
      const sheet = this.book.addSheet(name);
      const width = Math.max(0, ...rows.map((r) => r.length));
      if (rows.length > 0 && width > 0) {
        const padded = rows.map((r) => Array.from({ length: width }, (_, i) => (i < r.length ? r[i] : '')));
        sheet.getRange(1, 1, rows.length, width).setValues(padded);
      }
      return sheet;
    });
  }

  /** The sheet's values as the user sees them ('' for empty). */
  values(name: string): unknown[][] {
    const sheet = this.book.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return this.quiet(() => sheet.snapshot());
  }

  /**
   * Everything the fake knows about a sheet, as plain data: cells (values and formulas),
   * formats, notes, bold cells, drop-downs, widths, highlights, frozen rows and filter. Two
   * equal descriptions mean the sheet was left exactly as it was.
   */
  describeSheet(name: string): unknown {
    const sheet = this.book.sheet(name);
    if (!sheet) return null;
    return this.quiet(() => ({
      name: sheet.name,
      cells: sheet.rows.map((row) =>
        Array.from(row, (cell) => (cell ? { value: plain(cell.value), formula: cell.formula } : null)),
      ),
      formats: [...sheet.formats].sort(),
      notes: [...sheet.notes].sort(),
      bold: [...sheet.bold].sort(),
      validations: sheet.validations,
      columnWidths: [...sheet.columnWidths].sort(),
      conditionalRules: sheet.conditionalRules,
      frozenRows: sheet.frozenRows,
      filter: sheet.filter,
    }));
  }

  /** Selects a cell, as a user clicking it. */
  select(sheet: string, a1: string): void {
    this.quiet(() => {
      const target = this.book.sheet(sheet);
      if (!target) throw new Error(`no sheet ${sheet}`);
      target.getRange(a1).activate();
    });
  }

  /** The globals of an Apps Script project, for a vm context or globalThis. */
  globals(): Record<string, unknown> {
    return {
      SpreadsheetApp: this.SpreadsheetApp,
      Utilities: this.Utilities,
      HtmlService: this.HtmlService,
      PropertiesService: this.PropertiesService,
      Session: this.Session,
      ScriptApp: this.ScriptApp,
      Logger: this.Logger,
    };
  }

  /** Puts the services on globalThis (for code that uses them as globals); returns the undo. */
  install(): () => void {
    const g = globalThis as Record<string, unknown>;
    const before = Object.fromEntries(Object.keys(this.globals()).map((k) => [k, g[k]]));
    Object.assign(g, this.globals());
    return () => Object.assign(g, before);
  }
}
