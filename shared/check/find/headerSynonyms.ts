/**
 * What each column of a practice's own sheets may be called: a view of the field registry
 * (shared/fields), where every field's header words are defined. One spelling per meaning is
 * enough: matching ignores case, punctuation, plurals and small typing slips (headerText.ts),
 * and scores partial matches ("PCI training date" for "PCI training"). Fields the sheet works
 * out itself (`computed`) are recognised so that, say, "Hours to next tier" is never taken
 * for the hours column, but the check works them out itself rather than reading them.
 */
import { fieldsOf, SHEET_KINDS, type SheetKind } from '../../fields';

/**
 * One field and the headers that mean it.
 *
 * @example
 * const wte: FieldSynonyms = { field: 'wte', synonyms: ['wte', 'fte'] };
 */
export interface FieldSynonyms {
  field: string;
  synonyms: readonly string[];
  /** How strongly the field says "this is that kind of sheet" (default 1). */
  weight?: number;
  /** A column the template computes; recognised, never read. */
  computed?: boolean;
}

function synonymsOf(kind: SheetKind): FieldSynonyms[] {
  return fieldsOf(kind).map(({ key, definition: d }) => ({
    field: key,
    synonyms: d.synonyms,
    ...(d.weight !== undefined && { weight: d.weight }),
    ...(d.read === 'computed' && { computed: true }),
  }));
}

/**
 * Every field of every kind of sheet, with its synonyms, in the registry's order.
 *
 * @example
 * SHEET_FIELDS.coaches.find((f) => f.field === 'lastClinical')?.synonyms; // ['clinical last', 'last clinical', …]
 */
export const SHEET_FIELDS: Readonly<Record<SheetKind, readonly FieldSynonyms[]>> = Object.fromEntries(
  SHEET_KINDS.map((kind) => [kind, synonymsOf(kind)]),
) as Record<SheetKind, FieldSynonyms[]>;
