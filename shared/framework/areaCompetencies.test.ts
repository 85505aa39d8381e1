import { areaCompetencies } from './areaCompetencies';

describe('areaCompetencies', () => {
  const usual = { gainedThrough: 'eLearning and other mediums', evidencedBy: 'Portfolio' };

  it('numbers the statements in the order given, each with the area, tier and kind', () => {
    const list = areaCompetencies('ADD', 2, 'desirable', usual, ['Health literacy.', 'Cultural awareness.']);
    expect(list.map((c) => [c.code, c.area, c.fromTier, c.kind])).toEqual([
      ['ADD-01', 'ADD', 2, 'desirable'],
      ['ADD-02', 'ADD', 2, 'desirable'],
    ]);
  });

  it('gives a statement written as text alone the usual way it is gained and evidenced', () => {
    expect(areaCompetencies('ADD', 2, 'desirable', usual, ['Health literacy.'])[0]).toMatchObject({
      text: 'Health literacy.',
      ...usual,
    });
  });

  it('keeps what a statement gives of its own, the usual way for the rest', () => {
    const [c] = areaCompetencies('MOD', 1, 'essential', usual, [
      { text: 'Universal model of personalised care.', evidencedBy: 'Completion certificate.' },
    ]);
    expect(c).toMatchObject({ gainedThrough: usual.gainedThrough, evidencedBy: 'Completion certificate.' });
  });

  it('leaves a part empty when neither the statement nor the usual way gives it, as the framework does', () => {
    const [c] = areaCompetencies('SUP', 3, 'supervisor', { gainedThrough: '' }, [
      { text: 'Supervisors must be Tier 3.', evidencedBy: 'Tier 3 practitioner.' },
    ]);
    expect(c).toMatchObject({ gainedThrough: '', evidencedBy: 'Tier 3 practitioner.' });
    expect(areaCompetencies('GEN', 1, 'essential', {}, ['lone working'])[0]).toMatchObject({
      gainedThrough: '',
      evidencedBy: '',
    });
  });

  it('counts past nine with two digits', () => {
    const list = areaCompetencies(
      'GEN',
      1,
      'essential',
      usual,
      Array.from({ length: 12 }, (_, i) => `item ${i}`),
    );
    expect(list.map((c) => c.code).slice(8, 10)).toEqual(['GEN-09', 'GEN-10']);
    expect(list[11].code).toBe('GEN-12');
  });
});
