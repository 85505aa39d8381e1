/**
 * A native formula that mirrors supervisionType.ts beside it: the names a supervision log
 * may use for each type (any case, spaces collapsed, as TRIM does in every spreadsheet)
 * become the type's sheet label, so the Coaches sheet finds sessions typed as "LM" or "HCS".
 */
import { SUPERVISION_LABELS, SUPERVISION_NAMES, type SupervisionType } from './supervisionType';

/**
 * What the Supervision log shows for a type it does not know.
 *
 * @example
 * NOT_RECOGNISED; // 'Not recognised'
 */
export const NOT_RECOGNISED = 'Not recognised';

/**
 * The label of the supervision type named in `cell`, "Not recognised", or blank.
 *
 * @example
 * supervisionTypeFormula('C2');
 * // 'IF(TRIM(C2)="","",IF(OR(LOWER(TRIM(C2))="line",…),"Line management",…))'
 */
export function supervisionTypeFormula(cell: string): string {
  const name = `LOWER(TRIM(${cell}))`;
  const types = Object.keys(SUPERVISION_NAMES) as SupervisionType[];
  const chain = types.reduceRight((inner, type) => {
    const tests = SUPERVISION_NAMES[type].map((n) => `${name}="${n}"`).join(',');
    return `IF(OR(${tests}),"${SUPERVISION_LABELS[type]}",${inner})`;
  }, `"${NOT_RECOGNISED}"`);
  return `IF(TRIM(${cell})="","",${chain})`;
}
