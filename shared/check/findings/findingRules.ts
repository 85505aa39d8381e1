/**
 * The check's rule ids and how serious each is. Ids are stable: the pane, the report and
 * anyone filtering JSON output can rely on them. "action" is something to do now, "warning"
 * something to look at soon, "note" something to know.
 */
import { shownText } from '../../values/cells/shownText';
import type { Finding, Severity } from '../types';

/**
 * Every rule id the check can report, with its usual severity.
 *
 * @example
 * RULE_SEVERITY['supervision.clinical.overdue']; // 'action'
 */
export const RULE_SEVERITY = {
  'tier.summary': 'note',
  'tier.tier2-signoff': 'action',
  'tier.tier2-signoff-own-organisation': 'action',
  'tier.tier2-signoff-organisation': 'warning',
  'contacts.clinical-supervisor': 'warning',
  'supervision.line.overdue': 'action',
  'supervision.clinical.overdue': 'action',
  'supervision.coaching.overdue': 'action',
  'supervision.line.due-soon': 'warning',
  'supervision.clinical.due-soon': 'warning',
  'supervision.coaching.due-soon': 'warning',
  'supervision.line.never': 'warning',
  'supervision.clinical.never': 'warning',
  'supervision.coaching.never': 'warning',
  'supervision.line.not-recorded': 'note',
  'supervision.clinical.not-recorded': 'note',
  'supervision.coaching.not-recorded': 'note',
  'supervision.coaching.under-one-hour': 'warning',
  'supervision.early-months': 'note',
  'supervisor.below-tier3': 'action',
  'supervisor.caseload-hours': 'warning',
  'appraisal.overdue': 'action',
  'appraisal.due-soon': 'warning',
  'pdp.missing': 'warning',
  'pdp.before-appraisal': 'warning',
  'training.expired': 'action',
  'training.due-soon': 'warning',
  'supervision.action-overdue': 'warning',
  'supervisor.by-hours-only': 'warning',
  'referrals.not-ready': 'action',
  'referrals.missing-training': 'note',
  'referrals.not-recorded': 'note',
  'caseload.review-due': 'warning',
  'caseload.day-over': 'warning',
  'evidence.gap': 'warning',
  'evidence.not-recorded': 'note',
  'evidence.self-reviewed': 'warning',
  'evidence.unexpected-type': 'note',
  'ig.nhs-number': 'action',
  'ig.person-name': 'action',
  'data.bad-value': 'warning',
  'data.undated-session': 'warning',
  'data.formula-rows': 'warning',
  'data.rows-read': 'warning',
  'data.client-spellings': 'warning',
  'data.coach-written-otherwise': 'warning',
  'data.answer-read-otherwise': 'warning',
  'data.unknown-coach': 'note',
  'data.duplicate-coach': 'note',
  'data.no-coaches': 'note',
  'report.name-taken': 'note',
} as const satisfies Record<string, Severity>;

/**
 * @example
 * const rule: RuleId = 'caseload.review-due';
 */
export type RuleId = keyof typeof RULE_SEVERITY;

/**
 * Where a finding points: a sheet, and a 1-based row and column letter when there is a cell.
 *
 * @example
 * const where: Where = { sheet: 'Coaches', row: 5, column: 'J' };
 */
export interface Where {
  sheet: string;
  row: number | null;
  column: string | null;
}

/**
 * The longest a finding's message may be (the longest the check writes, a list of every
 * competency code, is well under it).
 *
 * @example
 * finding(rule, where, null, 'x'.repeat(5000)).message.length; // MESSAGE_LENGTH
 */
export const MESSAGE_LENGTH = 2000;

/**
 * A finding with its rule's usual severity unless one is given.
 *
 * @example
 * finding('caseload.day-over', { sheet: 'Hours log', row: 12, column: 'A' }, 'Sam Jones', '7 sessions on 4 Mar 2026: …');
 * // { sheet: 'Hours log', row: 12, column: 'A', coach: 'Sam Jones', rule: 'caseload.day-over', severity: 'warning', message: … }
 */
export function finding(
  rule: RuleId,
  where: Where,
  coach: string | null,
  message: string,
  severity: Severity = RULE_SEVERITY[rule],
): Finding {
  // Names and values inside a message come from cells: made safe to show, and short enough
  // for a cell of the report (Sheets holds 50,000 characters) and a line of a terminal.
  const shown = shownText(message, MESSAGE_LENGTH);
  return { sheet: where.sheet, row: where.row, column: where.column, coach, rule, severity, message: shown };
}
