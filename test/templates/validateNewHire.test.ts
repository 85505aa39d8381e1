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

  it('reads numbers and dates as typed, trims text and keeps only the fields of the form', () => {
    const result = validateNewHire({
      ...hire,
      name: '  Hana Ito ',
      startDate: ' 2026-04-01 ',
      wte: 0.5,
      priorHours: ' 12.5 ',
      pciDate: '2026-03-10',
      extra: 'dropped',
    });
    expect(result).toEqual({
      ok: true,
      value: { ...hire, name: 'Hana Ito', startDate: '2026-04-01', wte: 0.5, priorHours: 12.5, pciDate: '2026-03-10' },
    });
  });

  it('refuses numbers that are not amounts and says so beside the field', () => {
    for (const priorHours of [Infinity, NaN, true, 'lots', -0.5])
      expect(validateNewHire({ ...hire, priorHours })).toEqual({
        ok: false,
        errors: { priorHours: NEW_HIRE_MESSAGES.priorHours },
      });
    expect(validateNewHire({ ...hire, startDate: 20260401 })).toEqual({
      ok: false,
      errors: { startDate: NEW_HIRE_MESSAGES.startDate },
    });
  });

  it('names every required field when the form is missing altogether', () => {
    for (const raw of [null, undefined, 'form'])
      expect(validateNewHire(raw)).toEqual({
        ok: false,
        errors: { name: NEW_HIRE_MESSAGES.name, id: NEW_HIRE_MESSAGES.id, startDate: NEW_HIRE_MESSAGES.startDate },
      });
  });
});
