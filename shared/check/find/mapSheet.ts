/**
 * Finding a sheet's header row and kind. The header is not always row 1: practices put a
 * title, a merged banner or a blank line above it, so the first rows are each tried as a
 * header for each kind of sheet, and the best-scoring pair that has the columns its kind
 * needs wins.
 */
import { parseSupervisionType } from '../../rules/supervision/supervisionType';
import { columnIndex, sheetColumn, sheetRow } from '../../sheetPlaces';
import type { SheetData } from '../../workbook';
import { SHEET_FIELDS } from './headerSynonyms';
import { matchColumns } from './matchColumns';
import { NAME_HINTS, NOT_DATA_SHEETS, REQUIRED_FIELDS, TEMPLATE_SHEET_KINDS, typeFromSheetName } from './sheetKinds';
import { ColumnMatch, SHEET_KINDS, SheetKind, SheetMapping } from '../types';

/**
 * How many rows from the top of the used range may hold the header: a title, notes and a
 * blank line or two above it are common, twenty lines of instructions not unknown.
 *
 * @example
 * data.values.slice(0, HEADER_SCAN_ROWS); // the rows that may hold the header
 */
export const HEADER_SCAN_ROWS = 100;

function qualifies(kind: SheetKind, columns: readonly ColumnMatch[], sheetName: string): boolean {
  const fields = new Set(columns.map((c) => c.field));
  return REQUIRED_FIELDS[kind].every(
    (group, i) =>
      group.some((f) => fields.has(f)) ||
      // A log kept one sheet per supervision type needs no type column.
      (kind === 'supervisionLog' && i === 2 && typeFromSheetName(sheetName) !== null),
  );
}

/** Whether most of the first values under a "type" column are supervision types. */
function typesLookLikeSupervision(data: SheetData, headerIndex: number, column: number): boolean {
  const values = data.values
    .slice(headerIndex + 1, headerIndex + 21)
    .map((r) => r[columnIndex(data, column)])
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return values.length > 0 && values.filter((v) => parseSupervisionType(v) !== null).length * 2 >= values.length;
}

function score(kind: SheetKind, columns: readonly ColumnMatch[], data: SheetData, headerIndex: number): number {
  const specs = SHEET_FIELDS[kind];
  let total = 0;
  for (const c of columns) {
    const spec = specs.find((f) => f.field === c.field);
    total += (spec?.computed ? 0.5 : (spec?.weight ?? 1)) * c.confidence;
  }
  if (NAME_HINTS[kind].test(data.name)) total += 1.5;
  const type = columns.find((c) => c.field === (kind === 'supervisionLog' ? 'type' : 'kind'));
  if (type && typesLookLikeSupervision(data, headerIndex, type.column)) total += kind === 'supervisionLog' ? 2 : -2;
  return total;
}

function best(data: SheetData, kinds: readonly SheetKind[]): SheetMapping | null {
  let found: { score: number; mapping: SheetMapping } | null = null;
  const rows = Math.min(data.values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = data.values[r];
    // A merged title or a blank line has at most one text cell: it cannot be a header.
    if (row.filter((v) => typeof v === 'string' && v.trim() !== '').length < 2) continue;
    for (const kind of kinds) {
      const columns = matchColumns(row, SHEET_FIELDS[kind], (c) => sheetColumn(data, c));
      if (!qualifies(kind, columns, data.name)) continue;
      const s = score(kind, columns, data, r);
      if (found === null || s > found.score) {
        found = { score: s, mapping: { sheet: data.name, headerRow: sheetRow(data, r) + 1, kind, columns } };
      }
    }
  }
  return found?.mapping ?? null;
}

/**
 * How a sheet is laid out, or null when it holds nothing the check can read. A sheet named
 * as in the template is read as that kind when its headers allow.
 *
 * @example
 * mapSheet({ name: 'Team', top: 0, left: 0, values: [['Team list'], [], ['Coach', 'FTE']], formulas: [] });
 * // { sheet: 'Team', headerRow: 3, kind: 'coaches', columns: [{ field: 'name', … }, { field: 'wte', … }] }
 */
export function mapSheet(data: SheetData): SheetMapping | null {
  if (NOT_DATA_SHEETS.has(data.name.trim().toLowerCase())) return null;
  const templateKind = TEMPLATE_SHEET_KINDS[data.name.trim().toLowerCase()];
  return (templateKind && best(data, [templateKind])) || best(data, SHEET_KINDS);
}
