import { mappedRows } from './mappedRows';
import { RowsByKey } from './rowsByKey';
import type { CellValue, SheetData } from '../../../workbook';

const data: SheetData = {
  name: 'Hours log',
  top: 0,
  left: 0,
  values: [
    ['Date', 'Coach'],
    ['2026-03-02', 'DNA'],
    ['2026-03-03', 'x'],
    ['2026-03-04', 'dna'],
  ] as CellValue[][],
  formulas: [0, 1, 2, 3].map(() => [null, null]),
};
const rows = mappedRows(data, {
  sheet: 'Hours log',
  headerRow: 1,
  kind: 'hoursLog',
  columns: [
    { field: 'date', column: 0, header: 'Date', confidence: 1 },
    { field: 'coach', column: 1, header: 'Coach', confidence: 1 },
  ],
});

describe('RowsByKey', () => {
  it('keeps the first row of each key, its column and what it said, and counts the rest to the last', () => {
    const tally = new RowsByKey<string>();
    const made: string[] = [];
    rows.map((row) => {
      const word = String(row.value('coach'));
      tally.add(word.toLowerCase(), row, 'coach', () => (made.push(word), word));
    });
    expect([...tally.values()]).toEqual([
      { sheet: 'Hours log', column: 'B', of: 'DNA', first: 2, last: 4, count: 2 },
      { sheet: 'Hours log', column: 'B', of: 'x', first: 3, last: 3, count: 1 },
    ]);
    // What a key keeps is made once, from its first row.
    expect(made).toEqual(['DNA', 'x']);
  });
});
