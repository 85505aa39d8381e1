/**
 * Checking the new-hire form field by field, so the pane can show a plain message beside each
 * field. Whether the ID is already on the Coaches sheet needs the workbook: addNewHire checks it.
 */
import type { NewHireDetails } from '../api';
import { isIsoDate } from '../values/dates/calendarDate';
import * as z from '../values/zod';

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

/** zod/mini has no preprocess: a transform piped into the schema does the same. */
const preprocess = <T extends z.ZodMiniType>(fn: (v: unknown) => unknown, schema: T) => z.pipe(z.transform(fn), schema);
const blankToNull = (v: unknown) => (v === null || v === undefined || String(v).trim() === '' ? null : v);

function wte(v: unknown): unknown {
  const raw = blankToNull(v);
  if (raw === null) return 1;
  const s = String(raw).trim();
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(s);
  return percent ? Number(percent[1]) / 100 : /^\d*\.?\d+$/.test(s) ? Number(s) : NaN;
}

/** The form's schema, made when a form is first checked (not when the pane or a script loads). */
const schema = z.lazySchema(() => {
  const text = preprocess((v) => (v === null || v === undefined ? '' : String(v).trim()), z.string());
  const isoDate = (message: string) =>
    preprocess(
      (v) => (typeof v === 'string' ? v.trim() : v),
      z.string({ error: message }).check(z.refine(isIsoDate, { error: message })),
    );
  return z.object({
    name: z.pipe(text, z.string().check(z.minLength(1, { error: NEW_HIRE_MESSAGES.name }))),
    id: z.pipe(text, z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9 ._/-]{0,39}$/, { error: NEW_HIRE_MESSAGES.id }))),
    organisation: text,
    startDate: isoDate(NEW_HIRE_MESSAGES.startDate),
    wte: preprocess(
      wte,
      z
        .number({ error: NEW_HIRE_MESSAGES.wte })
        .check(z.gt(0, { error: NEW_HIRE_MESSAGES.wte }), z.lte(1, { error: NEW_HIRE_MESSAGES.wte })),
    ),
    pciDate: preprocess(blankToNull, z.nullable(isoDate(NEW_HIRE_MESSAGES.pciDate))),
    priorHours: preprocess(
      (v) => (blankToNull(v) === null ? 0 : typeof v === 'string' && /^\s*\d*\.?\d+\s*$/.test(v) ? Number(v) : v),
      // zod's number already refuses Infinity and NaN.
      z.number({ error: NEW_HIRE_MESSAGES.priorHours }).check(z.gte(0, { error: NEW_HIRE_MESSAGES.priorHours })),
    ),
    lineManager: text,
    clinicalSupervisor: text,
    coachingSupervisor: text,
  });
});

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
  const result = schema().safeParse(raw ?? {});
  if (result.success) return { ok: true, value: result.data as NewHireDetails };
  const errors: Partial<Record<keyof NewHireDetails, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof NewHireDetails;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
