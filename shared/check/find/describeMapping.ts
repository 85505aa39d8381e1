/**
 * What the pane needs beside a mapping to let the user correct it: every header cell of
 * the header row (so an unrecognised column can be given a field) and the fields a sheet of
 * that kind can hold, labelled. Added on the way out; never saved in the setting.
 */
import { rowIndex, sheetColumn } from '../../sheetPlaces';
import type { SheetData } from '../../workbook';
import { kindFields } from './fieldLabels';
import type { SheetMapping } from '../types';

/**
 * A mapping with its sheet's header cells (by 0-based sheet column, '' for blank or
 * non-text) and its kind's fields.
 *
 * @example
 * describeMapping(mapping, data).headers; // ['Staff ID', 'HWBC', 'Hours per week', …]
 */
export function describeMapping(mapping: SheetMapping, data: SheetData | undefined): SheetMapping {
  const row = (data && data.values[rowIndex(data, mapping.headerRow - 1)]) ?? [];
  const last = data && row.length > 0 ? sheetColumn(data, row.length - 1) : -1;
  const headers: string[] = new Array<string>(last + 1).fill('');
  row.forEach((v, j) => {
    if (data && typeof v === 'string') headers[sheetColumn(data, j)] = v.trim();
  });
  return { ...mapping, headers, fields: kindFields(mapping.kind) };
}

/**
 * A mapping as it is saved: only what the check reads back.
 *
 * @example
 * bareMapping(describeMapping(m, data)); // { sheet, headerRow, kind, columns }
 */
export function bareMapping(mapping: SheetMapping): SheetMapping {
  return { sheet: mapping.sheet, headerRow: mapping.headerRow, kind: mapping.kind, columns: [...mapping.columns] };
}
