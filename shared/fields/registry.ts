/**
 * The field registry: every field the check reads or a template writes, defined once, by
 * kind of sheet. The check's header table (shared/check/find/headerSynonyms.ts), the pane's
 * field labels (shared/check/find/fieldLabels.ts) and the template sheets' columns
 * (shared/templates/fieldColumns.ts) are views of it. To add a field, add its definition to
 * its kind's table here (and its key to the template order when the template writes it).
 */
import { CASELOAD_FIELDS, CASELOAD_TEMPLATE_ORDER } from './caseloadFields';
import { COACH_FIELDS, COACHES_TEMPLATE_ORDER } from './coachFields';
import { EVIDENCE_LOG_FIELDS, EVIDENCE_LOG_TEMPLATE_ORDER } from './evidenceLogFields';
import type { FieldDefinition, FieldTable } from './fieldDefinition';
import { HOURS_LOG_FIELDS, HOURS_LOG_TEMPLATE_ORDER } from './hoursLogFields';
import { SUPERVISION_LOG_FIELDS, SUPERVISION_LOG_TEMPLATE_ORDER } from './supervisionLogFields';
import { TRAINING_FIELDS, TRAINING_TEMPLATE_ORDER } from './trainingFields';

/**
 * Every field of every kind of sheet.
 *
 * @example
 * FIELDS.hoursLog.attendance.label; // 'Attendance'
 */
export const FIELDS = {
  coaches: COACH_FIELDS,
  hoursLog: HOURS_LOG_FIELDS,
  caseload: CASELOAD_FIELDS,
  supervisionLog: SUPERVISION_LOG_FIELDS,
  evidenceLog: EVIDENCE_LOG_FIELDS,
  training: TRAINING_FIELDS,
} as const satisfies Record<string, FieldTable>;

/**
 * A kind of sheet the check reads.
 *
 * @example
 * const kind: SheetKind = 'hoursLog';
 */
export type SheetKind = keyof typeof FIELDS;

/**
 * A field of one kind of sheet (of any kind when none is given): a misspelt key does not
 * compile.
 *
 * @example
 * const field: FieldKey<'coaches'> = 'tier2SignOffDate';
 */
export type FieldKey<K extends SheetKind = SheetKind> = K extends SheetKind ? keyof (typeof FIELDS)[K] & string : never;

/**
 * Each kind's template columns, left to right, by field key.
 *
 * @example
 * TEMPLATE_ORDER.coaches[0]; // 'id'
 */
export const TEMPLATE_ORDER: { readonly [K in SheetKind]: readonly FieldKey<K>[] } = {
  coaches: COACHES_TEMPLATE_ORDER,
  hoursLog: HOURS_LOG_TEMPLATE_ORDER,
  caseload: CASELOAD_TEMPLATE_ORDER,
  supervisionLog: SUPERVISION_LOG_TEMPLATE_ORDER,
  evidenceLog: EVIDENCE_LOG_TEMPLATE_ORDER,
  training: TRAINING_TEMPLATE_ORDER,
};

/**
 * One field's definition.
 *
 * @example
 * fieldDefinition('coaches', 'wte').read; // 'number'
 */
export function fieldDefinition<K extends SheetKind>(kind: K, key: FieldKey<K>): FieldDefinition {
  return (FIELDS[kind] as FieldTable)[key];
}

/**
 * A kind's fields with their keys, in the order the check tries them.
 *
 * @example
 * fieldsOf('training').map((f) => f.key); // ['coach', 'checklist', 'item', …]
 */
export function fieldsOf<K extends SheetKind>(kind: K): { key: FieldKey<K>; definition: FieldDefinition }[] {
  return Object.entries(FIELDS[kind] as FieldTable).map(([key, definition]) => ({
    key: key as FieldKey<K>,
    definition,
  }));
}
