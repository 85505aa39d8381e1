/**
 * Drop-downs for template columns. A fixed list becomes requireValueInList; a list from a
 * range ("Competencies!$A$2:$A$91") becomes requireValueInRange, which needs that range to
 * exist: when its sheet is made later in the same run, the drop-down waits until it is.
 * renderSheetSpec.ts puts a sheet's drop-downs on in one call.
 */
import type { PlannedDropDown } from '../../../shared/plan';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** A drop-down that could not be made yet because its list's sheet does not exist yet. */
export interface PendingDropDown {
  listSheet: string;
  listRange: string;
  target: Range;
  /** The help text shown for a value not on the list (the plan's warning). */
  warning: string;
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
  warning: string,
): GoogleAppsScript.Spreadsheet.DataValidation {
  // A warning, not a refusal, as in Excel: the rules accept synonyms ("LM", "HCS") a list cannot offer.
  return builder.setAllowInvalid(true).setHelpText(warning).build();
}

/**
 * The rule for a planned drop-down, or what it waits for when its list's sheet is not there
 * yet (the caller knows the range it goes on).
 *
 * @example
 * dropDownRule(app, ss, { list: ['Line', 'Clinical'], title: 'Type', warning: '…' }, exists); // { rule }
 */
export function dropDownRule(
  app: SpreadsheetApp,
  ss: Spreadsheet,
  dropDown: PlannedDropDown,
  exists: (sheet: string) => boolean,
): { rule: GoogleAppsScript.Spreadsheet.DataValidation } | { waits: Omit<PendingDropDown, 'target'> } | null {
  if (dropDown.range) {
    const listSheet = sheetOfReference(dropDown.range);
    // Whether the sheet exists comes from the port's own list: a read here would flush queued writes.
    if (listSheet !== null && !exists(listSheet)) {
      return { waits: { listSheet, listRange: dropDown.range, warning: dropDown.warning } };
    }
    const builder = app.newDataValidation().requireValueInRange(ss.getRange(dropDown.range), true);
    return { rule: finish(builder, dropDown.warning) };
  }
  if (dropDown.list && dropDown.list.length > 0) {
    return { rule: finish(app.newDataValidation().requireValueInList([...dropDown.list], true), dropDown.warning) };
  }
  return null;
}

/**
 * Makes the pending drop-downs whose list sheet now exists; returns the ones still waiting.
 *
 * @example
 * pending = applyPending(app, ss, pending);
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
      finish(app.newDataValidation().requireValueInRange(ss.getRange(p.listRange), true), p.warning),
    );
    return false;
  });
}
