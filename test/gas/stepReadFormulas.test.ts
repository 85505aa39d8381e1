/**
 * A step of the sidebar's reading hands back which cells hold a formula, not the formula's
 * text: the sidebar's readers ask only whether there is one, and a template's per-row formulas
 * run to thousands of characters a row. Run through the built Code.js over the fake spreadsheet.
 */
import { FakeGas } from '../support/fakeSpreadsheetApp';
import { ensureGasBuild } from './support/builtGas';
import { loadCode } from './support/loadCode';

beforeAll(() => ensureGasBuild(), 600_000);

interface Block {
  pieces: { values: unknown[][]; formulas: (string | null)[][] }[];
}

function readLog(edit: (fake: FakeGas) => void, withFormulas?: boolean): Block['pieces'][number] {
  const fake = new FakeGas({
    sheets: {
      Log: [
        ['Coach', 'Hours', 'Status'],
        ['Sam', 2, ''],
        ['Ali', 3, ''],
      ],
    },
  });
  edit(fake);
  const { global } = loadCode(fake);
  const args: unknown[] = ['Log', null, 100];
  if (withFormulas !== undefined) args.push(withFormulas);
  const block = JSON.parse(JSON.stringify(global.hwbcStepRead(...args))) as Block;
  return block.pieces[0];
}

interface RawSheet {
  setCell(row: number, col: number, cell: { value: unknown; formula: string | null }): void;
}
/** The fake's own store of a sheet (1-based row and column), so a formula cell can show a worked-out value as Sheets does. */
const rawSheet = (fake: FakeGas) => (fake.book as unknown as { sheet(name: string): RawSheet }).sheet('Log');

it('gives "=" for a formula cell, null for a typed one, and the values as they show', () => {
  const long = `=IF(B2>1,"Over","Under")${' '.repeat(4000)}`;
  const piece = readLog((fake) => rawSheet(fake).setCell(2, 3, { value: 'Over', formula: long }));
  expect(piece.formulas[1][2]).toBe('=');
  expect(piece.formulas[1][0]).toBeNull();
  expect(piece.formulas[2][2]).toBeNull();
  expect(piece.values[1][0]).toBe('Sam');
  expect(JSON.stringify(piece.formulas)).not.toContain('Over');
});

it('keeps the text of a formula whose cell shows text starting "=", which a reader compares', () => {
  const piece = readLog((fake) => rawSheet(fake).setCell(3, 3, { value: '=x', formula: '="=x"' }));
  expect(piece.values[2][2]).toBe('=x');
  expect(piece.formulas[2][2]).toBe('="=x"');
});

it('reads no formulas at all when asked for values only', () => {
  const piece = readLog((fake) => rawSheet(fake).setCell(2, 3, { value: 4, formula: '=B2*2' }), false);
  expect(piece.formulas).toEqual([]);
});
