// docs/rules.md §4: ready for referrals when PCI training, setting induction and mandatory
// training (at least safeguarding, and confidentiality and information governance) are all
// completed, with a date recorded.
import { MANDATORY_TRAINING } from '../../framework/training';
import { missingTraining, readyForReferrals, TrainingRecord } from './readiness';

describe('readyForReferrals', () => {
  it('is ready when all three are completed', () => {
    expect(
      readyForReferrals({ pciTraining: '2026-01-10', induction: '2026-01-20', mandatoryTraining: '2026-01-15' }),
    ).toEqual({ ready: true, missing: [] });
    expect(readyForReferrals({ pciTraining: true, induction: true, mandatoryTraining: true }).ready).toBe(true);
  });

  it('lists what is missing, in the framework order', () => {
    expect(readyForReferrals({ pciTraining: null, induction: undefined, mandatoryTraining: '' })).toEqual({
      ready: false,
      missing: ['PCI training', 'Setting induction', 'Mandatory training'],
    });
    expect(readyForReferrals({ pciTraining: '2026-01-10', induction: false, mandatoryTraining: true }).missing).toEqual(
      ['Setting induction'],
    );
  });

  it.each(['No', 'FALSE', ' n ', '   '])('does not count %p as completed', (answer) => {
    expect(readyForReferrals({ pciTraining: answer, induction: true, mandatoryTraining: true }).missing).toEqual([
      'PCI training',
    ]);
  });

  it('counts a yes as completed', () => {
    expect(readyForReferrals({ pciTraining: 'Yes', induction: 'yes', mandatoryTraining: 'TRUE' }).ready).toBe(true);
  });
});

describe('missingTraining', () => {
  const checklist = (completedOn: (title: string, required: boolean) => string | null): TrainingRecord[] =>
    MANDATORY_TRAINING.map((m) => ({
      title: m.title,
      required: m.required,
      completedOn: completedOn(m.title, m.required),
    }));

  it('is empty when every required line is completed', () => {
    expect(missingTraining(checklist((_t, required) => (required ? '2026-01-05' : null)))).toEqual([]);
  });

  it('lists required lines not completed', () => {
    const records = checklist((t) => (t.startsWith('safeguarding') ? '2026-01-05' : null));
    expect(missingTraining(records)).toEqual(['confidentiality and information governance']);
  });

  it('requires safeguarding and confidentiality even when the checklist marks them optional', () => {
    const records: TrainingRecord[] = [
      { title: 'Safeguarding adults level 2', required: false, completedOn: null },
      { title: 'Confidentiality and IG', required: false, completedOn: '2026-01-05' },
      { title: 'basic first aid', required: false, completedOn: null },
    ];
    expect(missingTraining(records)).toEqual(['Safeguarding adults level 2']);
  });

  it('requires safeguarding and confidentiality even when the checklist has no line for them', () => {
    const required = MANDATORY_TRAINING.filter((m) => m.required).map((m) => m.title);
    expect(missingTraining([])).toEqual(required);
    expect(missingTraining([{ title: 'basic first aid', required: false, completedOn: null }])).toEqual(required);
  });

  it('lists other required lines the checklist marks', () => {
    const records = checklist(() => '2026-01-05');
    records.push({ title: 'Local lone working policy', required: true, completedOn: 'no' });
    expect(missingTraining(records)).toEqual(['Local lone working policy']);
  });
});
