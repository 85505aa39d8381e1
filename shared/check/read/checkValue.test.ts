// What the check reads from a cell: typed values and calculated results as they are; a formula
// the host has not calculated (its own text shown, or nothing) reads as no value at all.
import { checkValue, FORMULA_PRESENT, formulaPresence } from './checkValue';

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
