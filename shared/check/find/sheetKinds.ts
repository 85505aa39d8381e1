/**
 * How the check tells one kind of sheet from another: the template's own sheet names, the
 * columns each kind must have, and words in a sheet's name that hint at its kind.
 */
import { SupervisionType } from '../../rules/supervision/supervisionType';
import type { SheetKind } from '../types';

/**
 * The template's sheets (issue 5 names them exactly), by lower-case name.
 *
 * @example
 * TEMPLATE_SHEET_KINDS['hours log']; // 'hoursLog'
 */
export const TEMPLATE_SHEET_KINDS: Readonly<Record<string, SheetKind>> = {
  coaches: 'coaches',
  'hours log': 'hoursLog',
  caseload: 'caseload',
  'supervision log': 'supervisionLog',
  'evidence log': 'evidenceLog',
  training: 'training',
  'cpd log': 'cpdLog',
};

/**
 * The template's settings sheet: as-of date and policy intervals, read by label.
 *
 * @example
 * sheet.name.trim().toLowerCase() === SETTINGS_SHEET_NAME; // the Settings sheet
 */
export const SETTINGS_SHEET_NAME = 'settings';

/**
 * Template sheets that are never data: Settings is read on its own, and Competencies is the
 * framework itself (its "Code" and "Coach ID" columns would otherwise pass for an evidence log).
 *
 * @example
 * NOT_DATA_SHEETS.has('competencies'); // true
 */
export const NOT_DATA_SHEETS: ReadonlySet<string> = new Set([SETTINGS_SHEET_NAME, 'competencies']);

const COACH_FACTS = [
  'startDate',
  'wte',
  'hoursPerWeek',
  'pci',
  'induction',
  'mandatory',
  'hours',
  'evidencedTier',
  'claimedTier',
  'lineManager',
  'clinicalSupervisor',
  'coachingSupervisor',
  'lastLine',
  'lastClinical',
  'lastCoaching',
  'lastAppraisal',
  'pdpAgreed',
  'probationEnd',
];

/**
 * The columns a sheet needs to be read as a kind: every group must have one of its fields.
 * A list of coaches needs a name (or ID) and at least one fact about the coach; a log needs
 * to say whose row it is and when.
 *
 * @example
 * REQUIRED_FIELDS.hoursLog; // [['coach'], ['date'], ['minutes', 'hours']]
 */
export const REQUIRED_FIELDS: Readonly<Record<SheetKind, readonly (readonly string[])[]>> = {
  coaches: [['name', 'id'], COACH_FACTS],
  hoursLog: [['coach'], ['date'], ['minutes', 'hours']],
  caseload: [
    ['client'],
    ['coach'],
    ['sessions', 'sinceReview', 'lastReview', 'referralDate', 'status', 'firstSession'],
  ],
  supervisionLog: [['coach'], ['date'], ['type', 'supervisor', 'format']],
  evidenceLog: [['coach'], ['code']],
  training: [['coach'], ['item'], ['completedOn', 'required']],
  cpdLog: [['coach'], ['date'], ['activity', 'reflection', 'cpdType']],
};

/**
 * Words in a sheet's name that make a kind more likely (a tie-breaker, never enough alone).
 *
 * @example
 * NAME_HINTS.caseload.test('Clients 2026'); // true
 */
export const NAME_HINTS: Readonly<Record<SheetKind, RegExp>> = {
  coaches: /coaches|team|staff|roster|hwbcs/i,
  hoursLog: /hours|sessions|activity|diary|contacts/i,
  caseload: /caseload|clients|referrals/i,
  supervisionLog: /supervision|line management|\bhcs\b/i,
  evidenceLog: /evidence|portfolio/i,
  training: /training|induction/i,
  cpdLog: /\bcpd\b|professional development|learning log/i,
};

/**
 * The supervision type a sheet's name implies, for a log kept one sheet per type
 * ("Clinical supervision", "Line management log").
 *
 * @example
 * typeFromSheetName('Clinical supervision 2026'); // 'clinical'
 * typeFromSheetName('Supervision log');           // null
 */
export function typeFromSheetName(name: string): SupervisionType | null {
  const n = name.toLowerCase();
  if (/\bclinical\b/.test(n)) return 'clinical';
  if (/\bline\b|\bmanagement\b|\blm\b/.test(n)) return 'line';
  if (/\bcoaching\b|\bhcs\b/.test(n)) return 'coaching';
  return null;
}
