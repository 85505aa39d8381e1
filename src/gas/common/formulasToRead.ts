/**
 * Formulas still to read, kept by both Google Sheets workbook ports (the server's SheetsWorkbook
 * and the sidebar's SteppedPort). Sheets gives a formula's calculated value with the values, so
 * the check reads most sheets as values alone and asks for formulas afterwards, only of the few
 * sheets whose formulas it needs (WorkbookPort.readFormulas). Reading those formulas over the
 * boxes the values came from, rather than finding where the data is again, saves a read a sheet.
 */
import type { SheetBox } from './stepTypes';

/**
 * Where the data of each sheet read as values alone was, until its formulas are read.
 *
 * @example
 * const toRead = new FormulasToRead();
 * toRead.remember('Coaches', [{ row: 1, col: 1, rows: 41, cols: 12 }]);
 * toRead.take('Coaches'); // [{ row: 1, col: 1, rows: 41, cols: 12 }]
 * toRead.take('Coaches'); // undefined: a sheet's formulas are read once
 */
export class FormulasToRead {
  private readonly boxes = new Map<string, SheetBox[]>();

  /**
   * A sheet's values were read alone, from these boxes: its formulas may be asked for later.
   * A sheet read again replaces what was kept of it, since its data may have moved.
   *
   * @example
   * toRead.remember('Hours log', [{ row: 1, col: 1, rows: 2000, cols: 12 }]);
   */
  remember(sheet: string, boxes: readonly SheetBox[]): void {
    this.boxes.set(sheet, [...boxes]);
  }

  /**
   * The boxes a sheet's values were read from, given once and then forgotten, so that a port
   * kept for a long run does not hold them after its formulas are read; undefined for a sheet
   * not read as values alone (read with its formulas, or not read at all).
   *
   * @example
   * toRead.take('Settings'); // undefined unless Settings was read as values alone
   */
  take(sheet: string): SheetBox[] | undefined {
    const boxes = this.boxes.get(sheet);
    this.boxes.delete(sheet);
    return boxes;
  }
}
