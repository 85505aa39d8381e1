/**
 * A template sheet's columns, built from the field registry (shared/fields): each column's
 * key, header, width, format, drop-down and note come from its field's definition, in the
 * registry's template order. The sheet adds only what depends on other sheets: formulas and
 * drop-downs that list a range.
 */
import { FIELDS, type FieldKey, type FieldTable, type SheetKind, TEMPLATE_ORDER } from '../fields';
import type { TemplateColumn } from './sheetLayout';

/** What a sheet adds to a field's column: its formula, a drop-down from a range. */
export type ColumnAdditions<K extends SheetKind> = Partial<Record<FieldKey<K>, Partial<TemplateColumn>>>;

/**
 * The template columns of a kind of sheet, left to right.
 *
 * @example
 * fieldColumns('training', { status: { formula: (r) => `=…${r}` } })[0]; // { key: 'coach', header: 'Coach ID', width: 11 }
 */
export function fieldColumns<K extends SheetKind>(kind: K, additions: ColumnAdditions<K> = {}): TemplateColumn[] {
  const table = FIELDS[kind] as FieldTable;
  return TEMPLATE_ORDER[kind].map((key: FieldKey<K>) => {
    const look = table[key].column;
    // Checked by the registry's test; this names the field if a definition loses its column.
    if (!look) throw new Error(`The ${kind} field "${key}" has no template column.`);
    return { key, ...look, ...(additions as Record<string, Partial<TemplateColumn>>)[key] };
  });
}
