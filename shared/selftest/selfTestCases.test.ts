import { FUNCTIONS } from '../functions';
import { SELF_TEST_DAY, selfTestCases } from './selfTestCases';

describe('selfTestCases', () => {
  it('covers every function but tables, with its documented example first', () => {
    const cases = selfTestCases('excel');
    const names = [...new Set(cases.map((c) => c.spec.name))];
    expect(names).toEqual(FUNCTIONS.filter((f) => f.result !== 'table').map((f) => f.name));
    for (const name of names) expect(cases.find((c) => c.spec.name === name)?.checks).toBe('the documented example');
  });

  it('has the edge cases: empty cells, left-out arguments, month ends, summer time, ranges, #N/A in Excel', () => {
    const checks = selfTestCases('excel').map((c) => c.checks);
    for (const words of [
      'left as an empty cell',
      'left out',
      'a month end',
      '29 February',
      'clocks go forward',
      'clocks go back',
      'as a range of 3 cells',
      'holding #N/A',
    ]) {
      expect(checks.some((c) => c.includes(words))).toBe(true);
    }
    expect(selfTestCases('sheets').some((c) => c.checks.includes('#N/A'))).toBe(false);
  });

  it('expects no error but the #N/A passed through, so every host can show the answer', () => {
    // Sheets shows a thrown error as #ERROR!, Excel as #VALUE!: the self-test avoids them.
    for (const host of ['excel', 'sheets'] as const) {
      const errors = selfTestCases(host).flatMap((c) => c.expected.filter((e) => 'error' in e && e.error !== '#N/A'));
      expect(errors).toEqual([]);
    }
  });

  it('never depends on today: functions that would use it are given the self-test day', () => {
    const status = selfTestCases('excel').filter((c) => c.spec.usesToday);
    expect(status.length).toBeGreaterThan(0);
    for (const c of status) expect(c.args[c.args.length - 1]).toEqual([{ date: SELF_TEST_DAY }]);
  });
});
