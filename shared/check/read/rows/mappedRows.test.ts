import fc from 'fast-check';
import { MappedRows, mappedRows } from './mappedRows';
import type { CellValue, SheetData } from '../../../workbook';
import type { SheetMapping } from '../../types';

function sheet(name: string, values: CellValue[][]): SheetData {
  return { name, top: 0, left: 0, values, formulas: values.map((r) => r.map(() => null)) };
}

const MAPPING = (name: string): SheetMapping => ({
  sheet: name,
  headerRow: 1,
  kind: 'hoursLog',
  columns: [
    { field: 'date', column: 0, header: 'Date', confidence: 1 },
    { field: 'coach', column: 1, header: 'Coach', confidence: 1 },
  ],
});

const JAN = sheet('January', [
  ['Date', 'Coach', 'Notes'],
  ['2026-01-05', 'Sam Jones', null],
  [null, null, 'a note in a column nobody mapped'],
  ['2026-01-06', 'Ali Khan', null],
]);
const FEB = sheet('February', [
  ['Date', 'Coach'],
  ['  ', null],
  ['2026-02-02', 'Sam Jones'],
]);

describe('mapped rows', () => {
  it('lists the rows with a mapped value, as the sheet numbers them, skipping blank ones', () => {
    const rows = mappedRows(JAN, MAPPING('January'));
    expect(rows.length).toBe(2);
    expect(rows.map((r) => [r.sheet, r.row, r.value('coach')])).toEqual([
      ['January', 2, 'Sam Jones'],
      ['January', 4, 'Ali Khan'],
    ]);
    expect(rows.row(1).header('date')).toBe('Date');
    expect(rows.row(1).column('coach')).toBe('B');
  });

  it('joins sheets in order, and every way of going through them agrees', () => {
    const rows = MappedRows.joined([mappedRows(JAN, MAPPING('January')), mappedRows(FEB, MAPPING('February'))]);
    const where = (r: { sheet: string; row: number }) => `${r.sheet}!${r.row}`;
    const byIndex = Array.from({ length: rows.length }, (_, i) => where(rows.row(i)));
    expect(byIndex).toEqual(['January!2', 'January!4', 'February!3']);
    expect([...rows].map(where)).toEqual(byIndex);
    expect(rows.map((r, i) => `${i}:${where(r)}`)).toEqual(byIndex.map((w, i) => `${i}:${w}`));
    expect(rows.flatMap((r) => (r.sheet === 'January' ? [where(r), where(r)] : where(r)))).toEqual([
      'January!2',
      'January!2',
      'January!4',
      'January!4',
      'February!3',
    ]);
    expect(rows.some((r) => r.value('coach') === 'Ali Khan')).toBe(true);
    expect(rows.some((r) => r.value('coach') === 'Nobody')).toBe(false);
    expect(() => rows.row(3)).toThrow(RangeError);
    const coaches: [CellValue, number][] = [];
    rows.eachValueOf('coach', (value, i) => coaches.push([value, i]));
    expect(coaches).toEqual(rows.map((r, i) => [r.value('coach'), i]));
  });

  it('reads one field down the rows as a row reads it: no column is null, an uncalculated formula too', () => {
    const data = sheet('Log', [
      ['Date', 'Coach'],
      ['2026-03-02', '=B9'],
      ['2026-03-03', 'Sam Jones'],
    ]);
    data.formulas[1][1] = '=B9';
    const rows = mappedRows(data, MAPPING('Log'));
    const seen = (field: 'coach' | 'client') => {
      const out: CellValue[] = [];
      rows.eachValueOf(field, (value) => out.push(value));
      return out;
    };
    expect(seen('coach')).toEqual([null, 'Sam Jones']);
    expect(seen('client')).toEqual([null, null]);
  });

  it('reads each value of a field as a row reads it, whatever the cells and formulas (property)', () => {
    const text = fc.constantFrom('C-1', '=B9', '=', '', ' ', '=IF(A1="","",1)');
    const cell = fc.oneof(fc.constant(null), text, fc.integer(), fc.boolean());
    // A formula as every host reads it: none, its presence ("="), or its text, which starts "=".
    const formula = fc.constantFrom(null, '=', '=B9', '=IF(A1="","",1)');
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, formula), { minLength: 1, maxLength: 8 }), (cells) => {
        const data = sheet('Log', [['Date', 'Coach'], ...cells.map(([v]) => ['2026-03-02', v] as CellValue[])]);
        cells.forEach(([, f], i) => (data.formulas[i + 1][1] = f));
        const rows = mappedRows(data, MAPPING('Log'));
        const seen: CellValue[] = [];
        rows.eachValueOf('coach', (value) => seen.push(value));
        expect(seen).toEqual(rows.map((r) => r.value('coach')));
      }),
    );
  });

  it('reads the sheet as it is when a row is asked for, keeping only each row’s place', () => {
    const data = sheet('Log', [
      ['Date', 'Coach'],
      ['2026-03-02', 'Sam Jones'],
    ]);
    const rows = mappedRows(data, MAPPING('Log'));
    data.values[1][1] = 'Ali Khan';
    expect(rows.row(0).value('coach')).toBe('Ali Khan');
    expect(MappedRows.joined([rows])).toBe(rows);
  });
});
