/**
 * Drop-downs for template columns. A fixed list becomes requireValueInList; a list from a
 * range ("Competencies!$A$2:$A$91") becomes requireValueInRange, which needs that range to
 * exist: when its sheet is made later in the same run, the drop-down waits until it is.
 */
import type { ColumnSpec } from '../../shared/workbook';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** A drop-down that could not be made yet because its list's sheet does not exist yet. */
export interface PendingDropDown {
  listSheet: string;
  listRange: string;
  target: Range;
  header: string;
}

/**
 * The sheet a range reference points at, unquoted.
 *
 * @example
 * sheetOfReference("'Evidence log'!$A$2:$A$9"); // 'Evidence log'
 */
export function sheetOfReference(reference: string): string | null {
  const bang = reference.lastIndexOf('!');
  if (bang < 0) return null;
  const name = reference.slice(0, bang).replace(/^=/, '');
  return name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

function finish(
  builder: GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  header: string,
): GoogleAppsScript.Spreadsheet.DataValidation {
  // A warning, not a refusal, as in Excel: the rules accept synonyms ("LM", "HCS") a list cannot offer.
  return builder.setAllowInvalid(true).setHelpText(`Choose a value from the list for ${header}.`).build();
}

/**
 * A column's drop-down rule, or the drop-down as pending (on `target`) when the list's sheet
 * is not there yet; null for a column without a list. Asks the spreadsheet nothing: whether a
 * sheet exists comes from the port's own list (a read here would flush the queued writes).
 *
 * @example
 * dropDownRule(app, ss, { key: 'type', header: 'Type', list: ['Line', 'Clinical'] }, () => range, exists);
 */
export function dropDownRule(
  app: SpreadsheetApp,
  ss: Spreadsheet,
  column: ColumnSpec,
  target: () => Range,
  exists: (sheet: string) => boolean,
): GoogleAppsScript.Spreadsheet.DataValidation | PendingDropDown | null {
  if (column.listRange) {
    const reference = column.listRange.replace(/^=/, '');
    const listSheet = sheetOfReference(reference);
    if (listSheet !== null && !exists(listSheet)) {
      return { listSheet, listRange: reference, target: target(), header: column.header };
    }
    return finish(app.newDataValidation().requireValueInRange(ss.getRange(reference), true), column.header);
  }
  if (column.list && column.list.length > 0) {
    return finish(app.newDataValidation().requireValueInList([...column.list], true), column.header);
  }
  return null;
}

/**
 * True for a drop-down still waiting for its list's sheet.
 *
 * @example
 * isPending(dropDownRule(app, ss, column, range, exists)); // false once the list sheet exists
 */
export function isPending(rule: unknown): rule is PendingDropDown {
  return typeof rule === 'object' && rule !== null && 'listSheet' in rule && 'target' in rule;
}

/**
 * Makes the pending drop-downs whose list sheet now exists; returns the ones still waiting.
 *
 * @example
 * pending = applyPending(app, ss, pending, (name) => sheets.has(name));
 */
export function applyPending(
  app: SpreadsheetApp,
  ss: Spreadsheet,
  pending: readonly PendingDropDown[],
  exists: (sheet: string) => boolean,
): PendingDropDown[] {
  return pending.filter((p) => {
    if (!exists(p.listSheet)) return true;
    p.target.setDataValidation(
      finish(app.newDataValidation().requireValueInRange(ss.getRange(p.listRange), true), p.header),
    );
    return false;
  });
}
