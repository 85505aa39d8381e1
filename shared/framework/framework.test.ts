// Tests for the competency framework data transcribed from NHS England publication B1570,
// Appendix 2 (§1–§6), §4.1 and §6: counts and codes as in docs/rules.md §4–§6, plus spot checks of
// the wording against the source.

import { AREAS } from './areas';
import { COMPETENCIES } from './competencies';
import type { AreaCode, CompetencyKind } from './competencyTypes';
import { INDUCTION_ITEMS, MANDATORY_TRAINING, PCI_TRAINING } from './training';
import { EVIDENCE_TYPES, NHS_VALUES, SNOMED_CT } from './values';

const EXPECTED: readonly {
  area: AreaCode;
  count: number;
  fromTier: 1 | 2 | 3;
  kind: CompetencyKind;
}[] = [
  { area: 'PRO', count: 10, fromTier: 1, kind: 'essential' },
  { area: 'COM', count: 10, fromTier: 1, kind: 'essential' },
  { area: 'MOD', count: 12, fromTier: 1, kind: 'essential' },
  { area: 'GRP', count: 6, fromTier: 2, kind: 'essential' },
  { area: 'ADD', count: 28, fromTier: 2, kind: 'desirable' },
  { area: 'SUP', count: 8, fromTier: 3, kind: 'supervisor' },
  { area: 'GEN', count: 16, fromTier: 1, kind: 'essential' },
];

const byCode = (code: string) => {
  const found = COMPETENCIES.find((c) => c.code === code);
  if (!found) throw new Error(`no competency ${code}`);
  return found;
};

describe('competency framework (Appendix 2)', () => {
  it('has 90 entries', () => {
    expect(COMPETENCIES).toHaveLength(90);
  });

  it.each(EXPECTED)('has $count $area entries, from Tier $fromTier, $kind', (e) => {
    const inArea = COMPETENCIES.filter((c) => c.area === e.area);
    expect(inArea).toHaveLength(e.count);
    for (const c of inArea) {
      expect(c.fromTier).toBe(e.fromTier);
      expect(c.kind).toBe(e.kind);
    }
  });

  it('has unique, well-formed codes, contiguous from 01 within each area', () => {
    const codes = COMPETENCIES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of COMPETENCIES) {
      expect(c.code).toMatch(/^(PRO|COM|MOD|GRP|ADD|SUP|GEN)-\d{2}$/);
      expect(c.code.slice(0, 3)).toBe(c.area);
    }
    for (const e of EXPECTED) {
      const inArea = COMPETENCIES.filter((c) => c.area === e.area).map((c) => c.code);
      const want = Array.from({ length: e.count }, (_, i) => `${e.area}-${String(i + 1).padStart(2, '0')}`);
      expect(inArea).toEqual(want);
    }
  });

  it('keeps the areas together, in framework order', () => {
    const order = COMPETENCIES.map((c) => c.area).filter((a, i, all) => i === 0 || all[i - 1] !== a);
    expect(order).toEqual(EXPECTED.map((e) => e.area));
  });

  it('gives every entry tidy, non-empty text and tidy gained/evidenced text', () => {
    for (const c of COMPETENCIES) {
      expect(c.text.trim()).not.toBe('');
      for (const s of [c.text, c.gainedThrough, c.evidencedBy]) {
        expect(s).toBe(s.trim());
        expect(s).not.toMatch(/\s{2,}|\n/);
        expect(s).not.toMatch(/^(Competency|Gained through|Evidenced by|Minimum standard):/);
      }
    }
  });

  it('gives every essential competency of areas 1-4 its gained/evidenced text', () => {
    for (const c of COMPETENCIES.filter((x) => ['PRO', 'COM', 'MOD', 'GRP'].includes(x.area))) {
      expect(c.gainedThrough).not.toBe('');
      expect(c.evidencedBy).not.toBe('');
    }
  });

  it('matches the source wording (spot checks)', () => {
    const pro1 = byCode('PRO-01');
    expect(pro1.text).toBe(
      "Contracting – understanding the importance of contracting, procedural and psychological, managing the 'contract', setting expectations, checking-in and spot contracting with the client and understanding the interrelationship of contracting with the client and contracting between the coach and service sponsor.",
    );
    expect(pro1.gainedThrough).toBe('Training – e-learning or face to face.');
    expect(pro1.evidencedBy).toBe('Review of session notes by health coaching supervisor. Observation of practice.');
    expect(byCode('PRO-05').evidencedBy).toBe('Health coaching supervision log.');
    expect(byCode('PRO-10').evidencedBy).toBe('All forms of supervision.');
    expect(byCode('COM-08').text).toBe('Builds trust and rapport.');
    expect(byCode('COM-10').evidencedBy).toBe('Evidence of work done recorded in portfolio');
    expect(byCode('MOD-12')).toMatchObject({
      text: 'Universal model of personalised care.',
      gainedThrough: 'PCI eLearning.',
      evidencedBy: 'Completion certificate.',
    });
    expect(byCode('GRP-04')).toMatchObject({
      text: 'Manages conflict.',
      gainedThrough: 'In practice.',
      evidencedBy: 'Observed practice.',
    });
    expect(byCode('GRP-06').gainedThrough).toBe(
      'Face to face training, eLearning, and self-directed learning, in practice.',
    );
    expect(byCode('ADD-01').text).toMatch(/^Local structures of health and social care services/);
    expect(byCode('ADD-16').text).toBe('Making Every Contact Count (MECC).');
    expect(byCode('ADD-28').text).toBe('Strategic co-production patient and public involvement.');
    expect(byCode('SUP-01').evidencedBy).toBe('Tier 3 practitioner.');
    expect(byCode('SUP-02').evidencedBy).toMatch(/^Minimum 50 hours per year/);
    expect(byCode('SUP-08').text).toBe(
      'Health coaching supervisors must be able to show evidence of health coaching supervision training or equivalent experience.',
    );
    expect(byCode('GEN-01').text).toBe('safeguarding for children and adults');
    expect(byCode('GEN-16').text).toBe('basic first aid');
  });

  it('uses plain quotes only (curly quotes normalised)', () => {
    for (const c of COMPETENCIES) {
      expect(`${c.text}${c.gainedThrough}${c.evidencedBy}`).not.toMatch(/[\u2018\u2019\u201c\u201d]/);
    }
  });
});

describe('areas', () => {
  it('lists the 7 areas of docs/rules.md §5 with matching tiers and kinds', () => {
    expect(AREAS.map((a) => a.code)).toEqual(EXPECTED.map((e) => e.area));
    expect(AREAS.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, null]);
    for (const e of EXPECTED) {
      expect(AREAS.find((a) => a.code === e.area)).toMatchObject({
        fromTier: e.fromTier,
        kind: e.kind,
      });
    }
    expect(AREAS[0].title).toBe('Professional competencies');
    expect(AREAS[6].title).toBe('General capabilities (mandatory training)');
  });
});

describe('training', () => {
  it('has the 8 induction examples of §4.1', () => {
    expect(INDUCTION_ITEMS).toHaveLength(8);
    expect(INDUCTION_ITEMS[0]).toBe('Mandatory training, including safeguarding and confidentiality');
    expect(INDUCTION_ITEMS[7]).toBe('Expected outcomes and boundaries of the role');
  });

  it('has the 16 general capabilities as mandatory training, matching the GEN entries', () => {
    const gen = COMPETENCIES.filter((c) => c.area === 'GEN');
    expect(MANDATORY_TRAINING).toHaveLength(16);
    expect(MANDATORY_TRAINING.map((m) => m.code)).toEqual(gen.map((c) => c.code));
    expect(MANDATORY_TRAINING.map((m) => m.title)).toEqual(gen.map((c) => c.text));
  });

  it('requires safeguarding and confidentiality/IG, and only those', () => {
    expect(MANDATORY_TRAINING.filter((m) => m.required).map((m) => m.title)).toEqual([
      'safeguarding for children and adults',
      'confidentiality and information governance',
    ]);
  });

  it('names the PCI training', () => {
    expect(PCI_TRAINING).toBe('PCI-accredited four-day health coaching training');
  });
});

describe('values', () => {
  it('has the 6 NHS values', () => {
    expect(NHS_VALUES).toHaveLength(6);
    expect(NHS_VALUES[0]).toBe('Working together for patients');
    expect(NHS_VALUES[5]).toBe('Everyone counts');
  });

  it('has the 11 evidence types', () => {
    expect(EVIDENCE_TYPES).toHaveLength(11);
    expect(new Set(EVIDENCE_TYPES).size).toBe(11);
  });

  it('has the SNOMED CT concept', () => {
    expect(SNOMED_CT.code).toBe('148471000000103');
    expect(SNOMED_CT.term).toBe('Seen by health and wellbeing coach (finding)');
  });
});
