/**
 * Which sheets the check needs formulas of. Google Sheets shows a formula cell's calculated
 * value, and reads a sheet's formulas with a call of its own, so the check reads every sheet's
 * values first and formulas only where a formula's presence can change what it finds: the
 * sheets it reads rows from (a formula cell's bad value is its inputs' problem, a formula's
 * result is no typed patient detail, a template's worked-out columns must reach every record),
 * the Settings sheet (read cell by cell, formulas and all) and the Monthly summary (whose
 * month formulas say how many coaches it covers). Nothing reads any other sheet's formulas.
 */
import { SETTINGS_SHEET_NAME } from './find/sheetKinds';
import { MONTHLY_SUMMARY_NAME } from './findings/formulaRowFindings';
import type { SheetMapping } from './types';

/**
 * Whether the check needs the formulas of the sheet called `name`, under these mappings.
 *
 * @example
 * needsFormulas('Hours log', mappings);    // true: its rows are read
 * needsFormulas('Settings', []);           // true
 * needsFormulas('Competencies', mappings); // false
 */
export function needsFormulas(name: string, mappings: readonly SheetMapping[]): boolean {
  if (name.trim().toLowerCase() === SETTINGS_SHEET_NAME || name === MONTHLY_SUMMARY_NAME) return true;
  return mappings.some((m) => m.sheet === name);
}
