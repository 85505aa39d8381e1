/**
 * A cell's value as the check reads it, from what the host gave for the cell: its value and
 * its formula (null for a typed value). Hosts that cannot calculate differ in what a formula
 * cell holds, and the check must read them all alike.
 */
import type { CellValue } from '../../workbook';

/**
 * The value of a cell, or null for a formula the host has not calculated: a host that cannot
 * calculate (a file written without cached results, the in-memory demo) shows a formula's
 * text or nothing, and either way there is no value to read. A formula's calculated result,
 * and any typed value, is read as it is.
 *
 * @example
 * checkValue(120, null);                   // 120
 * checkValue('=SUM(D2:D9)', '=SUM(D2:D9)'); // null
 * checkValue(42, '=SUM(D2:D9)');           // 42
 */
export function checkValue(value: CellValue | undefined, formula: string | null | undefined): CellValue {
  const raw = value ?? null;
  return formula != null && (raw === null || raw === formula) ? null : raw;
}
