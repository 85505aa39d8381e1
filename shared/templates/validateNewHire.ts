/**
 * Checking the new-hire form field by field, so the pane can show a plain message beside each
 * field. Whether the ID is already on the Coaches sheet needs the workbook: addNewHire checks it.
 *
 * Plain checks, not a zod schema: the Sheets sidebar's page runs this as the user types, and
 * zod's core would be most of that page's download for ten simple fields. zod stays where its
 * strength is needed, on the mapping saved inside the workbook (check/find/savedMapping.ts).
 */
import type { NewHireDetails } from '../api';
import { isIsoDate } from '../values/dates/calendarDate';

/**
 * The messages shown beside the form's fields.
 *
 * @example
 * NEW_HIRE_MESSAGES.idTaken('HWBC-003', 4); // 'HWBC-003 is already on the Coaches sheet (row 4). …'
 */
export const NEW_HIRE_MESSAGES = {
  name: "Enter the coach's name.",
  id: 'Enter an ID made of letters, numbers and - _ . / only, such as HWBC-008 (the sheets match coaches by it).',
  idTaken: (id: string, row: number) => `${id} is already on the Coaches sheet (row ${row}). Choose another ID.`,
  startDate: 'Enter the start date as a date, such as 2026-04-01.',
  pciDate: 'Enter the date PCI training was completed, such as 2026-03-10, or leave it blank.',
  wte: 'Enter the WTE as a fraction between 0 and 1, such as 0.6, or a percentage such as 60%; for hours a week divide by 37.5.',
  priorHours: 'Enter prior NHS coaching hours as a number of 0 or more, or leave it blank for 0.',
} as const;

const blankToNull = (v: unknown) => (v === null || v === undefined || String(v).trim() === '' ? null : v);

/** One field's reading: its cleaned value, or the message shown beside it. */
type Read<T> = { value: T } | { error: string };

/** Text fields: trimmed, and blank when left empty. */
const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

const isoDate = (v: unknown, message: string): Read<string> => {
  const s = typeof v === 'string' ? v.trim() : v;
  return isIsoDate(s) ? { value: s } : { error: message };
};

/** A number the form accepts: finite (so not NaN or Infinity) and within the field's range. */
const numberIn = (v: unknown, inRange: (n: number) => boolean, message: string): Read<number> =>
  typeof v === 'number' && Number.isFinite(v) && inRange(v) ? { value: v } : { error: message };

function wte(v: unknown): unknown {
  const raw = blankToNull(v);
  if (raw === null) return 1;
  const s = String(raw).trim();
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(s);
  return percent ? Number(percent[1]) / 100 : /^\d*\.?\d+$/.test(s) ? Number(s) : NaN;
}

const priorHours = (v: unknown): unknown =>
  blankToNull(v) === null ? 0 : typeof v === 'string' && /^\s*\d*\.?\d+\s*$/.test(v) ? Number(v) : v;

/** Each field read from the form's raw values, in the form's order. */
function readFields(raw: Record<string, unknown>): { [K in keyof NewHireDetails]: Read<NewHireDetails[K]> } {
  const name = text(raw.name);
  const id = text(raw.id);
  return {
    name: name.length > 0 ? { value: name } : { error: NEW_HIRE_MESSAGES.name },
    id: /^[A-Za-z0-9][A-Za-z0-9 ._/-]{0,39}$/.test(id) ? { value: id } : { error: NEW_HIRE_MESSAGES.id },
    organisation: { value: text(raw.organisation) },
    startDate: isoDate(raw.startDate, NEW_HIRE_MESSAGES.startDate),
    wte: numberIn(wte(raw.wte), (n) => n > 0 && n <= 1, NEW_HIRE_MESSAGES.wte),
    pciDate: blankToNull(raw.pciDate) === null ? { value: null } : isoDate(raw.pciDate, NEW_HIRE_MESSAGES.pciDate),
    priorHours: numberIn(priorHours(raw.priorHours), (n) => n >= 0, NEW_HIRE_MESSAGES.priorHours),
    lineManager: { value: text(raw.lineManager) },
    clinicalSupervisor: { value: text(raw.clinicalSupervisor) },
    coachingSupervisor: { value: text(raw.coachingSupervisor) },
  };
}

/** The answer: the cleaned details, or a message per field that needs fixing. */
export type NewHireValidation =
  { ok: true; value: NewHireDetails } | { ok: false; errors: Partial<Record<keyof NewHireDetails, string>> };

/**
 * Checks the new-hire form. Blank WTE means full time, blank prior hours 0, blank PCI date none.
 *
 * @example
 * validateNewHire({ name: 'Hana Ito', id: 'HWBC-008', startDate: '2026-04-01', wte: '60%' });
 * // { ok: true, value: { …, wte: 0.6, priorHours: 0, pciDate: null } }
 * validateNewHire({ name: '', id: 'HWBC-008', startDate: '1/4/26', wte: 2 }).errors;
 * // { name: "Enter the coach's name.", startDate: 'Enter the start date …', wte: 'Enter the WTE …' }
 */
export function validateNewHire(raw: unknown): NewHireValidation {
  const fields = readFields(raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {});
  const value: Record<string, unknown> = {};
  const errors: Partial<Record<keyof NewHireDetails, string>> = {};
  for (const [field, read] of Object.entries(fields) as [keyof NewHireDetails, Read<unknown>][]) {
    if ('error' in read) errors[field] = read.error;
    else value[field] = read.value;
  }
  return Object.keys(errors).length > 0
    ? { ok: false, errors }
    : { ok: true, value: value as unknown as NewHireDetails };
}
