import fc from 'fast-check';
import { sheetMark, specMark } from './reportMark';
import type { CellValue, SheetData, SheetSpec } from '../../workbook';

/**
 * The mark as its definition states it, written the plain way: FNV-1a, with two seeds, over
 * "row:col:text" and a NUL for each text cell that is not blank and not an ISO date. Reports
 * written by earlier versions carry marks made this way, so the fast version must agree.
 */
function plainMark(cells: [number, number, string][]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  let n = 0;
  for (const [row, col, text] of cells) {
    if (text.trim() === '' || /^\d{4}-\d{2}-\d{2}$/.test(text)) continue;
    n++;
    for (const ch of `${row}:${col}:${text}\u0000`) {
      for (let i = 0; i < ch.length; i++) {
        a = Math.imul(a ^ ch.charCodeAt(i), 0x01000193) >>> 0;
        b = Math.imul(b ^ ch.charCodeAt(i), 0x811c9dc5 | 1) >>> 0;
      }
    }
  }
  const hex = (x: number) => x.toString(16).padStart(8, '0');
  return `${n}-${hex(a)}${hex(b)}`;
}

function spec(headers: string[], rows: (string | number | null)[][]): SheetSpec {
  return {
    name: 'HWBC Report',
    columns: headers.map((header, i) => ({ key: `k${i}`, header })),
    rows,
    formatRows: rows.length,
    frozenRows: 1,
    filter: false,
    highlights: [],
  };
}

function cellsOf(headers: string[], rows: (string | number | null)[][]): [number, number, string][] {
  const cells: [number, number, string][] = headers.map((h, j) => [0, j, h]);
  rows.forEach((r, i) => r.forEach((v, j) => typeof v === 'string' && cells.push([i + 1, j, v])));
  return cells;
}

describe('report mark', () => {
  it('is the plain FNV-1a of each text cell with its place, for any text', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('', '  ', '2026-03-20', 'Sam'));
    const value = fc.oneof(text, fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(value, { maxLength: 5 })),
        (h, r) => {
          expect(specMark(spec(h, r))).toBe(plainMark(cellsOf(h, r)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads the same from the written sheet, and changes when a text is typed over', () => {
    const headers = ['Severity', 'Coach', 'Where', 'Message'];
    const rows = [
      ['Warning', 'Sam Jones', 'Hours log!A12', 'No date: this session counts for nothing.'],
      ['Info', 'Ali Khan', 'Coaches!B3', 'Review due: 6 sessions since the last review.'],
    ];
    const values: CellValue[][] = [headers, ...rows].map((r) => [...r]);
    const sheet: SheetData = {
      name: 'HWBC Report',
      top: 0,
      left: 0,
      values,
      formulas: values.map((r) => r.map(() => null)),
    };
    expect(sheetMark(sheet)).toBe(specMark(spec(headers, rows)));
    values[2][3] = 'Review due: 7 sessions since the last review.';
    expect(sheetMark(sheet)).not.toBe(specMark(spec(headers, rows)));
  });

  it('leaves out blanks, numbers and ISO dates, which hosts give back in their own forms', () => {
    const withDates = spec(
      ['A', 'B'],
      [
        ['x', '2026-03-20'],
        [null, 42],
      ],
    );
    const without = spec(
      ['A', 'B'],
      [
        ['x', null],
        [null, null],
      ],
    );
    expect(specMark(withDates)).toBe(specMark(without));
    expect(specMark(withDates).startsWith('3-')).toBe(true);
  });
});
