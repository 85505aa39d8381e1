/**
 * The mapping a user confirmed, kept in the workbook's settings and reused while it still
 * fits: same sheets, and the same header text in every mapped column. A setting is whatever
 * the host hands back, so it is validated before use and anything odd is ignored.
 */
import { columnIndex, rowIndex } from '../../sheetPlaces';
import * as z from '../../values/zod';
import type { SheetData } from '../../workbook';
import { bareMapping } from './describeMapping';
import { normaliseHeader } from './headerText';
import { SHEET_KINDS, SheetMapping } from '../types';

/**
 * The workbook setting that holds the confirmed mapping.
 *
 * @example
 * await port.getSetting(MAPPING_SETTING); // { version: 1, sheets: [...], mappings: [...] }
 */
export const MAPPING_SETTING = 'hwbc.mapping';

const mappingSchema = z.lazySchema(() =>
  z.object({
    sheet: z.string(),
    headerRow: z.int().check(z.gte(1)),
    kind: z.enum(SHEET_KINDS as [string, ...string[]]),
    columns: z.array(
      z.object({
        field: z.string(),
        column: z.int().check(z.gte(0)),
        header: z.string(),
        confidence: z.number(),
      }),
    ),
  }),
);

const savedSchema = z.lazySchema(() =>
  z.object({ version: z.literal(1), sheets: z.array(z.string()), mappings: z.array(mappingSchema()) }),
);

/**
 * What is stored: the mappings, and the sheets the workbook had when they were confirmed.
 *
 * @example
 * readSavedMapping(await port.getSetting(MAPPING_SETTING))?.mappings; // the confirmed mappings
 */
export interface SavedMapping {
  version: 1;
  sheets: string[];
  mappings: SheetMapping[];
}

/**
 * The well-formed mappings in a value (from the pane or a setting); the rest are dropped.
 *
 * @example
 * cleanMappings([{ sheet: 'Team', headerRow: 3, kind: 'coaches', columns: [] }, 'junk']).length; // 1
 */
export function cleanMappings(value: unknown): SheetMapping[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((m) => {
    const parsed = mappingSchema().safeParse(m);
    return parsed.success ? [parsed.data as SheetMapping] : [];
  });
}

/**
 * The saved mapping in a setting's value, or null when there is none or it is not one.
 *
 * @example
 * readSavedMapping(undefined); // null
 */
export function readSavedMapping(value: unknown): SavedMapping | null {
  const parsed = savedSchema().safeParse(value);
  return parsed.success ? (parsed.data as SavedMapping) : null;
}

/**
 * What to store once the user confirms a mapping.
 *
 * @example
 * savedMapping(mappings, ['Team', 'Log']); // { version: 1, sheets: ['Team', 'Log'], mappings }
 */
export function savedMapping(mappings: readonly SheetMapping[], sheets: readonly string[]): SavedMapping {
  return { version: 1, sheets: [...sheets], mappings: mappings.map(bareMapping) };
}

/**
 * Whether a mapping still describes a sheet: every mapped column's header reads the same
 * (ignoring case, spacing and punctuation) on the same row.
 *
 * @example
 * mappingFits({ sheet: 'Team', headerRow: 1, kind: 'coaches', columns: [{ field: 'name', column: 0, header: 'Coach', confidence: 1 }] },
 *   { name: 'Team', top: 0, left: 0, values: [['coach ']], formulas: [[null]] }); // true
 */
export function mappingFits(mapping: SheetMapping, data: SheetData): boolean {
  const row = data.values[rowIndex(data, mapping.headerRow - 1)];
  if (!row || mapping.columns.length === 0) return false;
  return mapping.columns.every((c) => {
    const cell = row[columnIndex(data, c.column)];
    return typeof cell === 'string' && normaliseHeader(cell) === normaliseHeader(c.header);
  });
}
