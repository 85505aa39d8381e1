/**
 * The "confirm the mapping" step of the check: for each sheet the check recognised, where its
 * header row is and what each column was taken to mean, with a drop-down to correct it and a
 * box to leave the sheet out.
 */
import type { ColumnMatch, SheetMapping } from '../../shared/check/types';
import { columnLetter } from '../../shared/workbook';
import { el, uniqueId } from '../dom';
import { kindLabel, words } from './labels';

export interface MappingView {
  element: HTMLElement;
  /** The mapping as the user left it, or a message naming a field given to two columns. */
  value(): { mappings: SheetMapping[] } | { problem: string; control: HTMLSelectElement };
}

interface Row {
  column: number;
  header: string;
  select: HTMLSelectElement;
  original: ColumnMatch | undefined;
}

function fieldChoices(mapping: SheetMapping, all: readonly SheetMapping[]): { field: string; label: string }[] {
  if (mapping.fields?.length) return mapping.fields;
  // Without a list from the check, offer every field it used on a sheet of the same kind.
  const seen = new Set(all.filter((m) => m.kind === mapping.kind).flatMap((m) => m.columns.map((c) => c.field)));
  return [...seen].map((field) => ({ field, label: words(field) }));
}

function sheetView(
  mapping: SheetMapping,
  all: readonly SheetMapping[],
): { element: HTMLElement; include: HTMLInputElement; rows: Row[] } {
  const choices = fieldChoices(mapping, all);
  const byColumn = new Map(mapping.columns.map((c) => [c.column, c]));
  const columns = mapping.headers
    ? mapping.headers
        .map((header, column) => ({ column, header }))
        .filter((h) => h.header.trim() !== '' || byColumn.has(h.column))
    : mapping.columns.map((c) => ({ column: c.column, header: c.header }));
  const rows: Row[] = columns.map(({ column, header }) => {
    const original = byColumn.get(column);
    const id = uniqueId('hwbc-map');
    const select = el(
      'select',
      { id, class: 'hwbc-select', 'data-column': columnLetter(column) },
      el('option', { value: '' }, 'Not used'),
      ...choices.map((c) => el('option', { value: c.field, selected: c.field === original?.field }, c.label)),
    );
    return { column, header, select, original };
  });
  const includeId = uniqueId('hwbc-include');
  const include = el('input', { type: 'checkbox', id: includeId, class: 'hwbc-checkbox', checked: true });
  const guessNote = (r: Row) =>
    r.original && r.original.confidence < 1 ? el('span', { class: 'hwbc-muted' }, ' (best guess)') : null;
  const element = el(
    'fieldset',
    { class: 'hwbc-fieldset hwbc-mapping', 'data-sheet': mapping.sheet },
    el('legend', {}, mapping.sheet),
    el('p', { class: 'hwbc-muted' }, `Holds ${kindLabel(mapping.kind)}; headers on row ${mapping.headerRow}.`),
    el('div', { class: 'hwbc-field hwbc-field-check' }, include, el('label', { for: includeId }, 'Check this sheet')),
    ...rows.map((r) =>
      el(
        'div',
        { class: 'hwbc-map-row' },
        el(
          'label',
          { for: r.select.id, class: 'hwbc-label' },
          `${columnLetter(r.column)}: “${r.header}”`,
          guessNote(r),
        ),
        r.select,
      ),
    ),
  );
  return { element, include, rows };
}

/**
 * Builds the editable mapping for `mappings`.
 *
 * @example
 * const view = mappingView(await api.guessMappings());
 * const v = view.value(); if ('mappings' in v) await api.checkWorkbook({ mappings: v.mappings });
 */
export function mappingView(mappings: readonly SheetMapping[]): MappingView {
  const sheets = mappings.map((m) => ({ mapping: m, ...sheetView(m, mappings) }));
  const element = el('div', { class: 'hwbc-mappings' }, ...sheets.map((s) => s.element));
  const value: MappingView['value'] = () => {
    const out: SheetMapping[] = [];
    for (const s of sheets.filter((x) => x.include.checked)) {
      const taken = new Map<string, Row>();
      for (const r of s.rows.filter((x) => x.select.value !== '')) {
        const first = taken.get(r.select.value);
        if (first) {
          const label = r.select.selectedOptions[0]?.textContent ?? r.select.value;
          const problem = `In ${s.mapping.sheet}, “${label}” is chosen for both column ${columnLetter(first.column)} and column ${columnLetter(r.column)}. Choose it for one column only.`;
          return { problem, control: r.select };
        }
        taken.set(r.select.value, r);
      }
      const columns: ColumnMatch[] = [...taken.values()].map((r) => ({
        field: r.select.value,
        column: r.column,
        header: r.header,
        confidence: r.original?.field === r.select.value ? r.original.confidence : 1,
      }));
      out.push({ ...s.mapping, columns });
    }
    return { mappings: out };
  };
  return { element, value };
}
