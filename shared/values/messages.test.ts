// User-facing wording: docs/rules.md gives some of it word for word.
import { badArgument, EXPECTED, RULE_MESSAGES, showValue } from './messages';

describe('showValue', () => {
  it('shows values the way a user would recognise them', () => {
    expect(showValue('12h')).toBe('"12h"');
    expect(showValue(1.5)).toBe('1.5');
    expect(showValue(true)).toBe('true');
    expect(showValue(null)).toBe('a blank');
    expect(showValue(undefined)).toBe('a blank');
    expect(showValue(new Date(NaN))).toBe('an invalid date');
    expect(showValue(new Date('2026-03-15T00:00:00Z'))).toBe('2026-03-15T00:00:00.000Z');
  });

  it('never throws, even for values no cell can hold', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const values: unknown[] = [circular, BigInt(10), Symbol('x'), () => 1, Object.create(null), [1, [2]]];
    for (const v of values) expect(typeof showValue(v)).toBe('string');
    expect(showValue(BigInt(10))).toBe('10');
  });
});

describe('messages', () => {
  it('gives the hours message of docs/rules.md §1 exactly', () => {
    expect(badArgument('hours', '12h', 'hours')).toBe('hours must be a number ≥ 0, got "12h"');
  });

  it('says what a WTE must be as docs/rules.md §2 does', () => {
    expect(EXPECTED.wte).toContain('a fraction between 0 and 1, such as 0.6 or 60%; for hours a week divide by 37.5');
  });

  it('says a last date after the as-of date as docs/rules.md §2 does, with both dates', () => {
    const m = RULE_MESSAGES.lastAfterAsOf('2026-05-01', '2026-04-01');
    expect(m).toContain('last supervision date is after the as-of date');
    expect(m).toContain('2026-05-01');
    expect(m).toContain('2026-04-01');
  });
});
