/**
 * What the project knows about one field of a sheet, in one place: the words a practice
 * manager reads, the headers the check recognises it by, how its cells are read, and the
 * template column that writes it. The check's header table, the pane's labels and the
 * template's headers are all views of these definitions (see ./registry.ts).
 */
import type { ColumnSpec } from '../workbook';

/**
 * How a cell of the field is read: the core reader the check uses for it. `computed` marks
 * a column the template works out with a formula: recognised, so it is never taken for
 * another field, but never read.
 *
 * @example
 * const wte: ReadType = 'number';
 */
export type ReadType = 'date' | 'number' | 'whole' | 'text' | 'yesNo' | 'list' | 'computed';

/**
 * The template column that writes a field: everything but its key (the field's key) and its
 * formula (the template sheet attaches that, since formulas refer to other sheets).
 *
 * @example
 * const column: TemplateColumnLook = { header: 'WTE', width: 7, numberFormat: '0.00' };
 */
export type TemplateColumnLook = Omit<ColumnSpec, 'key'>;

/**
 * One field of one kind of sheet.
 *
 * @example
 * const wte: FieldDefinition = {
 *   label: 'WTE (0 to 1)',
 *   synonyms: ['wte', 'fte'],
 *   read: 'number',
 *   column: { header: 'WTE', width: 7, numberFormat: '0.00' },
 * };
 */
export interface FieldDefinition {
  /** How the pane's "correct the mapping" drop-downs name the field. */
  label: string;
  /**
   * Headers that mean the field, one spelling per meaning: matching ignores case,
   * punctuation, plurals and small typing slips. The template's own header must be one.
   */
  synonyms: readonly string[];
  /** How its cells are read; `computed` for a column the sheet works out itself. */
  read: ReadType;
  /** How strongly the field says "this is that kind of sheet" (default 1). */
  weight?: number;
  /** The template column that writes the field, when the template has one. */
  column?: TemplateColumnLook;
}

/**
 * The definitions of one kind of sheet, by key, in the order the check tries them (on a
 * tie between two fields for one header, the earlier wins).
 *
 * @example
 * const fields: FieldTable = { coach: { label: 'Coach', synonyms: ['coach'], read: 'text' } };
 */
export type FieldTable = Readonly<Record<string, FieldDefinition>>;
