/**
 * The new-hire form's fields, in the order a practice manager fills them in, and the view of
 * what was added. The rules for each field live in validateNewHire (shared/templates), which
 * the workbook side runs again, so the form and the sheet never disagree.
 */
import type { NewHireDetails, NewHireResult } from '../../shared/api';
import { el } from '../dom';
import type { FieldOptions } from '../fields';

export type Key = keyof NewHireDetails;

/** A problem message per field. */
export type NewHireErrors = Partial<Record<Key, string>>;

/** The coach's own details. */
export const DETAILS: readonly (FieldOptions & { name: Key })[] = [
  { name: 'name', label: 'Name', required: true, attrs: { autocomplete: 'off' } },
  { name: 'id', label: 'Coach ID', required: true, hint: 'Letters, numbers and - _ . / only, such as HWBC-008.' },
  { name: 'organisation', label: 'Organisation', hint: 'The practice or PCN that employs the coach.' },
  { name: 'startDate', label: 'Start date', type: 'date', required: true },
  {
    name: 'wte',
    label: 'WTE',
    hint: '0.6 or 60% for three days a week; blank for full time.',
    attrs: { inputmode: 'decimal' },
  },
  { name: 'pciDate', label: 'PCI training completed on', type: 'date', hint: 'Leave blank if not done yet.' },
  { name: 'priorHours', label: 'Prior NHS coaching hours', hint: 'Blank for none.', attrs: { inputmode: 'decimal' } },
];

/** The three people who supervise the coach. */
export const SUPERVISORS: readonly (FieldOptions & { name: Key })[] = [
  { name: 'lineManager', label: 'Line manager' },
  { name: 'clinicalSupervisor', label: 'Clinical supervisor' },
  { name: 'coachingSupervisor', label: 'Health coaching supervisor', hint: 'Must be at Tier 3 or above.' },
];

/**
 * Field problems carried by an error the workbook side threw (NewHireError: an ID already
 * taken), or null for any other error. Only fields the form has are kept.
 *
 * @example
 * fieldErrors(new NewHireError({ id: 'HWBC-1 is already on the Coaches sheet (row 4).' })); // { id: '…' }
 */
export function fieldErrors(e: unknown): NewHireErrors | null {
  const errors = e && typeof e === 'object' && 'errors' in e ? (e as { errors: unknown }).errors : null;
  if (!errors || typeof errors !== 'object') return null;
  const names = new Set<string>([...DETAILS, ...SUPERVISORS].map((f) => f.name));
  const known = Object.entries(errors).filter(([k, v]) => names.has(k) && typeof v === 'string');
  return known.length ? (Object.fromEntries(known) as NewHireErrors) : null;
}

/**
 * What was added, and anything left out with why.
 *
 * @example
 * hireResult('Hana Ito', { added: ['Coaches row 9'], skipped: [] });
 */
export function hireResult(name: string, result: NewHireResult): HTMLElement {
  return el(
    'div',
    { class: 'hwbc-result', 'data-result': 'newHire' },
    el('h3', {}, `Added ${name}`),
    el('ul', { class: 'hwbc-list', 'data-list': 'added' }, ...result.added.map((s) => el('li', {}, s))),
    ...(result.skipped.length
      ? [
          el('h3', {}, 'Not added'),
          el('ul', { class: 'hwbc-list' }, ...result.skipped.map((s) => el('li', {}, `${s.sheet}: ${s.reason}`))),
        ]
      : []),
  );
}
