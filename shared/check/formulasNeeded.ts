/**
 * Which sheets the check needs formulas of. Google Sheets shows a formula cell's calculated
 * value, and reads a sheet's formulas with a call of its own, so the check reads every sheet's
 * values first and formulas only where a formula's presence can change what it finds: the
 * sheets it reads rows from (a formula cell's bad value is its inputs' problem, a formula's
 * result is no typed patient detail, a template's worked-out columns must reach every record),
 * the Settings sheet (read cell by cell, formulas and all), the Monthly summary (whose month
 * formulas say how many coaches it covers), and then, only where a Settings rows-read cell
 * holds no formula, the sheet whose formulas read it (rowsReadFindings.ts). Which of those the
 * check reads is worked out from the findings' own table (findings/formulasRead.ts), where each
 * finding says which sheets' formulas it reads, so a new finding needs no change here.
 */
import type { SheetData } from '../workbook';
import { SETTINGS_SHEET_NAME } from './find/sheetKinds';
import { FORMULAS_READ, type FormulaSheet } from './findings/formulasRead';
import { MONTHLY_SUMMARY_NAME } from './findings/formulaRowFindings';
import { rowsReadWithoutFormula } from './findings/rowsReadFindings';
import type { SheetMapping } from './types';

/**
 * The sheets some finding reads formulas of, from the findings' table.
 *
 * @example
 * FORMULA_SHEETS.has('monthly summary'); // true: data.formula-rows reads its month formulas
 */
export const FORMULA_SHEETS: ReadonlySet<FormulaSheet> = new Set(
  (Object.keys(FORMULAS_READ) as FormulaSheet[]).filter((kind) => FORMULAS_READ[kind].length > 0),
);

/** A sheet's name as the check finds Settings and the sheets reading it: trimmed, in any case. */
const plainName = (name: string) => name.trim().toLowerCase();

/**
 * Whether the check needs the formulas of the sheet called `name`, under these mappings, for
 * the findings that read formulas (`read`: all of the check's, unless a test says otherwise).
 *
 * @example
 * needsFormulas('Hours log', mappings);    // true: its rows are read
 * needsFormulas('Settings', []);           // true
 * needsFormulas('Competencies', mappings); // false (unless Settings says otherwise: readByTypedRowsRead)
 */
export function needsFormulas(
  name: string,
  mappings: readonly SheetMapping[],
  read: ReadonlySet<FormulaSheet> = FORMULA_SHEETS,
): boolean {
  if (read.has('settings') && plainName(name) === SETTINGS_SHEET_NAME) return true;
  if (read.has('monthly summary') && name === MONTHLY_SUMMARY_NAME) return true;
  return read.has('rows') && mappings.some((m) => m.sheet === name);
}

/**
 * Whether the check needs the formulas of the sheet called `name` because a rows-read cell of
 * Settings (read with its formulas) holds none and that sheet's formulas read it.
 *
 * @example
 * readByTypedRowsRead('Competencies', settings); // true when Settings' U4 was typed over
 */
export function readByTypedRowsRead(
  name: string,
  settings: SheetData | undefined,
  read: ReadonlySet<FormulaSheet> = FORMULA_SHEETS,
): boolean {
  if (!settings || !read.has('rows-read readers')) return false;
  return rowsReadWithoutFormula(settings).some((c) => plainName(c.readBy) === plainName(name));
}

/**
 * The Settings sheet as the check finds it (the first whose name is "Settings", however spaced or cased).
 *
 * @example
 * settingsSheet(sheets)?.name; // 'Settings'
 */
export function settingsSheet(sheets: readonly SheetData[]): SheetData | undefined {
  return sheets.find((s) => plainName(s.name) === SETTINGS_SHEET_NAME);
}
