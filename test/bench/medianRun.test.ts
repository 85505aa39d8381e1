import { medianRun } from '../../bench/medianRun';

const ratio = (r: { check: number; read: number }) => r.check / r.read;

describe('medianRun', () => {
  it('keeps the run whose ratio is the middle one, whole', () => {
    const runs = [
      { check: 9, read: 3 },
      { check: 8, read: 4 },
      { check: 5, read: 2 },
    ];
    expect(medianRun(runs, ratio)).toBe(runs[2]);
  });

  it('takes the lower middle run of an even count, and a single run as it is', () => {
    const runs = [
      { check: 4, read: 1 },
      { check: 2, read: 1 },
      { check: 3, read: 1 },
      { check: 1, read: 1 },
    ];
    expect(medianRun(runs, ratio)).toBe(runs[1]);
    expect(medianRun([runs[0]], ratio)).toBe(runs[0]);
  });

  it('refuses an empty list', () => {
    expect(() => medianRun([], ratio)).toThrow('at least one run');
  });
});
