// Adding a sheet fills it a row at a time; it must hold exactly what writing its header and
// rows cell by cell holds, gaps, formulas, dates and empty rows included.
import type { SheetSpec, WriteValue } from '../workbook';
import { MemoryWorkbook } from './memoryWorkbook';

// Sparse rows, as a spec built by hand may hold: typed loosely on purpose.
const rows = [
  ['Sam', { formula: '=A2*2' }, { date: '2026-03-04' }, null],
  [],
  // eslint-disable-next-line no-sparse-arrays
  [1, , 3],
  // eslint-disable-next-line no-sparse-arrays
  ['x', , ,],
  [],
] as unknown as WriteValue[][];

function spec(): SheetSpec {
  return {
    name: 'Log',
    columns: ['Name', 'Twice', 'When', 'Note'].map((header) => ({ header })),
    rows,
  } as unknown as SheetSpec;
}

describe('MemoryWorkbook.addSheet', () => {
  it('holds what writing the header and each cell one at a time holds', async () => {
    const added = new MemoryWorkbook({ today: '2026-03-20' });
    await added.addSheet(spec());
    const written = new MemoryWorkbook({ today: '2026-03-20' });
    const header = spec().columns.map((c) => c.header);
    await written.write('Log', { row: 0, col: 0 }, [header]);
    rows.forEach((row, r) => row.forEach((v, c) => void written.write('Log', { row: r + 1, col: c }, [[v]])));
    const a = added.sheets.get('Log');
    const w = written.sheets.get('Log');
    // Strict: a gap must stay a gap, not become an undefined cell.
    expect([a?.values, a?.formulas]).toStrictEqual([w?.values, w?.formulas]);
    expect(a?.values.length).toBe(5);
    expect(a?.values[4].length).toBe(1);
    expect(a?.values[1]).toEqual(['Sam', '=A2*2', '2026-03-04', null]);
    expect(await added.read('Log')).toEqual(await written.read('Log'));
  });
});
