/** The new-hire form is checked field by field, with a plain message beside each field. */
import { NEW_HIRE_MESSAGES, validateNewHire } from '../../shared/templates';
import { HIRE } from '../fixtures/newHire';

const hire = HIRE;

describe('validateNewHire', () => {
  it('accepts a complete form, reading 60% as 0.6 and blanks as their defaults', () => {
    expect(validateNewHire({ ...hire, wte: '60%', priorHours: ' ', pciDate: '' })).toEqual({
      ok: true,
      value: { ...hire, wte: 0.6, priorHours: 0, pciDate: null },
    });
    expect(validateNewHire({ ...hire, wte: '' })).toMatchObject({ ok: true, value: { wte: 1 } });
  });

  it('says beside each field what is wrong with it', () => {
    const result = validateNewHire({
      name: ' ',
      id: 'HWBC 8*',
      startDate: '31/01/2026',
      wte: 60,
      pciDate: '2026-02-30',
      priorHours: -5,
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        name: NEW_HIRE_MESSAGES.name,
        id: NEW_HIRE_MESSAGES.id,
        startDate: NEW_HIRE_MESSAGES.startDate,
        wte: NEW_HIRE_MESSAGES.wte,
        pciDate: NEW_HIRE_MESSAGES.pciDate,
        priorHours: NEW_HIRE_MESSAGES.priorHours,
      },
    });
    for (const wte of [0, '0%', 'half', 1.2, '120%'])
      expect(validateNewHire({ ...hire, wte })).toMatchObject({ ok: false, errors: { wte: NEW_HIRE_MESSAGES.wte } });
  });
});
