/**
 * The workbook port over Office.js. Every method is one `Excel.run` with a fixed number of
 * `context.sync()` round trips whatever the number of rows: a sheet is read with one load
 * of its used range, a block is written with one `formulas` assignment, and a template
 * sheet is created with everything queued before a single sync.
 */
import type {
  CellRef,
  CellValue,
  HostInfo,
  SheetData,
  SheetSpec,
  WorkbookPort,
  WriteValue,
} from '../../shared/workbook';
import { a1 } from '../../shared/workbook';
import { encodeBlock, fromExcelCell } from './cellEncoding';
import { localTimeZone, todayIn } from './excelContext';
import { isItemNotFound } from './officeErrors';
import { officeHost, type OfficeHost } from './officeHost';
import { queueSheetSpec } from './renderSheetSpec';

function noSuchSheet(sheet: string): Error {
  return new Error(`There is no sheet called "${sheet}".`);
}

/**
 * A workbook open in Excel, behind the same port as Sheets, .xlsx files and the demo.
 *
 * @example
 * const port = new OfficeWorkbook();
 * const coaches = await port.read('Coaches');
 */
export class OfficeWorkbook implements WorkbookPort {
  constructor(private readonly host: OfficeHost = officeHost()) {}

  async info(): Promise<HostInfo> {
    const timeZone = localTimeZone();
    return { dateSystem: await this.host.dateSystem(), timeZone, today: todayIn(this.host.now(), timeZone) };
  }

  async sheetNames(): Promise<string[]> {
    return this.host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((ws) => ws.name);
    });
  }

  async read(sheet: string): Promise<SheetData> {
    try {
      return await this.host.run(async (context) => {
        // Values only: the formats a template lays down 200 rows ahead are not data.
        const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
        used.load('values, formulas, rowIndex, columnIndex');
        await context.sync();
        if (used.isNullObject) return { name: sheet, top: 0, left: 0, values: [], formulas: [] };
        const values: CellValue[][] = [];
        const formulas: (string | null)[][] = [];
        used.values.forEach((row, r) => {
          const cells = row.map((v, c) => fromExcelCell(v, used.formulas[r][c]));
          values.push(cells.map((cell) => cell.value));
          formulas.push(cells.map((cell) => cell.formula));
        });
        return { name: sheet, top: used.rowIndex, left: used.columnIndex, values, formulas };
      });
    } catch (e) {
      throw isItemNotFound(e) ? noSuchSheet(sheet) : e;
    }
  }

  async write(sheet: string, at: CellRef, block: readonly (readonly WriteValue[])[]): Promise<void> {
    const encoded = encodeBlock(block, await this.host.dateSystem());
    if (encoded.rows === 0 || encoded.cols === 0) return;
    const end = a1({ row: at.row + encoded.rows - 1, col: at.col + encoded.cols - 1 });
    const address = `${a1(at)}:${end}`;
    const put = (ws: Excel.Worksheet) => {
      const range = ws.getRange(address);
      range.formulas = encoded.formulas;
      if (encoded.numberFormat) range.numberFormat = encoded.numberFormat;
    };
    try {
      await this.host.run(async (context) => {
        put(context.workbook.worksheets.getItem(sheet));
        await context.sync();
      });
    } catch (e) {
      if (!isItemNotFound(e)) throw e;
      // As the in-memory workbook does, a block for a missing sheet makes the sheet (the
      // first batch failed on the sheet's name, before any cell was written).
      await this.host.run(async (context) => {
        put(context.workbook.worksheets.add(sheet));
        await context.sync();
      });
    }
  }

  async addSheet(spec: SheetSpec): Promise<void> {
    const dateSystem = await this.host.dateSystem();
    const supports = (set: string, version: string) => this.host.supports(set, version);
    await this.host.run(async (context) => {
      const existing = context.workbook.worksheets.getItemOrNullObject(spec.name);
      await context.sync();
      // Never overwrite: a sheet of that name is the user's, whatever it holds.
      if (!existing.isNullObject) throw new Error(`A sheet called "${spec.name}" already exists.`);
      queueSheetSpec(context.workbook.worksheets.add(spec.name), spec, { dateSystem, supports });
      await context.sync();
    });
  }

  async deleteSheet(sheet: string): Promise<void> {
    await this.host.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (ws.isNullObject) return;
      ws.delete();
      await context.sync();
    });
  }

  async getSetting(key: string): Promise<unknown> {
    const value: unknown = this.host.settings().get(key);
    // Office gives null for a setting never saved; the port's callers expect undefined.
    return value === null ? undefined : value;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    const settings = this.host.settings();
    settings.set(key, value);
    await new Promise<void>((resolve, reject) =>
      settings.saveAsync((result) =>
        // Office.AsyncResultStatus.Succeeded, compared as text so no enum global is needed.
        String(result.status) === 'succeeded'
          ? resolve()
          : reject(new Error(`The workbook did not save the setting "${key}": ${result.error?.message ?? 'unknown'}.`)),
      ),
    );
  }
}
