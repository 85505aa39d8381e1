// docs/rules.md §5: at tier N, the essential competencies of areas 1–3 (and 4 from Tier 2) each
// need at least one evidence entry reviewed by a supervisor; area 5 is never a gap. Counts
// from the §5 table: PRO 10, COM 10, MOD 12, GRP 6.
import { COMPETENCIES } from '../../framework/competencies';
import { EvidenceEntry, evidenceGaps, isReviewed, requiredCompetencies, reviewedBySelf } from './evidenceCoverage';

const reviewed = (code: string): EvidenceEntry => ({ code, reviewedBy: 'A. Patel', reviewedOn: '2026-03-01' });
const codesOf = (area: string) => COMPETENCIES.filter((c) => c.area === area).map((c) => c.code);
const AREAS_1_TO_3 = [...codesOf('PRO'), ...codesOf('COM'), ...codesOf('MOD')];

describe('requiredCompetencies', () => {
  it('needs nothing at Tier 0', () => {
    expect(requiredCompetencies(0)).toEqual([]);
  });

  it('needs the 32 of areas 1–3 at Tier 1', () => {
    expect(requiredCompetencies(1).map((c) => c.code)).toEqual(AREAS_1_TO_3);
    expect(AREAS_1_TO_3).toHaveLength(32);
  });

  it.each([2, 3, 4])('adds the 6 group work competencies at Tier %p, and nothing else', (t) => {
    expect(requiredCompetencies(t).map((c) => c.code)).toEqual([...AREAS_1_TO_3, ...codesOf('GRP')]);
  });

  it('never counts additional models (area 5), supervisor standards or general capabilities', () => {
    for (let t = 0; t <= 4; t++) {
      expect(requiredCompetencies(t).filter((c) => ['ADD', 'SUP', 'GEN'].includes(c.area))).toEqual([]);
    }
  });
});

describe('isReviewed', () => {
  it('needs both who reviewed it and when', () => {
    expect(isReviewed(reviewed('PRO-01'))).toBe(true);
    expect(isReviewed({ code: 'PRO-01', reviewedBy: 'A. Patel' })).toBe(false);
    expect(isReviewed({ code: 'PRO-01', reviewedOn: '2026-03-01' })).toBe(false);
    expect(isReviewed({ code: 'PRO-01', reviewedBy: '  ', reviewedOn: '2026-03-01' })).toBe(false);
    expect(isReviewed({ code: 'PRO-01', reviewedBy: null, reviewedOn: null })).toBe(false);
  });
});

describe('evidenceGaps', () => {
  it('lists every required competency when there is no evidence', () => {
    expect(evidenceGaps(1, []).map((c) => c.code)).toEqual(AREAS_1_TO_3);
  });

  it('drops a competency once it has reviewed evidence', () => {
    const gaps = evidenceGaps(1, [reviewed('PRO-01')]).map((c) => c.code);
    expect(gaps).toHaveLength(31);
    expect(gaps).not.toContain('PRO-01');
  });

  it('keeps a competency whose evidence is not yet reviewed', () => {
    expect(evidenceGaps(1, [{ code: 'PRO-01', reviewedBy: 'A. Patel' }]).map((c) => c.code)).toContain('PRO-01');
  });

  it('matches codes whatever their case and spacing', () => {
    expect(evidenceGaps(1, [reviewed(' pro-01 ')]).map((c) => c.code)).not.toContain('PRO-01');
  });

  it('leaves only group work at Tier 2 when areas 1–3 are covered', () => {
    const gaps = evidenceGaps(2, AREAS_1_TO_3.map(reviewed));
    expect(gaps.map((c) => c.code)).toEqual(codesOf('GRP'));
  });

  it('is empty at Tier 4 when areas 1–4 are covered, with no area 5 evidence at all', () => {
    expect(evidenceGaps(4, [...AREAS_1_TO_3, ...codesOf('GRP')].map(reviewed))).toEqual([]);
  });

  it('is not shortened by evidence for area 5', () => {
    expect(evidenceGaps(2, codesOf('ADD').map(reviewed))).toHaveLength(38);
  });
});

describe('reviewedBySelf', () => {
  it('is the coach’s own name or ID, case and spacing aside; blank is no reviewer', () => {
    expect(reviewedBySelf({ code: 'PRO-01', reviewedBy: ' sam  LEE ' }, ['Sam Lee', 'C-1'])).toBe(true);
    expect(reviewedBySelf({ code: 'PRO-01', reviewedBy: 'c-1' }, ['Sam Lee', 'C-1'])).toBe(true);
    expect(reviewedBySelf({ code: 'PRO-01', reviewedBy: 'A. Patel' }, ['Sam Lee', 'C-1'])).toBe(false);
    expect(reviewedBySelf({ code: 'PRO-01', reviewedBy: ' ' }, ['Sam Lee', null])).toBe(false);
  });
});
