/**
 * A supervision type's three Coaches columns: the last session (read), and the due date and
 * status (the template works them out). The template heads them with SUPERVISION_LABELS
 * ("Clinical last"); practices write "Last CS" or "Last clinical supervision".
 */
import { SUPERVISION_LABELS, type SupervisionType } from '../rules/supervision/supervisionType';
import { FORMATS } from './commonFields';
import type { FieldDefinition } from './fieldDefinition';

/** The key suffix of each supervision type ('lastClinical'). */
type Suffix = 'Line' | 'Clinical' | 'Coaching';

const LABELS: Readonly<Record<SupervisionType, string>> = {
  line: 'line management',
  clinical: 'clinical supervision',
  coaching: 'health coaching supervision',
};

/**
 * The last, due and status fields of one supervision type, keyed `last…`, `due…`, `status…`.
 *
 * @example
 * supervisionFields('clinical', 'Clinical', ['clinical supervision', 'cs']).lastClinical.synonyms[0]; // 'clinical last'
 */
export function supervisionFields<S extends Suffix>(
  type: SupervisionType,
  suffix: S,
  words: readonly string[],
): Record<`last${S}` | `due${S}` | `status${S}`, FieldDefinition> {
  const header = SUPERVISION_LABELS[type];
  const label = header.toLowerCase();
  const all = [label, ...words];
  const name = LABELS[type];
  const fields: Record<string, FieldDefinition> = {
    [`last${suffix}`]: {
      label: `Last ${name}`,
      synonyms: [`${label} last`, ...all.flatMap((w) => [`last ${w}`, `${w} last`]), words[0]],
      read: 'date',
      column: {
        header: `${header} last`,
        width: 13,
        numberFormat: FORMATS.date,
        note: `Worked out: the latest ${label} session on the Supervision log up to the as-of date.`,
      },
    },
    [`due${suffix}`]: {
      label: `${name[0].toUpperCase()}${name.slice(1)} due`,
      synonyms: all.flatMap((w) => [`${w} due`, `next ${w}`, `${w} due date`]),
      read: 'computed',
      column: {
        header: `${header} due`,
        width: 13,
        numberFormat: FORMATS.date,
        note: 'Worked out: the last session (or the start date) plus the interval on Settings.',
      },
    },
    [`status${suffix}`]: {
      label: `${name[0].toUpperCase()}${name.slice(1)} status`,
      synonyms: all.map((w) => `${w} status`),
      read: 'computed',
      column: {
        header: `${header} status`,
        width: 11,
        note: 'Worked out on the as-of date: OK, Due soon or Overdue.',
      },
    },
  };
  return fields as Record<`last${S}` | `due${S}` | `status${S}`, FieldDefinition>;
}
