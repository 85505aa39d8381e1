// What the check reads from a cell: typed values and calculated results as they are; a formula
// the host has not calculated (its own text shown, or nothing) reads as no value at all.
import { checkValue, FORMULA_PRESENT, formulaPresence, presenceGrid } from './checkValue';

describe('checkValue', () => {
  it('reads a typed value as it is, whatever its kind', () => {
    for (const v of [120, 0, 'Sam Jones', '', true, false]) expect(checkValue(v, null)).toBe(v);
    expect(checkValue(120, undefined)).toBe(120);
  });

  it('reads a missing cell as no value', () => {
    expect(checkValue(undefined, undefined)).toBeNull();
    expect(checkValue(null, null)).toBeNull();
  });

  it('reads a formula showing its own text, or nothing, as no value', () => {
    expect(checkValue('=SUM(D2:D9)', '=SUM(D2:D9)')).toBeNull();
    expect(checkValue(null, '=SUM(D2:D9)')).toBeNull();
    expect(checkValue(undefined, '=TODAY()')).toBeNull();
  });

  it("reads a formula's calculated result, even one that looks like a formula's text", () => {
    expect(checkValue(42, '=SUM(D2:D9)')).toBe(42);
    expect(checkValue('=A1', '=SUM(D2:D9)')).toBe('=A1');
    expect(checkValue(0, '=0')).toBe(0);
  });
});

// Hosts that hand the check only whether a cell holds a formula (Sheets' steps, .xlsx files)
// keep the text where checkValue needs it, so the check reads them as it reads full formulas.
describe('formulaPresence', () => {
  it('reads no formula, from null or the empty text Sheets gives, as none', () => {
    expect(formulaPresence(45, null)).toBeNull();
    expect(formulaPresence('=x', '')).toBeNull();
  });

  it('reads a formula as present, whatever its length or what it shows', () => {
    const long = `=IF(B2>1,"Over","Under")${' '.repeat(4000)}`;
    for (const shown of [45, 'Over', null, '', true, 'x=1']) expect(formulaPresence(shown, long)).toBe(FORMULA_PRESENT);
  });

  it('keeps the text of a formula whose cell shows text starting "=", asking for it only then', () => {
    expect(formulaPresence('=x', '="=x"')).toBe('="=x"');
    const text = jest.fn(() => '="=x"');
    expect(formulaPresence(4, text)).toBe(FORMULA_PRESENT);
    expect(text).not.toHaveBeenCalled();
    expect(formulaPresence('=x', text)).toBe('="=x"');
  });

  it('gives the check the same value as the formula text would, for every kind of cell', () => {
    const cells: [unknown, string][] = [
      [42, '=SUM(D2:D9)'],
      ['=A1', '=SUM(D2:D9)'],
      ['=SUM(D2:D9)', '=SUM(D2:D9)'],
      [null, '=TODAY()'],
      ['Over', '=IF(B2>1,"Over","Under")'],
    ];
    for (const [shown, formula] of cells) {
      const value = shown as Parameters<typeof checkValue>[0];
      expect(checkValue(value, formulaPresence(shown, formula))).toEqual(checkValue(value, formula));
    }
  });
});

// Every host that reads a block of formulas apart from its values reads the grid by one rule.
describe('presenceGrid', () => {
  it('reads each cell of a grid as formulaPresence reads it, given what the cell shows', () => {
    const formulas = [
      ['=A1', '', null],
      ['="=x"', '=B2', '=SUM(A1:A9)'],
    ];
    const shown = [
      [4, 'a', 'b'],
      ['=x', 5, '=SUM(A1:A9)'],
    ];
    const grid = presenceGrid(formulas, (r, c) => shown[r][c]);
    expect(grid).toEqual(formulas.map((row, r) => row.map((f, c) => formulaPresence(shown[r][c], f))));
    expect(grid).toEqual([
      [FORMULA_PRESENT, null, null],
      ['="=x"', FORMULA_PRESENT, '=SUM(A1:A9)'],
    ]);
  });

  it('asks what a cell shows only where the cell holds a formula, at its place in the grid', () => {
    const shownAt = jest.fn(() => 7);
    presenceGrid(
      [
        ['', '=1', ''],
        [null, '', '=2'],
      ],
      shownAt,
    );
    expect(shownAt.mock.calls).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('gives an empty grid for no rows', () => {
    expect(presenceGrid([], () => null)).toEqual([]);
  });
});
