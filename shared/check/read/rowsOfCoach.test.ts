// A log grouped by coach once gives each coach exactly the rows a filter of the whole log
// would, in the log's order, and rows naming no coach stay apart.
import type { Coach } from './model';
import { coachGroups, rowsOfCoach } from './rowsOfCoach';

const coach = (label: string) => ({ label }) as unknown as Coach;

describe('rowsOfCoach', () => {
  const asha = coach('Asha');
  const ben = coach('Ben');
  const log = [
    { coach: asha, n: 1 },
    { coach: ben, n: 2 },
    { coach: null, n: 3 },
    { coach: asha, n: 4 },
  ];

  it('gives each coach their rows in the order of the log, as a filter would', () => {
    for (const who of [asha, ben, null]) {
      expect(rowsOfCoach(log, who)).toEqual(log.filter((r) => r.coach === who));
    }
    expect(rowsOfCoach(log, asha).map((r) => r.n)).toEqual([1, 4]);
  });

  it('gives no rows for a coach the log does not name', () => {
    expect(rowsOfCoach(log, coach('Cara'))).toEqual([]);
  });

  it('keeps one grouping per log, so two logs never mix', () => {
    const other = [{ coach: asha, n: 9 }];
    expect(rowsOfCoach(other, asha).map((r) => r.n)).toEqual([9]);
    expect(rowsOfCoach(log, asha).map((r) => r.n)).toEqual([1, 4]);
  });

  it('lists every group, the rows naming no coach included, each as rowsOfCoach gives it', () => {
    const groups = coachGroups(log);
    expect([...groups.keys()]).toEqual([asha, ben, null]);
    for (const [who, rows] of groups) expect(rows).toBe(rowsOfCoach(log, who));
    expect(coachGroups([])).toEqual(new Map());
  });
});
