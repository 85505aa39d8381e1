/**
 * The Coaches sheet's training columns: when PCI training, induction and mandatory training
 * were completed (the template works them out from the Training sheet; a practice's own sheet
 * types a date, yes/no or "done"), and whether the coach is ready for referrals.
 */
import { FORMATS } from './commonFields';
import type { FieldDefinition } from './fieldDefinition';

/**
 * The coach's training fields, in the order the check tries them.
 *
 * @example
 * COACH_TRAINING_FIELDS.pci.column?.header; // 'PCI training completed'
 */
export const COACH_TRAINING_FIELDS = {
  pci: {
    label: 'PCI training completed',
    synonyms: ['pci training', 'pci training completed', 'pci', 'pci trained', 'pci date'],
    read: 'date',
    column: {
      header: 'PCI training completed',
      width: 13,
      numberFormat: FORMATS.date,
      note: 'Worked out from the Training sheet: the date PCI-accredited four-day training was completed.',
    },
  },
  induction: {
    label: 'Setting induction completed',
    synonyms: ['induction', 'induction completed', 'setting induction', 'induction date'],
    read: 'date',
    column: {
      header: 'Induction completed',
      width: 13,
      numberFormat: FORMATS.date,
      note: 'Worked out from the Training sheet: when every required induction item was done.',
    },
  },
  mandatory: {
    label: 'Mandatory training complete',
    synonyms: ['mandatory training', 'mandatory training complete', 'stat and mand', 'statutory and mandatory'],
    read: 'date',
    column: {
      header: 'Mandatory training complete',
      width: 13,
      numberFormat: FORMATS.date,
      note: 'Worked out from the Training sheet: when every required mandatory item, including safeguarding and confidentiality, was done.',
    },
  },
} satisfies Record<string, FieldDefinition>;

/**
 * Ready for referrals: the template works it out; the check works it out itself.
 *
 * @example
 * READY_FIELD.ready.read; // 'computed'
 */
export const READY_FIELD = {
  ready: {
    label: 'Ready for referrals',
    synonyms: ['ready for referrals', 'ready'],
    read: 'computed',
    column: {
      header: 'Ready for referrals',
      width: 10,
      note: 'Worked out: Yes once PCI training, induction and mandatory training are all complete.',
    },
  },
} satisfies Record<string, FieldDefinition>;
