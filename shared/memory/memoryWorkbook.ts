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
  const isFormula = v !== null && typeof v === 'object' && 'formula' in v;
  const isDate = v !== null && typeof v === 'object' && 'date' in v;
  // Formulas are not calculated here: the cell shows its formula text, as a sheet would
  // before it recalculates. Dates are kept as ISO text.
  sheet.values[row][col] = isFormula ? v.formula : isDate ? v.date : (v as CellValue);
  sheet.formulas[row][col] = isFormula ? v.formula : null;
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
    [spec.columns.map((c) => c.header), ...spec.rows].forEach((row, r) => row.forEach((v, c) => put(s, r, c, v)));
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
