// Reading numbers (docs/rules.md §1 "Valid hours", §2 "WTE"): numbers and numeric text, blank as
// null, VALUE for text that is not a number, NUM for a number outside the rule.
import { HwbcError } from '../errors';
import { NumberRule, readNumber } from './readNumber';

const HOURS: NumberRule = { expected: 'hours', min: 0 };
const COUNT: NumberRule = { expected: 'count', min: 0, integer: true };
const TIER: NumberRule = { expected: 'tier', min: 0, max: 4, integer: true };
const WTE: NumberRule = { expected: 'wte', min: 0, minExclusive: true, max: 1, percent: true };

function refusal(name: string, value: unknown, rule: NumberRule): HwbcError {
  try {
    readNumber(name, value, rule);
  } catch (e) {
    if (e instanceof HwbcError) return e;
    throw e;
  }
  throw new Error(`expected ${String(value)} to be refused`);
}

describe('hours', () => {
  it.each([
    [120, 120],
    [0, 0],
    [49.5, 49.5],
    ['120', 120],
    [' 120.5 ', 120.5],
    ['+5', 5],
    ['.5', 0.5],
    ['5.', 5],
    ['1e3', 1000],
  ])('reads %p as %p', (value, want) => {
    expect(readNumber('hours', value, HOURS)).toBe(want);
  });

  it.each([null, undefined, '', '  '])('reads a blank (%p) as null', (v) => {
    expect(readNumber('hours', v, HOURS)).toBeNull();
  });

  it('refuses "12h" with the message docs/rules.md gives, word for word', () => {
    const e = refusal('hours', '12h', HOURS);
    expect(e.kind).toBe('VALUE');
    expect(e.message).toBe('hours must be a number ≥ 0, got "12h"');
  });

  it('refuses a negative number as out of range (NUM)', () => {
    const e = refusal('hours', -1, HOURS);
    expect(e.kind).toBe('NUM');
    expect(e.message).toBe('hours must be a number ≥ 0, got -1');
    expect(refusal('hours', '-0.5', HOURS).kind).toBe('NUM');
  });

  it.each([
    NaN,
    Infinity,
    -Infinity,
    '1e400',
    'Infinity',
    'NaN',
    '0x10',
    '1,200',
    '12 hours',
    true,
    new Date(0),
    {},
    [],
  ])('refuses %p as not a number (VALUE)', (v) => {
    const e = refusal('hours', v, HOURS);
    expect(e.kind).toBe('VALUE');
    expect(e.message).toMatch(/^hours must be a number ≥ 0, got /);
  });

  it('does not read percentages for hours', () => {
    expect(refusal('hours', '60%', HOURS).kind).toBe('VALUE');
  });
});

describe('whole numbers and tiers', () => {
  it('reads whole numbers and refuses fractions as NUM', () => {
    expect(readNumber('sessions_in_day', '6', COUNT)).toBe(6);
    const e = refusal('sessions_in_day', 5.5, COUNT);
    expect(e.kind).toBe('NUM');
    expect(e.message).toBe('sessions_in_day must be a whole number ≥ 0, got 5.5');
  });

  it('keeps a tier between 0 and 4', () => {
    expect(readNumber('tier', 4, TIER)).toBe(4);
    expect(readNumber('tier', 0, TIER)).toBe(0);
    expect(refusal('tier', 5, TIER).message).toBe('tier must be a tier from 0 to 4, got 5');
    expect(refusal('tier', 2.5, TIER).kind).toBe('NUM');
  });
});

describe('WTE', () => {
  const WTE_EXPECTED = 'a fraction between 0 and 1, such as 0.6 or 60%; for hours a week divide by 37.5';

  it.each([
    [1, 1],
    [0.6, 0.6],
    ['0.6', 0.6],
    ['60%', 0.6],
    [' 30 % ', 0.3],
    ['100%', 1],
  ])('reads %p as %p', (value, want) => {
    expect(readNumber('wte', value, WTE)).toBeCloseTo(want, 12);
  });

  it('reads a blank as null (the function then uses 1)', () => {
    expect(readNumber('wte', '', WTE)).toBeNull();
  });

  it.each([0, '0%', 1.5, '150%', -0.5, 37.5, 60])('refuses %p as out of range, saying what is expected', (v) => {
    const e = refusal('wte', v, WTE);
    expect(e.kind).toBe('NUM');
    expect(e.message).toBe(`wte must be ${WTE_EXPECTED}, got ${typeof v === 'string' ? JSON.stringify(v) : v}`);
  });

  it.each(['full time', '%', '0.6 WTE'])('refuses %p as not a number', (v) => {
    const e = refusal('wte', v, WTE);
    expect(e.kind).toBe('VALUE');
    expect(e.message).toContain(WTE_EXPECTED);
  });
});
