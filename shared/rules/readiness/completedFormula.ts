/**
 * A native formula that mirrors completed.ts beside it: TRUE when a completion cell counts as
 * done on the as-of date. Formula text without the leading "="; arguments are expressions.
 */
import { COMPLETED_WORDS } from './completed';
import { textDateFormula, tidyTextFormula } from './textDateFormula';

/**
 * TRUE when `cell` holds a date on or before `asOf`, TRUE, or one of the completed words (any
 * case, spaces trimmed). A date is a number of 1 or more: LibreOffice keeps FALSE as 0 and
 * ISNUMBER(FALSE) is TRUE there, so 0 must not pass as a date. A date typed as text
 * ("05/01/2026", "2026-01-05") is read as the check reads it (textDateFormula.ts). Other text is
 * compared whole after TRIM and LOWER, so "booked" and "tbc" are not done.
 *
 * @example
 * completedFormula('F2', 'Settings!$C$4');
 * // 'OR(AND(ISNUMBER(F2),N(F2)>=1,N(F2)<=Settings!$C$4),F2=TRUE,LOWER(TRIM(F2&""))="yes",…)'
 */
export function completedFormula(cell: string, asOf: string): string {
  const text = `LOWER(${tidyTextFormula(cell)})`;
  const words = COMPLETED_WORDS.map((w) => `${text}="${w}"`).join(',');
  const typedAsText = `IFERROR(${textDateFormula(cell)}<=${asOf},FALSE)`;
  return `OR(AND(ISNUMBER(${cell}),N(${cell})>=1,N(${cell})<=${asOf}),${cell}=TRUE,${words},${typedAsText})`;
}
