import { medianRun } from '../../bench/medianRun';

const ratio = (r: { check: number; read: number }) => r.check / r.read;

describe('medianRun', () => {
  it('keeps the run whose ratio is the middle one, whole', () => {
    const runs = [
      { check: 9, read: 3 },
      { check: 8, read: 4 },
      { check: 5, read: 2 },
    ];
    const median = medianRun(runs, ratio);
    expect(median.run).toBe(runs[2]);
    expect(median.ratios).toEqual([2, 2.5, 3]);
  });

  it('works each ratio out once a run', () => {
    const runs = [1, 3, 2].map((check) => ({ check, read: 1 }));
    const asked: number[] = [];
    medianRun(runs, (r) => (asked.push(r.check), r.check));
    expect(asked.sort()).toEqual([1, 2, 3]);
  });

  it('takes the lower middle run of an even count, and a single run as it is', () => {
    const runs = [
      { check: 4, read: 1 },
      { check: 2, read: 1 },
      { check: 3, read: 1 },
      { check: 1, read: 1 },
    ];
    expect(medianRun(runs, ratio).run).toBe(runs[1]);
    expect(medianRun([runs[0]], ratio)).toEqual({ run: runs[0], ratios: [4] });
  });

  it('refuses an empty list', () => {
    expect(() => medianRun([], ratio)).toThrow('at least one run');
  });
});
