import { isBlank } from './blank';

describe('isBlank', () => {
  it.each([null, undefined, '', '   ', '\t', '\u00a0', '\u3000', ' \n '])('treats %p as a blank cell', (v) => {
    expect(isBlank(v)).toBe(true);
  });

  it.each([0, false, 'x', ' 0 ', 'x ', '\u00a0x', 'é', '~', NaN, [], {}])('treats %p as a value', (v) => {
    expect(isBlank(v)).toBe(false);
  });
});
