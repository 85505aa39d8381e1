/**
 * The Training sheet: one row a checklist item for a coach. Each field once, in the order
 * the check tries them; `TRAINING_TEMPLATE_ORDER` is the order of the template's columns.
 */
import { COACH_FIELD, FORMATS, NOTES_FIELD, YES_NO } from './commonFields';
import type { FieldDefinition } from './fieldDefinition';

/**
 * The three checklists, as the Training sheet names them.
 *
 * @example
 * CHECKLISTS.pci; // 'PCI training'
 */
export const CHECKLISTS = { pci: 'PCI training', induction: 'Induction', mandatory: 'Mandatory training' } as const;

/**
 * Every field of a training sheet.
 *
 * @example
 * TRAINING_FIELDS.completedOn.column?.header; // 'Completed on'
 */
export const TRAINING_FIELDS = {
  coach: COACH_FIELD,
  checklist: {
    label: 'Checklist (PCI, induction or mandatory)',
    synonyms: ['checklist', 'category', 'training type'],
    read: 'list',
    column: { header: 'Checklist', width: 18, list: Object.values(CHECKLISTS) },
  },
  item: {
    label: 'Training item',
    synonyms: ['item', 'training', 'course', 'training item', 'checklist item'],
    read: 'text',
    weight: 2,
    column: { header: 'Item', width: 60 },
  },
  required: {
    label: 'Required',
    synonyms: ['required', 'mandatory', 'needed'],
    read: 'yesNo',
    weight: 1.5,
    column: {
      header: 'Required',
      width: 9,
      list: YES_NO,
      note: 'Yes when this coach needs it before taking referrals. Safeguarding and confidentiality are always required.',
    },
  },
  completedOn: {
    label: 'Completed on',
    synonyms: ['completed on', 'completed', 'date completed', 'completion date'],
    read: 'date',
    weight: 2,
    column: {
      header: 'Completed on',
      width: 13,
      numberFormat: FORMATS.date,
      note: 'The date it was completed (a later date is planned, not done), or Yes/Done. Other words such as "booked" do not count.',
    },
  },
  notes: NOTES_FIELD,
  code: {
    label: 'Item code',
    synonyms: ['code', 'item code'],
    read: 'text',
    weight: 0.5,
    column: { header: 'Code', width: 8 },
  },
  // Renewals (docs/rules.md §7): how long a mandatory line stays in date, and when it lapses.
  refresherMonths: {
    label: 'Refresher period (months)',
    synonyms: ['refresher months', 'refresher period months', 'renew every months'],
    read: 'whole',
    column: {
      header: 'Refresher (months)',
      width: 10,
      numberFormat: FORMATS.whole,
      note: "Mandatory training only. Blank uses the Settings sheet's period for this kind of item (information governance and first aid yearly, the rest every three years); type a number of months to change it for this line.",
    },
  },
  expires: {
    label: 'Expires',
    synonyms: ['expires', 'expiry', 'expiry date', 'expires on', 'renewal due', 'valid until', 'renew by'],
    read: 'date',
    weight: 1.5,
    column: {
      header: 'Expires',
      width: 13,
      numberFormat: FORMATS.date,
      note: 'Worked out: the completion date plus the refresher period. PCI training and induction never lapse.',
    },
  },
  status: {
    label: 'Training status',
    synonyms: ['status', 'training status'],
    read: 'computed',
    column: {
      header: 'Status',
      width: 13,
      note: 'Worked out: Done, Due soon (lapses within the warning days), Expired, Outstanding (required, not done) or Not required.',
    },
  },
} satisfies Record<string, FieldDefinition>;

/**
 * The template's Training columns, left to right.
 *
 * @example
 * TRAINING_TEMPLATE_ORDER[2]; // 'code'
 */
export const TRAINING_TEMPLATE_ORDER = [
  'coach',
  'checklist',
  'code',
  'item',
  'required',
  'completedOn',
  'notes',
  'refresherMonths',
  'expires',
  'status',
] as const satisfies readonly (keyof typeof TRAINING_FIELDS)[];
