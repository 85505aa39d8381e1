/**
 * The spreadsheet's sheets by name, as the workbook port (sheetsWorkbook.ts) knows them: read
 * with one getSheets the first time a sheet is wanted, then kept up to date as the port adds
 * and deletes sheets. Apps Script sends its queued writes before any read, so asking the
 * spreadsheet again after a write (getSheetByName, getNumSheets before each new sheet) would
 * make each such question a round trip of its own.
 */
import { PANE_MESSAGES } from '../../../../shared/paneActions';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The sheets of one spreadsheet, listed once.
 *
 * @example
 * const sheets = new SheetList(() => SpreadsheetApp.getActiveSpreadsheet());
 * sheets.names();           // ['Settings', 'Coaches', …]: one getSheets, one getName a sheet
 * sheets.add('HWBC Report'); // inserted at the end, known without asking again
 */
export class SheetList {
  private list: Map<string, Sheet> | null = null;

  /** `book` opens the spreadsheet, when the list is first wanted. */
  constructor(private readonly book: () => Spreadsheet) {}

  private get sheets(): Map<string, Sheet> {
    if (!this.list)
      this.list = new Map(
        this.book()
          .getSheets()
          .map((s) => [s.getName(), s]),
      );
    return this.list;
  }

  /** The names, in the order of the tabs. */
  names(): string[] {
    return [...this.sheets.keys()];
  }

  /** The sheets themselves, in the order of the tabs. */
  inOrder(): Sheet[] {
    return [...this.sheets.values()];
  }

  /** The sheet of that exact name, if there is one. */
  find(name: string): Sheet | undefined {
    return this.sheets.get(name);
  }

  /** The sheet of that exact name; with none, an error that names it. */
  called(name: string): Sheet {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new Error(PANE_MESSAGES.noSheet(name));
    return sheet;
  }

  /** A new sheet after the last tab, known to the list from then on. */
  add(name: string): Sheet {
    const sheet = this.book().insertSheet(name, this.sheets.size);
    this.sheets.set(name, sheet);
    return sheet;
  }

  /** Deletes the sheet of that name, if there is one; says whether there was. */
  remove(name: string): boolean {
    const sheet = this.sheets.get(name);
    if (!sheet) return false;
    this.book().deleteSheet(sheet);
    this.sheets.delete(name);
    return true;
  }
}
