/**
 * The mapping to use: the saved one while it still fits the sheets (plus a guess for any
 * sheet added since it was saved), otherwise a fresh guess for every sheet.
 */
import type { SheetData } from '../../workbook';
import { describeMapping } from './describeMapping';
import { mapSheet } from './mapSheet';
import { mappingFits, readSavedMapping } from './savedMapping';
import type { SheetMapping } from '../types';

function guessAll(sheets: readonly SheetData[]): SheetMapping[] {
  return sheets.map(mapSheet).filter((m): m is SheetMapping => m !== null);
}

/**
 * Mappings for sheets already read, given the saved-mapping setting's value (anything).
 *
 * @example
 * guessFromSheets([teamSheet], undefined); // [{ sheet: 'Team', headerRow: 3, kind: 'coaches', … }]
 */
export function guessFromSheets(sheets: readonly SheetData[], savedSetting: unknown): SheetMapping[] {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  return chooseMappings(sheets, savedSetting).map((m) => describeMapping(m, byName.get(m.sheet)));
}

function chooseMappings(sheets: readonly SheetData[], savedSetting: unknown): SheetMapping[] {
  const saved = readSavedMapping(savedSetting);
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const fits = saved?.mappings.every((m) => {
    const data = byName.get(m.sheet);
    return data !== undefined && mappingFits(m, data);
  });
  if (!saved || !fits) return guessAll(sheets);
  const known = new Set(saved.sheets);
  const order = (m: SheetMapping) => sheets.findIndex((s) => s.name === m.sheet);
  return [...saved.mappings, ...guessAll(sheets.filter((s) => !known.has(s.name)))].sort((a, b) => order(a) - order(b));
}
