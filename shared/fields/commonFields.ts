/**
 * Fields that several kinds of sheet share (whose row it is, when, for how long, notes), and
 * the formats and choices the template columns use. Each kind's table spreads them in.
 */
import type { FieldDefinition } from './fieldDefinition';

/**
 * Number formats of the template's columns.
 *
 * @example
 * FORMATS.date; // 'dd mmm yyyy'
 */
export const FORMATS = { date: 'dd mmm yyyy', whole: '0', hours: '0.0', twoPlaces: '0.00' } as const;

/**
 * The yes/no drop-down.
 *
 * @example
 * YES_NO; // ['Yes', 'No']
 */
export const YES_NO = ['Yes', 'No'] as const;

/**
 * The coach a log row belongs to, as the template writes it (their ID) or a practice does.
 *
 * @example
 * COACH_FIELD.synonyms.includes('coach id'); // true
 */
export const COACH_FIELD: FieldDefinition = {
  label: 'Coach (name or ID)',
  synonyms: ['coach', 'coach id', 'coach name', 'hwbc', 'health coach', 'staff', 'staff member', 'name'],
  read: 'text',
  column: { header: 'Coach ID', width: 11 },
};

/**
 * The day a log row happened.
 *
 * @example
 * DATE_FIELD.column?.header; // 'Date'
 */
export const DATE_FIELD: FieldDefinition = {
  label: 'Date',
  synonyms: ['date', 'session date', 'date of session', 'when'],
  read: 'date',
  column: { header: 'Date', width: 13, numberFormat: FORMATS.date },
};

/**
 * How long, in minutes.
 *
 * @example
 * MINUTES_FIELD.column?.header; // 'Minutes'
 */
export const MINUTES_FIELD: FieldDefinition = {
  label: 'Minutes',
  synonyms: ['minutes', 'duration minutes', 'mins', 'length minutes', 'duration', 'time spent minutes'],
  read: 'number',
  column: { header: 'Minutes', width: 9, numberFormat: FORMATS.whole },
};

/**
 * How long, in hours.
 *
 * @example
 * HOURS_FIELD.synonyms[0]; // 'hours'
 */
export const HOURS_FIELD: FieldDefinition = {
  label: 'Hours',
  synonyms: ['hours', 'duration hours', 'hrs', 'time spent hours'],
  read: 'number',
};

/**
 * The pseudonymous client reference.
 *
 * @example
 * CLIENT_FIELD.column?.header; // 'Client ref'
 */
export const CLIENT_FIELD: FieldDefinition = {
  label: 'Client reference',
  synonyms: ['client reference', 'client ref', 'client', 'client id', 'patient', 'patient id', 'pseudonym'],
  read: 'text',
  weight: 1.5,
  column: { header: 'Client ref', width: 11 },
};

/**
 * Free-text notes (weak evidence of a sheet's kind: every kind has them).
 *
 * @example
 * NOTES_FIELD.weight; // 0.5
 */
export const NOTES_FIELD: FieldDefinition = {
  label: 'Notes',
  synonyms: ['notes', 'comments', 'note'],
  read: 'text',
  weight: 0.5,
  column: { header: 'Notes', width: 30 },
};

/**
 * A shared field whose template column carries a note of its own on this sheet.
 *
 * @example
 * withNote(COACH_FIELD, 'As on the Coaches sheet.').column?.note; // 'As on the Coaches sheet.'
 */
export function withNote(field: FieldDefinition, note: string): FieldDefinition {
  return { ...field, column: field.column && { ...field.column, note } };
}
