/** The active spreadsheet of the fake: its sheets in order, the selection and its time zone. */
import { splitSheet } from './a1';
import type { FakeRange } from './fakeRange';
import { FakeSheet } from './fakeSheet';
import type { FakeHost } from './host';

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  activeSheet: FakeSheet | null = null;
  activeRange: FakeRange | null = null;
  /** The most cells one getValues has returned: what a read asked Sheets for at once. */
  largestRead = 0;

  constructor(private readonly host: FakeHost) {}

  /** Adds a sheet without logging a call (to set up a test). */
  addSheet(name: string, index = this.sheets.length): FakeSheet {
    if (this.sheets.some((s) => s.name === name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = this.host.track(new FakeSheet(name, this, this.host), 'Sheet');
    this.sheets.splice(index, 0, sheet);
    this.activeSheet = sheet;
    return sheet;
  }

  sheet(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  getSpreadsheetTimeZone = (): string => this.host.timeZone;
  getName = (): string => 'Fake spreadsheet';
  getId = (): string => 'fake-spreadsheet-id';
  getSheets = (): FakeSheet[] => [...this.sheets];
  getNumSheets = (): number => this.sheets.length;
  getSheetByName = (name: string): FakeSheet | null => this.sheet(name);

  insertSheet(name?: string, index?: number): FakeSheet {
    return this.addSheet(name ?? `Sheet${this.sheets.length + 1}`, index);
  }

  deleteSheet(sheet: FakeSheet): void {
    const i = this.sheets.findIndex((s) => s.name === sheet.getName());
    if (i < 0) throw new Error('Sheet not found.');
    this.sheets.splice(i, 1);
  }

  getRange(a1: string): FakeRange {
    const { sheet, ref } = splitSheet(a1);
    const target = sheet === null ? (this.activeSheet ?? this.sheets[0]) : this.sheet(sheet);
    if (!target) throw new Error(`Range not found: ${a1}`);
    return this.host.quiet(() => target.getRange(ref));
  }

  getActiveSheet = (): FakeSheet | null => this.activeSheet;
  getActiveRange = (): FakeRange | null => this.activeRange;
  getCurrentCell(): FakeRange | null {
    const r = this.activeRange;
    return r ? this.host.quiet(() => r.sheet.getRange(r.getRow(), r.getColumn())) : null;
  }
}
