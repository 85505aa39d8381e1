import { COMPETENCIES } from './competencies';
import { EVIDENCE_TYPES_BY_CODE, evidenceTypesNamed, fitsCompetency } from './competencyEvidenceTypes';
import { EVIDENCE_TYPES } from './values';

describe('the evidence types each competency names (docs/rules.md §5)', () => {
  it('reads the types from the "Evidenced by" line', () => {
    expect(
      evidenceTypesNamed('Review of session notes by health coaching supervisor. Observation of practice.'),
    ).toEqual(['Observed practice', 'Review of session notes']);
    expect(evidenceTypesNamed('Health coaching supervision log.')).toEqual([
      'Health coaching supervision',
      'Supervision log',
    ]);
    expect(evidenceTypesNamed('All forms of supervision.')).toEqual([
      'Health coaching supervision',
      'Line management supervision',
    ]);
    expect(evidenceTypesNamed('Practice sessions in training followed up by observed practice.')).toEqual([
      'Observed practice',
      'Practice sessions in training',
    ]);
    expect(evidenceTypesNamed('Tier 3 practitioner.')).toEqual([]);
  });

  it('finds a type for every competency but the few whose line is a statement or a standard', () => {
    const none = COMPETENCIES.filter((c) => (EVIDENCE_TYPES_BY_CODE.get(c.code) ?? []).length === 0).map(
      (c) => c.evidencedBy,
    );
    expect(none.length).toBeLessThanOrEqual(5);
    for (const line of none) expect(line).toMatch(/statement|tier 3|hours per year/i);
    // Every type the framework names is the type of some competency.
    const used = new Set([...EVIDENCE_TYPES_BY_CODE.values()].flat());
    expect([...EVIDENCE_TYPES].filter((t) => !used.has(t))).toEqual([]);
  });

  it('says whether a logged type fits, whatever its case and spacing', () => {
    expect(fitsCompetency('PRO-01', '  observed   PRACTICE ')).toBe(true);
    expect(fitsCompetency('PRO-01', 'Observation of a session')).toBe(true);
    expect(fitsCompetency('PRO-01', 'Portfolio')).toBe(false);
    expect(fitsCompetency('PRO-01', 'Case study')).toBe(false);
    expect(fitsCompetency('PRO-01', null)).toBe(true);
    expect(fitsCompetency('PRO-01', '')).toBe(true);
    // A line that names no type: anything fits.
    const open = COMPETENCIES.find((c) => (EVIDENCE_TYPES_BY_CODE.get(c.code) ?? []).length === 0);
    expect(open && fitsCompetency(open.code, 'Portfolio')).toBe(true);
  });
});
