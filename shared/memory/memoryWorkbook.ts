import type { CellRef, CellValue, HostInfo, SheetData, SheetSpec, WorkbookPort, WriteValue } from '../workbook';
import { PANE_MESSAGES } from '../paneActions';

/** One sheet held in memory: cell values and formulas, and the spec it was created from. */
export interface MemorySheet {
  name: string;
  values: CellValue[][];
  formulas: (string | null)[][];
  /** The template spec, when the add-in created the sheet (formats, drop-downs, highlights). */
  spec: SheetSpec | null;
}

function put(sheet: MemorySheet, row: number, col: number, v: WriteValue): void {
  while (sheet.values.length <= row) {
    sheet.values.push([]);
    sheet.formulas.push([]);
  }
  sheet.values[row][col] = shownValue(v);
  sheet.formulas[row][col] = formulaOf(v);
}

/** A written cell as shown: a formula's text (not calculated here), a date as ISO text. */
function shownValue(v: WriteValue): CellValue {
  if (v !== null && typeof v === 'object') {
    if ('formula' in v) return v.formula;
    if ('date' in v) return v.date;
  }
  return v as CellValue;
}

function formulaOf(v: WriteValue): string | null {
  return v !== null && typeof v === 'object' && 'formula' in v ? v.formula : null;
}

/**
 * Fills a new sheet a row at a time (a report has tens of thousands), as writing cell by cell
 * (`put`) would: a gap in a row stays a gap, and the sheet ends at its last row with a cell.
 */
function fill(sheet: MemorySheet, rows: readonly (readonly WriteValue[])[]): void {
  for (const row of rows) {
    const values: CellValue[] = new Array<CellValue>(row.length);
    const formulas: (string | null)[] = new Array<string | null>(row.length);
    let length = 0;
    for (let c = 0; c < row.length; c++) {
      if (!(c in row)) continue;
      values[c] = shownValue(row[c]);
      formulas[c] = formulaOf(row[c]);
      length = c + 1;
    }
    values.length = formulas.length = length;
    sheet.values.push(values);
    sheet.formulas.push(formulas);
  }
  while (sheet.values.length > 0 && sheet.values[sheet.values.length - 1].length === 0) {
    sheet.values.pop();
    sheet.formulas.pop();
  }
}

function rectangular(sheet: MemorySheet): SheetData {
  let width = 0;
  for (const r of sheet.values) width = Math.max(width, r.length);
  const pad = <T>(rows: T[][], fill: T) =>
    rows.map((r) => Array.from({ length: width }, (_, i) => (i < r.length && r[i] !== undefined ? r[i] : fill)));
  return { name: sheet.name, top: 0, left: 0, values: pad(sheet.values, null), formulas: pad(sheet.formulas, null) };
}

/**
 * A workbook held in memory behind the same port as Excel, Sheets and .xlsx files: the demo
 * page runs on it, and host-independent tests use it. `calls` counts port calls, standing in
 * for host round trips.
 *
 * @example
 * const wb = new MemoryWorkbook({ today: '2026-03-20' });
 * await wb.write('Coaches', { row: 0, col: 0 }, [['Name']]);
 */
export class MemoryWorkbook implements WorkbookPort {
  readonly sheets = new Map<string, MemorySheet>();
  readonly settings = new Map<string, unknown>();
  calls = 0;
  private readonly hostInfo: HostInfo;

  constructor(info: Partial<HostInfo> & { today: string }) {
    this.hostInfo = { dateSystem: '1900', timeZone: 'Europe/London', ...info };
  }

  /** Adds a sheet with plain values (for tests and the demo's own data). */
  static withSheets(today: string, sheets: Record<string, CellValue[][]>): MemoryWorkbook {
    const wb = new MemoryWorkbook({ today });
    for (const [name, values] of Object.entries(sheets)) {
      wb.sheets.set(name, {
        name,
        values: values.map((r) => [...r]),
        formulas: values.map((r) => r.map(() => null)),
        spec: null,
      });
    }
    return wb;
  }

  async info(): Promise<HostInfo> {
    this.calls++;
    return { ...this.hostInfo };
  }

  async sheetNames(): Promise<string[]> {
    this.calls++;
    return [...this.sheets.keys()];
  }

  async read(sheet: string): Promise<SheetData> {
    this.calls++;
    const s = this.sheets.get(sheet);
    if (!s) throw new Error(PANE_MESSAGES.noSheet(sheet));
    return rectangular(s);
  }

  async write(sheet: string, at: CellRef, block: readonly (readonly WriteValue[])[]): Promise<void> {
    this.calls++;
    let s = this.sheets.get(sheet);
    if (!s) {
      s = { name: sheet, values: [], formulas: [], spec: null };
      this.sheets.set(sheet, s);
    }
    block.forEach((row, r) => row.forEach((v, c) => put(s as MemorySheet, at.row + r, at.col + c, v)));
  }

  async addSheet(spec: SheetSpec): Promise<void> {
    this.calls++;
    if (this.sheets.has(spec.name)) throw new Error(`A sheet called "${spec.name}" already exists.`);
    const s: MemorySheet = { name: spec.name, values: [], formulas: [], spec };
    this.sheets.set(spec.name, s);
    fill(s, [spec.columns.map((c) => c.header), ...spec.rows]);
  }

  async deleteSheet(sheet: string): Promise<void> {
    this.calls++;
    this.sheets.delete(sheet);
  }

  async getSetting(key: string): Promise<unknown> {
    this.calls++;
    return this.settings.get(key);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    this.calls++;
    this.settings.set(key, value);
  }
}
