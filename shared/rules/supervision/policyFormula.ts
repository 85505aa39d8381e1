/**
 * A native formula that mirrors policyWith in policy.ts beside it: which value of a policy
 * setting is in use, the one typed in or the default. Formula text without the leading "=".
 */
import { DEFAULT_POLICY, type SupervisionPolicy } from './policy';
import { settingMaximum } from '../development/settingLimits';

/**
 * The settings a workbook may override (docs/rules.md §2 decision), each with the smallest whole
 * number policyWith takes: months from 1 (0 would make every session due the day it
 * happens), the warning in days from 0. The 12-month longest gap is fixed, so it is not here.
 *
 * @example
 * OVERRIDABLE_POLICY.dueSoonDays; // 0
 */
export const OVERRIDABLE_POLICY = {
  lineMonths: 1,
  coachingMonths: 1,
  clinicalDueMonths: 1,
  clinicalWindowMonths: 1,
  dueSoonDays: 0,
} as const satisfies Partial<Record<keyof SupervisionPolicy, number>>;

/** A policy setting a workbook may override. */
export type OverridablePolicyKey = keyof typeof OVERRIDABLE_POLICY;

/**
 * The value in use: the typed one when it is a whole number from the setting's minimum to its
 * maximum (settingLimits.ts, as the check reads it), else the default (a cell, or the default
 * itself when left out).
 *
 * @example
 * policyInUseFormula('lineMonths', 'D2', 'D3'); // 'IF(ISNUMBER(D2),IF(AND(D2>=1,D2<=120,D2=INT(D2)),D2,D3),D3)'
 * policyInUseFormula('dueSoonDays', 'H2');      // 'IF(ISNUMBER(H2),IF(AND(H2>=0,H2<=366,H2=INT(H2)),H2,7),7)'
 */
export function policyInUseFormula(
  key: OverridablePolicyKey,
  typed: string,
  fallback: string = String(DEFAULT_POLICY[key]),
): string {
  // Nested so INT never sees text (AND would evaluate it and fail).
  return `IF(ISNUMBER(${typed}),IF(AND(${typed}>=${OVERRIDABLE_POLICY[key]},${typed}<=${settingMaximum(key)},${typed}=INT(${typed})),${typed},${fallback}),${fallback})`;
}
