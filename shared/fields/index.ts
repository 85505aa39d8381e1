/**
 * The field registry: one definition per field of every kind of sheet (see registry.ts).
 */
import { FIELDS, type SheetKind } from './registry';

export * from './fieldDefinition';
export * from './registry';
export type { CoachField } from './coachFields';
export { FORMATS, YES_NO } from './commonFields';
export { SESSION_KINDS, ATTENDANCE } from './hoursLogFields';
export { SUPERVISION_FORMATS } from './supervisionLogFields';
export { REFERRAL_SOURCES, CLIENT_STATUSES } from './caseloadFields';
export { CHECKLISTS } from './trainingFields';
export { CPD_TYPES } from './cpdLogFields';
export { EXPIRY_COLUMNS } from './coachDevelopmentFields';
export { SUPERVISION_FOCUS } from './supervisionLogFields';

/**
 * The kinds of sheet, in the order the check tries them.
 *
 * @example
 * SHEET_KINDS[0]; // 'coaches'
 */
export const SHEET_KINDS = Object.keys(FIELDS) as SheetKind[];
export type { ReadKey, SettingKey } from './settingFields';
export { ROWS_READ_CELLS, SETTINGS_IN_USE_ROW } from './settingFields';
