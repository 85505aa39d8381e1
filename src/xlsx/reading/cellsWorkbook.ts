/**
 * A workbook read once for checking, held as the cells that hold something (SheetCells), so a
 * log of 200,000 rows costs a few numbers a cell and one stray value in a far corner costs
 * one cell. Both readers of files to check make one: .xlsx (readXlsx.ts) and CSV (csvCells.ts),
 * on the command line and in the overview page's worker alike. The check only reads, so this
 * port only reads: writing throws.
 */
import { SheetCells, sheetFromCells } from '../../../shared/sheetFromCells';
import type { CellRef, HostInfo, SheetData, SheetSpec, WorkbookPort, WriteValue } from '../../../shared/workbook';
import { localToday } from '../localToday';

function readOnly(): never {
  throw new Error('The check only reads this workbook: it never writes to it.');
}

/**
 * A read-only workbook of sheets (in their order) and the add-in's hidden settings.
 *
 * @example
 * const port = new CellsWorkbook(new Map([['Coaches', cells]]), new Map(), false);
 * await checkWorkbook(port, { writeReport: false });
 */
export class CellsWorkbook implements WorkbookPort {
  constructor(
    private readonly sheets: Map<string, SheetCells>,
    private readonly settings: Map<string, unknown>,
    private readonly date1904: boolean,
    private readonly hostInfo: Partial<HostInfo> = {},
  ) {}

  async info(): Promise<HostInfo> {
    return {
      dateSystem: this.date1904 ? '1904' : '1900',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      today: localToday(),
      ...this.hostInfo,
    };
  }

  async sheetNames(): Promise<string[]> {
    return [...this.sheets.keys()];
  }

  async read(name: string): Promise<SheetData> {
    const cells = this.sheets.get(name);
    if (!cells) throw new Error(`There is no sheet called "${name}".`);
    return sheetFromCells(name, cells);
  }

  async getSetting(key: string): Promise<unknown> {
    return this.settings.get(key);
  }

  async write(_sheet: string, _at: CellRef, _block: readonly (readonly WriteValue[])[]): Promise<void> {
    readOnly();
  }

  async addSheet(_spec: SheetSpec): Promise<void> {
    readOnly();
  }

  async deleteSheet(_sheet: string): Promise<void> {
    readOnly();
  }

  async setSetting(_key: string, _value: unknown): Promise<void> {
    readOnly();
  }
}

/**
 * The hidden settings sheet's key/JSON rows (hiddenSettings.ts writes them); the first of a
 * key wins, and a damaged value is as good as none (the check guesses afresh).
 *
 * @example
 * settingsFromCells(cells); // Map { 'hwbc.mapping' => { … } }
 */
export function settingsFromCells(cells: SheetCells): Map<string, unknown> {
  const into = new Map<string, unknown>();
  const byRow = new Map<number, { key?: unknown; json?: unknown }>();
  for (let k = 0; k < cells.size; k++) {
    const entry = byRow.get(cells.r[k]) ?? {};
    if (cells.c[k] === 0) entry.key = cells.values[k];
    if (cells.c[k] === 1) entry.json = cells.values[k];
    byRow.set(cells.r[k], entry);
  }
  for (const { key, json } of byRow.values()) {
    if (typeof key !== 'string' || typeof json !== 'string' || into.has(key)) continue;
    try {
      into.set(key, JSON.parse(json));
    } catch {
      // Left out: see above.
    }
  }
  return into;
}
