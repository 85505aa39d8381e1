/**
 * The workbook port over Office.js. Cells go in blocks of rows, each round trip within a
 * payload budget under Excel on the web's 5 MB limit (payloadBudget.ts): a sheet is read in
 * as many blocks as its size needs, a block of cells is written likewise, and a template
 * sheet's layout is queued in one round trip before its rows follow in blocks.
 */
import type { CellRef, HostInfo, SheetData, SheetSpec, WorkbookPort, WriteValue } from '../../../shared/workbook';
import { PANE_MESSAGES } from '../../../shared/paneActions';
import { encodeBlock } from './cellEncoding';
import { localTimeZone, todayIn } from '../functions/excelContext';
import { isItemNotFound } from './officeErrors';
import { officeHost, type OfficeHost } from './officeHost';
import { readInBlocks } from './readInBlocks';
import { queueSheetSpec } from './renderSheetSpec';
import { writeInBlocks } from './writeInBlocks';

function noSuchSheet(sheet: string): Error {
  return new Error(PANE_MESSAGES.noSheet(sheet));
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
      return await readInBlocks(this.host.run, sheet);
    } catch (e) {
      throw isItemNotFound(e) ? noSuchSheet(sheet) : e;
    }
  }

  async write(sheet: string, at: CellRef, block: readonly (readonly WriteValue[])[]): Promise<void> {
    const encoded = encodeBlock(block, await this.host.dateSystem());
    const target = { ...at, sheet: (context: Excel.RequestContext) => context.workbook.worksheets.getItem(sheet) };
    try {
      await writeInBlocks(this.host.run, target, encoded);
    } catch (e) {
      if (!isItemNotFound(e)) throw e;
      // As the in-memory workbook does, a block for a missing sheet makes the sheet (the
      // first batch failed on the sheet's name, before any cell was written).
      await this.host.run(async (context) => {
        context.workbook.worksheets.add(sheet);
        await context.sync();
      });
      await writeInBlocks(this.host.run, target, encoded);
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
      // The sheet's layout in one round trip; its rows after it, in blocks within the budget.
      queueSheetSpec(context.workbook.worksheets.add(spec.name), { ...spec, rows: [] }, { dateSystem, supports });
      await context.sync();
    });
    const rows = encodeBlock(spec.rows, dateSystem);
    // A column's own format (e.g. dd/mm/yyyy) wins over the default date format.
    const numberFormat = rows.numberFormat?.map((row) => row.map((f, c) => (spec.columns[c]?.numberFormat ? null : f)));
    const target = {
      row: 1,
      col: 0,
      sheet: (context: Excel.RequestContext) => context.workbook.worksheets.getItem(spec.name),
    };
    await writeInBlocks(this.host.run, target, { ...rows, numberFormat: numberFormat ?? null });
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
