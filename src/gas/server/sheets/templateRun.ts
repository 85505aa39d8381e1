/**
 * What one run of adding template sheets carries from one sheet to the next, for the workbook
 * port (sheetsWorkbook.ts): the first header it styled, whose format later headers copy in one
 * call instead of three (sheetLayout/headerStyle.ts), and the drop-downs whose list sheet comes
 * later in the run, set once that sheet is made (dataValidation.ts). A run is one port, so
 * a step of the sidebar's creation starts afresh.
 */
import type { SheetSpec } from '../../../../shared/workbook';
import { applyPending, type PendingDropDown } from '../dataValidation';
import type { GasServices } from '../gasServices';
import { renderSheetSpec } from '../renderSheetSpec';
import type { ZoneDates } from '../zoneDates';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Lays out new sheets one after another, each from its spec.
 *
 * @example
 * const run = new TemplateRun(gasServices(), () => ss);
 * run.lay(ss.insertSheet('Settings'), settingsSpec, dates, exists); // header styled in three calls
 * run.lay(ss.insertSheet('Coaches'), coachesSpec, dates, exists);   // header format copied in one
 */
export class TemplateRun {
  /** Drop-downs waiting for their list sheet, made later in the run. */
  private pending: PendingDropDown[] = [];
  /** A header cell this run has styled, and its sheet: later headers copy its format. */
  private styledHeader: { sheet: string; cell: Range } | null = null;

  /** SpreadsheetApp is looked up only when a sheet is laid out (gasServices.ts says why). */
  constructor(
    private readonly services: Pick<GasServices, 'SpreadsheetApp'>,
    private readonly book: () => Spreadsheet,
  ) {}

  /**
   * Fills a new, empty sheet from its spec, then sets the waiting drop-downs whose list sheet
   * now `exists`.
   */
  lay(sheet: Sheet, spec: SheetSpec, dates: ZoneDates, exists: (name: string) => boolean): void {
    const app = this.services.SpreadsheetApp;
    const rendered = renderSheetSpec(app, this.book(), spec, dates, {
      sheet,
      exists,
      styledHeader: this.styledHeader?.cell ?? null,
    });
    if (!this.styledHeader && rendered.styledHeader)
      this.styledHeader = { sheet: spec.name, cell: rendered.styledHeader };
    this.pending = applyPending(app, this.book(), [...this.pending, ...rendered.pending], exists);
  }

  /** A sheet deleted: a header of it can no longer be copied, so the next is styled in full. */
  deleted(name: string): void {
    if (this.styledHeader?.sheet === name) this.styledHeader = null;
  }
}
