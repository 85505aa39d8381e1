import { HwbcError } from '../errors';
import { readText } from './readText';

describe('readText', () => {
  it('trims text and reads a number as its text', () => {
    expect(readText('area', ' pro ')).toBe('pro');
    expect(readText('area', 42)).toBe('42');
  });

  it('reads a blank as null', () => {
    expect(readText('area', '   ')).toBeNull();
    expect(readText('area', null)).toBeNull();
    expect(readText('area', undefined)).toBeNull();
  });

  it.each([true, NaN, Infinity, new Date(0), {}, []])('refuses %p, naming the argument', (v) => {
    expect(() => readText('area', v)).toThrow(HwbcError);
    expect(() => readText('area', v)).toThrow(/^area must be text, got /);
  });
});
