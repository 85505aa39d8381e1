/**
 * Native formulas that mirror supervisionInterval.ts, supervisionDue.ts and
 * supervisionStatus.ts beside them, for the template sheets. Formula text without the
 * leading "="; arguments are expressions. EDATE adds calendar months and clamps to the
 * month's end exactly as the rules' addMonths does (31 Jan + 1 month = 28 Feb), in Excel,
 * Google Sheets and LibreOffice alike.
 */
import { DEFAULT_POLICY } from './policy';
import type { OverridablePolicyKey } from './policyFormula';
import type { SupervisionType } from './supervisionType';

/**
 * Where each policy value a workbook may override is read from (Settings cells, or
 * constants). The 12-month longest gap is fixed (docs/rules.md §2), so the formulas hold it.
 */
export type PolicyCells = Readonly<Record<OverridablePolicyKey, string>>;

/** The cells a supervision formula reads. */
export interface SupervisionCells {
  /** Date of the last session of this type; blank when there is none. */
  last: string;
  /** The coach's start date. */
  start: string;
  /** Whole-time equivalent; blank means 1. */
  wte: string;
  policy: PolicyCells;
}

/** The docs/rules.md §2 tolerance, so 3 / 0.3 floors to 10, not 9. */
const TOLERANCE = '0.000000001';

function wte(c: SupervisionCells): string {
  return `IF(${c.wte}="",1,${c.wte})`;
}

/**
 * What a due date (and so its status) shows when the WTE is not a number in (0, 1]: the
 * rules reject such a WTE for every supervision type (docs/rules.md §2).
 *
 * @example
 * CHECK_WTE; // 'Check WTE'
 */
export const CHECK_WTE = 'Check WTE';

/** TRUE when the WTE is a number in (0, 1], as the rules require; text never compares. */
function wteIsValid(c: SupervisionCells): string {
  return `IF(ISNUMBER(${wte(c)}),AND(${wte(c)}>0,${wte(c)}<=1),FALSE)`;
}

function proRata(months: string, c: SupervisionCells): string {
  return `MIN(${DEFAULT_POLICY.clinicalMaxMonths},INT(${months}/${wte(c)}+${TOLERANCE}))`;
}

/**
 * Months from the base date to the due date: monthly for line management and health coaching,
 * `min(12, floor(3 / wte))` for clinical supervision.
 *
 * @example
 * supervisionIntervalFormula('clinical', cells); // 'MIN(12,INT(Settings!$F$4/IF(E2="",1,E2)+0.000000001))'
 */
export function supervisionIntervalFormula(type: SupervisionType, c: SupervisionCells): string {
  if (type === 'line') return c.policy.lineMonths;
  if (type === 'coaching') return c.policy.coachingMonths;
  return proRata(c.policy.clinicalDueMonths, c);
}

/**
 * The base date: the last session, else the start date.
 *
 * @example
 * supervisionBaseFormula(cells); // 'IF(R2="",D2,R2)'
 */
export function supervisionBaseFormula(c: SupervisionCells): string {
  return `IF(${c.last}="",${c.start},${c.last})`;
}

/**
 * The due date: base date plus the interval; blank when both dates are blank. Every type needs
 * a valid WTE (blank means 1), as supervisionInterval does even for the monthly types, which
 * are not pro rata; otherwise the cell says "Check WTE".
 *
 * @example
 * supervisionDueFormula('line', cells);
 * // 'IF(AND(R2="",D2=""),"",IF(IF(ISNUMBER(IF(E2="",1,E2)),…,FALSE),EDATE(IF(R2="",D2,R2),Settings!$D$4),"Check WTE"))'
 */
export function supervisionDueFormula(type: SupervisionType, c: SupervisionCells): string {
  const due = `EDATE(${supervisionBaseFormula(c)},${supervisionIntervalFormula(type, c)})`;
  return `IF(AND(${c.last}="",${c.start}=""),"",IF(${wteIsValid(c)},${due},"${CHECK_WTE}"))`;
}

/**
 * The status on the as-of date: Overdue after the due date, Due soon from `dueSoonDays`
 * before it (and for clinical supervision from the window opening), else OK. `due` is the
 * cell holding supervisionDueFormula; a text there ("Check WTE") is passed on, as the rule
 * throws for such a WTE.
 *
 * @example
 * supervisionStatusFormula('line', { ...cells, due: 'S2', asOf: 'Settings!$C$4' });
 */
export function supervisionStatusFormula(
  type: SupervisionType,
  c: SupervisionCells & { due: string; asOf: string },
): string {
  const window =
    type === 'clinical'
      ? `IF(${c.asOf}>=EDATE(${supervisionBaseFormula(c)},${proRata(c.policy.clinicalWindowMonths, c)}),"Due soon","OK")`
      : '"OK"';
  return (
    `IF(${c.due}="","",IF(ISTEXT(${c.due}),${c.due},IF(${c.asOf}>${c.due},"Overdue",` +
    `IF(${c.asOf}>=${c.due}-${c.policy.dueSoonDays},"Due soon",${window}))))`
  );
}
