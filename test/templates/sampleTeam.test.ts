/** The demonstration team is deterministic, dated from the host's today, and pseudonymous. */
import { sampleTeam } from '../../shared/templates';

describe('the demonstration team', () => {
  it('is the same for the same day, moves with the day, and never dates anything after it', () => {
    const team = JSON.stringify(sampleTeam('2026-03-20'));
    expect(JSON.stringify(sampleTeam('2026-03-20'))).toBe(team);
    expect(JSON.stringify(sampleTeam('2026-04-20'))).not.toBe(team);
    const dates = [...team.matchAll(/"date":"(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]);
    expect(dates.length).toBeGreaterThan(300);
    // Only plans look ahead: a PDP review, the end of probation, an action's follow-up date.
    const PLANS = new Set(['pdpReview', 'probationEnd', 'followUp']);
    const happened = JSON.stringify(sampleTeam('2026-03-20'), (key, value: unknown) =>
      PLANS.has(key) ? undefined : value,
    );
    const past = [...happened.matchAll(/"date":"(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]);
    expect(past.filter((d) => d > '2026-03-20')).toEqual([]);
    expect(dates.filter((d) => d > '2026-03-20').length).toBeGreaterThan(0);
  });

  it('names clients only by pseudonymous references', () => {
    const { rows } = sampleTeam('2026-03-20');
    for (const row of [...rows['Hours log'], ...rows['Caseload']]) {
      expect(row.client === null || /^C-\d{4}$/.test(String(row.client))).toBe(true);
    }
  });
});
