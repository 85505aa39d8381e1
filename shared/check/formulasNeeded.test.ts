// The check asks for a sheet's formulas only where a formula can change what it finds: the
// sheets it reads rows from, Settings (however its name is spaced or cased, as the check finds
// it) and the template's Monthly summary; and the sheet reading a rows-read cell of Settings
// only where that cell holds no formula. Never a sheet it does not read.
import { ROWS_READ_CELLS } from '../fields';
import type { CellValue, SheetData } from '../workbook';
import { FORMULA_SHEETS, needsFormulas, readByTypedRowsRead, settingsSheet } from './formulasNeeded';
import type { SheetMapping } from './types';

const mapping = (sheet: string, kind: SheetMapping['kind']): SheetMapping => ({
  sheet,
  headerRow: 1,
  kind,
  columns: [],
});

describe('needsFormulas', () => {
  const mappings = [mapping('Team', 'coaches'), mapping('Hours log', 'hoursLog')];

  it('needs the formulas of every sheet the check reads rows from, whatever its name', () => {
    expect(needsFormulas('Team', mappings)).toBe(true);
    expect(needsFormulas('Hours log', mappings)).toBe(true);
  });

  it('needs those of Settings and the Monthly summary, mapped or not', () => {
    for (const name of ['Settings', ' settings ', 'SETTINGS', 'Monthly summary'])
      expect(needsFormulas(name, [])).toBe(true);
  });

  it('needs none of a sheet the check does not read', () => {
    for (const name of ['Competencies', 'Notes', 'Lists', 'HWBC Report', 'Hours log (old)', 'monthly summary 2'])
      expect(needsFormulas(name, mappings)).toBe(false);
  });
});

/** A Settings sheet whose rows-read cells (row 4) hold what is given: a formula, or a value. */
function settings(training: { value: CellValue; formula: string | null }, evidence: typeof training): SheetData {
  const blank = [null, null, null];
  return {
    name: 'Settings',
    top: 0,
    left: 0,
    values: [
      ['Setting', ...ROWS_READ_CELLS.map((c) => c.header)],
      blank,
      blank,
      ['In use', training.value, evidence.value],
    ],
    formulas: [[null, null, null], blank, blank, [null, training.formula, evidence.formula]],
  };
}

describe('readByTypedRowsRead', () => {
  const formula = { value: 2501, formula: '=' };

  it("needs no sheet's formulas while both rows-read cells hold their formulas", () => {
    const s = settings(formula, formula);
    for (const c of ROWS_READ_CELLS) expect(readByTypedRowsRead(c.readBy, s)).toBe(false);
  });

  it('needs those of the sheet reading a rows-read cell typed over or cleared, found by name', () => {
    const s = settings(formula, { value: 900, formula: null });
    expect(readByTypedRowsRead('Competencies', s)).toBe(true);
    expect(readByTypedRowsRead(' competencies ', s)).toBe(true);
    expect(readByTypedRowsRead('Coaches', s)).toBe(false);
    expect(readByTypedRowsRead('Coaches', settings({ value: null, formula: null }, formula))).toBe(true);
  });

  it('needs none without a Settings sheet, and finds the first as the check does', () => {
    expect(readByTypedRowsRead('Competencies', undefined)).toBe(false);
    const own = settings(formula, formula);
    expect(settingsSheet([{ ...own, name: 'Notes' }, { ...own, name: ' SETTINGS ' }, own])?.name).toBe(' SETTINGS ');
  });
});

// Which sheets' formulas are read comes from the findings' table: a kind no finding names is
// not read, so a finding added or removed changes the reads with no change to formulasNeeded.
describe("the findings' table", () => {
  it('names every kind of sheet the check reads formulas of today', () => {
    expect([...FORMULA_SHEETS].sort()).toEqual(['monthly summary', 'rows', 'rows-read readers', 'settings']);
  });

  it('reads no formulas of a kind of sheet no finding names', () => {
    const mappings = [mapping('Team', 'coaches')];
    const only = (...kinds: Parameters<typeof FORMULA_SHEETS.has>[0][]) => new Set(kinds);
    expect(needsFormulas('Team', mappings, only('settings', 'monthly summary'))).toBe(false);
    expect(needsFormulas('Team', mappings, only('rows'))).toBe(true);
    expect(needsFormulas('Settings', [], only('rows'))).toBe(false);
    expect(needsFormulas('Monthly summary', [], only('settings'))).toBe(false);
    expect(needsFormulas('Monthly summary', [], only('monthly summary'))).toBe(true);
    const typedOver = settings({ value: 2501, formula: '=' }, { value: 900, formula: null });
    expect(readByTypedRowsRead('Competencies', typedOver, only('rows', 'settings'))).toBe(false);
    expect(readByTypedRowsRead('Competencies', typedOver, only('rows-read readers'))).toBe(true);
  });
});
