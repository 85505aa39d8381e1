// Each kind of sheet whose formulas the check may read names the findings that read them; the
// check reads formulas of those kinds alone (formulasNeeded.ts). That every rule is declared
// one way or the other is checked when the project compiles (EveryRuleDeclared).
import { FORMULAS_READ } from './formulasRead';
import { RULE_SEVERITY } from './findingRules';

describe('FORMULAS_READ', () => {
  it('names only rules the check reports, each at most once a kind of sheet', () => {
    for (const [kind, rules] of Object.entries(FORMULAS_READ)) {
      expect({ kind, rules }).toEqual({ kind, rules: [...new Set(rules)] });
      for (const rule of rules) expect(Object.keys(RULE_SEVERITY)).toContain(rule);
    }
  });

  it('has the findings that look at formula cells say so', () => {
    expect(FORMULAS_READ.rows).toEqual(expect.arrayContaining(['ig.nhs-number', 'data.bad-value']));
    expect(FORMULAS_READ['monthly summary']).toEqual(['data.formula-rows']);
    expect(FORMULAS_READ.settings).toContain('data.rows-read');
    expect(FORMULAS_READ['rows-read readers']).toEqual(['data.rows-read']);
    expect(Object.values(FORMULAS_READ).flat()).not.toContain('caseload.day-over');
  });
});
