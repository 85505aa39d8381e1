/**
 * The sheets whose formulas each finding reads. Google Sheets gives a formula's calculated
 * value with the values and its formulas only with a read of their own, so the check reads
 * formulas only of the kinds of sheet some finding here names (formulasNeeded.ts works the
 * list out from this table). Every rule id of RULE_SEVERITY is either here or among the
 * findings that read no formulas, so a new finding does not compile until it says which.
 * test/gas/checkReads.test.ts holds the check through Sheets to what it finds with every
 * formula read.
 */
import type { RuleId } from './findingRules';

/**
 * Where a finding may read formulas: the sheets the check reads rows from (`rows`), Settings,
 * the template's Monthly summary, and a sheet whose formulas read a Settings rows-read cell,
 * only while that cell holds no formula (`rows-read readers`, rowsReadFindings.ts).
 *
 * @example
 * const where: FormulaSheet = 'rows';
 */
export type FormulaSheet = 'rows' | 'settings' | 'monthly summary' | 'rows-read readers';

/**
 * Each kind of sheet, with the findings that read its formulas.
 *
 * @example
 * FORMULAS_READ['monthly summary']; // ['data.formula-rows']
 */
export const FORMULAS_READ = {
  rows: [
    // A tier the Coaches sheet works out with a formula is shown as the check works it out.
    'tier.tier2-signoff',
    'tier.tier2-signoff-own-organisation',
    'tier.tier2-signoff-organisation',
    // A formula's result is the sheet's own working, no typed patient detail.
    'ig.nhs-number',
    'ig.person-name',
    // A formula cell's bad value is its inputs' problem; a date worked out is not missing.
    'data.bad-value',
    'data.undated-session',
    // Records below a template sheet's per-row formulas.
    'data.formula-rows',
    // Only for a coach whose Coaches row works the tier out with a formula.
    'data.coach-written-otherwise',
    'data.answer-read-otherwise',
  ],
  settings: ['data.bad-value', 'data.rows-read'],
  // Its month formulas say how many coaches it covers.
  'monthly summary': ['data.formula-rows'],
  // A rows-read cell holding no formula, while the sheet reading it has formulas.
  'rows-read readers': ['data.rows-read'],
} as const satisfies Record<FormulaSheet, readonly RuleId[]>;

/**
 * The findings that read no formula at all: a type only, which costs the bundles nothing.
 */
type ReadsNoFormulas =
  | 'tier.summary'
  | 'contacts.clinical-supervisor'
  | `supervision.${'line' | 'clinical' | 'coaching'}.${'overdue' | 'due-soon' | 'never' | 'not-recorded'}`
  | 'supervision.coaching.under-one-hour'
  | 'supervision.early-months'
  | 'supervision.action-overdue'
  | `supervisor.${'below-tier3' | 'caseload-hours' | 'by-hours-only'}`
  | `appraisal.${'overdue' | 'due-soon'}`
  | `pdp.${'missing' | 'before-appraisal'}`
  | `training.${'expired' | 'due-soon'}`
  | `referrals.${'not-ready' | 'missing-training' | 'not-recorded'}`
  | `caseload.${'review-due' | 'day-over'}`
  | `evidence.${'gap' | 'not-recorded' | 'self-reviewed' | 'unexpected-type'}`
  | `data.${'client-spellings' | 'unknown-coach' | 'duplicate-coach' | 'no-coaches'}`
  | 'report.name-taken';

/** Compiles only for a type that is `never`; otherwise the error names what is left. */
type Nothing<T extends never> = T;

/**
 * Every rule has said whether it reads formulas: a rule in neither list fails to compile here,
 * with its id in the error ("Type '"new.rule"' does not satisfy the constraint 'never'").
 *
 * @example
 * type Ok = EveryRuleDeclared; // never
 */
export type EveryRuleDeclared = Nothing<
  Exclude<RuleId, ReadsNoFormulas | (typeof FORMULAS_READ)[FormulaSheet][number]>
>;

/**
 * And no name among the findings reading none is misspelt or left over from a rule removed.
 *
 * @example
 * type Ok = NoOtherName; // never
 */
export type NoOtherName = Nothing<Exclude<ReadsNoFormulas, RuleId>>;
