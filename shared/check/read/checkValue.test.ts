// What the check reads from a cell: typed values and calculated results as they are; a formula
// the host has not calculated (its own text shown, or nothing) reads as no value at all.
import { checkValue } from './checkValue';

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
