/**
 * The template sheets made in Excel (Office.js port over FakeExcel), Google Sheets
 * (SpreadsheetApp port over FakeGas) and an .xlsx file (exceljs, saved and read back) are
 * the same sheets: each is described host-neutrally — header, every cell's value or formula
 * (dates as ISO), column formats, drop-downs, header notes, widths, frozen rows, filter and
 * highlights — and the descriptions must be equal, sheet by sheet. Nothing of one host's
 * output is used to build another's.
 */
import { sheetPlan } from '../../shared/plan';
import { CREATION_ORDER, sampleTeam, templateSheet } from '../../shared/templates';
import { inSheetsWidths } from './support/inSheetsWidths';
import type { NeutralCell } from './support/sheetDescription';
import {
  type DescribedWorkbook,
  NOW,
  TODAY,
  templatesInExcel,
  templatesInSheets,
  templatesInXlsx,
  withClockAt,
} from './support/templateHosts';

describe.each([
  ['empty', false],
  ['with the demonstration team', true],
])('template sheets, %s', (_label, sample) => {
  let excel: DescribedWorkbook;
  let sheets: DescribedWorkbook;
  let xlsx: DescribedWorkbook;

  beforeAll(async () => {
    excel = await templatesInExcel(sample);
    sheets = await withClockAt(NOW, () => templatesInSheets(sample));
    xlsx = await templatesInXlsx(sample);
  }, 300_000);

  it('are the same sheets in the same order in every host', () => {
    expect(xlsx.names).toEqual([...CREATION_ORDER]);
    expect(excel.names).toEqual(xlsx.names);
    expect(sheets.names).toEqual(xlsx.names);
  });

  // So that three equal descriptions cannot be three empty ones: the file holds what the spec asks for.
  it.each(CREATION_ORDER.map((name) => [name]))('%s in the .xlsx file holds what its template asks for', (name) => {
    const spec = templateSheet(name, sample ? sampleTeam(TODAY) : undefined);
    const sheet = xlsx.sheets.get(name);
    const columns = sheet?.columns.slice(0, spec.columns.length) ?? [];
    expect(sheet?.header).toEqual(spec.columns.map((c) => c.header));
    expect(sheet?.headerStyle).toEqual(spec.columns.map(() => ({ bold: true, wrapped: true, top: true })));
    expect(columns.map((c) => c.note)).toEqual(spec.columns.map((c) => c.note ?? null));
    // The plan's widths: the spec's, with near-equal neighbours evened to the widest (never narrower).
    const widths = sheetPlan(spec).columns.map((c) => c.width ?? null);
    expect(columns.map((c) => c.width)).toEqual(widths);
    widths.forEach((w, i) => expect(w ?? 0).toBeGreaterThanOrEqual(spec.columns[i].width ?? 0));
    expect(columns.map((c) => c.dropDowns.length)).toEqual(
      spec.columns.map((c) => (c.list || c.listRange || c.wholeNumber ? 1 : 0)),
    );
    expect(sheet?.highlights.map((h) => h.equals)).toEqual(spec.highlights.map((h) => h.equals));
    expect(sheet?.frozenRows).toBe(spec.frozenRows);
    const cells = Object.values(sheet?.cells ?? {});
    const count = (v: readonly (NeutralCell | null)[], kind: 'formula' | 'date') =>
      v.filter((c) => c !== null && typeof c === 'object' && kind in c).length;
    expect(count(cells, 'formula')).toBeGreaterThanOrEqual(count(spec.rows.flat() as NeutralCell[], 'formula'));
    expect(count(cells, 'date')).toBe(count(spec.rows.flat() as NeutralCell[], 'date'));
  });

  it.each(CREATION_ORDER.map((name) => [name]))('%s is the same in Excel as in the .xlsx file', (name) => {
    expect(excel.sheets.get(name)).toEqual(xlsx.sheets.get(name));
  });

  it.each(CREATION_ORDER.map((name) => [name]))('%s is the same in Google Sheets as in the .xlsx file', (name) => {
    expect(sheets.sheets.get(name)).toEqual(inSheetsWidths(xlsx.sheets.get(name)));
  });
});
