/**
 * Each field as the pane's "correct the mapping" drop-downs name it: a view of the field
 * registry (shared/fields), in words a practice manager uses.
 */
import { fieldsOf, SHEET_KINDS, type SheetKind } from '../../fields';

/**
 * The fields a kind of sheet can hold, labelled for the pane. Columns the sheet works out
 * itself say so: the check recognises them but never reads them.
 *
 * @example
 * kindFields('coaches').find((f) => f.field === 'hoursToNextTier')?.label;
 * // 'Hours to next tier (worked out by the sheet, not read)'
 */
export function kindFields(kind: string): { field: string; label: string }[] {
  if (!(SHEET_KINDS as readonly string[]).includes(kind)) return [];
  return fieldsOf(kind as SheetKind).map(({ key, definition: d }) => ({
    field: key,
    label: d.read === 'computed' ? `${d.label} (worked out by the sheet, not read)` : d.label,
  }));
}
