/**
 * Checks the new-hire form before anything is written, with the same readers the rules use
 * (readDate, readNumber), so the form accepts what a cell would: "60%" for a WTE, 15/03/2026
 * for a date. Each problem is keyed by field, to be shown beside it.
 */
import type { NewHireDetails } from '../shared/api';
import { readDate, readNumber, type IsoDate } from '../shared/values';

/** The form as typed: every field is text. */
export type NewHireForm = Record<keyof NewHireDetails, string>;

export type NewHireErrors = Partial<Record<keyof NewHireDetails, string>>;

export type Validated = { ok: true; details: NewHireDetails } | { ok: false; errors: NewHireErrors };

const CTX = { timeZone: 'Europe/London', dateSystem: '1900' as const };

function date(text: string, today: IsoDate): IsoDate | null | undefined {
  try {
    return readDate('date', text, { ...CTX, today });
  } catch {
    return undefined;
  }
}

function wteMessage(text: string): string {
  const n = Number(text.replace('%', '').trim());
  const hours = Number.isFinite(n) && n > 1 && n <= 37.5 && !text.includes('%');
  return hours
    ? `Enter the WTE as a fraction between 0 and 1, such as 0.6 or 60%. If ${text} is hours a week, that is ${(n / 37.5).toFixed(2)} (hours ÷ 37.5).`
    : 'Enter the WTE as a fraction between 0 and 1, such as 0.6, or a percentage such as 60%. It cannot be 0.';
}

/**
 * Validates the form; on success gives the details to send, trimmed and typed.
 *
 * @example
 * validateNewHireForm({ ...form, wte: '30' }, '2026-04-01'); // { ok: false, errors: { wte: 'Enter the WTE …' } }
 */
export function validateNewHireForm(form: NewHireForm, today: IsoDate): Validated {
  const f = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v.trim()])) as NewHireForm;
  const errors: NewHireErrors = {};
  if (!f.name) errors.name = "Enter the coach's name.";
  if (!f.id) errors.id = 'Enter a coach ID, such as HWBC-07. It links the coach to their rows in the logs.';
  const start = date(f.startDate, today);
  if (!f.startDate) errors.startDate = 'Enter the start date, such as 2026-04-01 or 01/04/2026.';
  else if (!start) errors.startDate = `"${f.startDate}" is not a date. Enter it as 2026-04-01 or 01/04/2026.`;
  let wte: number | null = null;
  try {
    wte = readNumber('wte', f.wte, { expected: 'wte', min: 0, minExclusive: true, max: 1, percent: true });
  } catch {
    errors.wte = wteMessage(f.wte);
  }
  if (!f.wte) errors.wte = 'Enter the WTE, such as 1 for full time or 0.6 (60%) for three days a week.';
  const pci = f.pciDate ? date(f.pciDate, today) : null;
  if (pci === undefined) errors.pciDate = `"${f.pciDate}" is not a date. Enter it as 2026-04-01, or leave it blank.`;
  else if (pci !== null && pci > today)
    errors.pciDate =
      'The PCI training date is after today. Enter the date it was completed, or leave it blank until then.';
  let priorHours: number | null = null;
  try {
    priorHours = readNumber('hours', f.priorHours, { expected: 'hours', min: 0 });
  } catch {
    errors.priorHours = `Enter prior NHS coaching hours as a number of 0 or more, such as 120, or leave it blank for none.`;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const details: NewHireDetails = {
    name: f.name,
    id: f.id,
    organisation: f.organisation,
    startDate: start as IsoDate,
    wte: wte as number,
    pciDate: pci ?? null,
    priorHours: priorHours ?? 0,
    lineManager: f.lineManager,
    clinicalSupervisor: f.clinicalSupervisor,
    coachingSupervisor: f.coachingSupervisor,
  };
  return { ok: true, details };
}
