/**
 * Native formulas that mirror tier.ts and hoursToNextTier.ts beside them. Each function gives
 * formula text WITHOUT the leading "=" so it can sit inside a larger formula; the arguments
 * are expressions (cell references or constants) of the sheet that uses them.
 */
import { TIER_THRESHOLDS } from './tier';
import { WORKING_TOWARDS_TIER_1 } from './tierWords';

/** The cells a tier formula reads. */
export interface TierCells {
  /** NHS coaching hours. */
  hours: string;
  /** A condition that is TRUE when PCI training is done, e.g. `K2<>""`. */
  pciTrained: string;
  /** The evidenced tier; a blank cell means no evidence agreed yet (at most Tier 1). */
  evidencedTier: string;
}

/**
 * The tier from hours alone, as nested IFs from the highest threshold down.
 *
 * @example
 * tierByHoursFormula('O2'); // 'IF(O2>=1000,4,IF(O2>=500,3,IF(O2>=200,2,IF(O2>=50,1,0))))'
 */
export function tierByHoursFormula(hours: string): string {
  // Built from the lowest threshold outwards, so the highest is tested first.
  return TIER_THRESHOLDS.reduce((inner, t) => `IF(${hours}>=${t.hours},${t.tier},${inner})`, '0');
}

/**
 * The evidenced tier, 0 when blank or not a tier: a tier typed as text ("2") counts, as the
 * check reads it; anything but a whole number from 0 to 4 (the check reports it) agrees none.
 *
 * @example
 * evidencedTierFormula('J2'); // 'IFERROR(IF(AND(VALUE(TRIM(J2&""))>=0,…),VALUE(TRIM(J2&"")),0),0)'
 */
export function evidencedTierFormula(evidencedTier: string): string {
  const v = `VALUE(TRIM(${evidencedTier}&""))`;
  return `IFERROR(IF(AND(${v}>=0,${v}<=4,${v}=INT(${v})),${v},0),0)`;
}

/**
 * Tier of practice as a workbook shows it (docs/rules.md §1, tierInWorkbook.ts): 0 without PCI
 * training; else by hours, capped at `max(evidenced tier, 1)`, so a blank evidenced tier (no
 * evidence agreed yet) holds the coach at Tier 1 at most.
 *
 * @example
 * tierFormula({ hours: 'O2', pciTrained: 'K2<>""', evidencedTier: 'J2' });
 * // 'IF(K2<>"",MIN(IF(O2>=1000,4,…),MAX(IFERROR(INT(VALUE(TRIM(J2&""))),0),1)),0)'
 */
export function tierFormula(c: TierCells): string {
  return `IF(${c.pciTrained},MIN(${tierByHoursFormula(c.hours)},MAX(${evidencedTierFormula(c.evidencedTier)},1)),0)`;
}

/**
 * The tier in words, as tierWords.ts writes it: "Working towards Tier 1" for 0, and what holds
 * a tier back ("Tier 1 (Tier 2 by hours; no evidence agreed yet)"). `tier` is the cell holding
 * tierFormula.
 *
 * @example
 * tierWordsFormula({ hours: 'O2', pciTrained: 'K2<>""', evidencedTier: 'J2', tier: 'P2' });
 */
export function tierWordsFormula(c: TierCells & { tier: string }): string {
  const byHours = tierByHoursFormula(c.hours);
  const evidenced = evidencedTierFormula(c.evidencedTier);
  const agreed = `IF(${evidenced}<1,"no evidence agreed yet","evidence agreed for Tier "&${evidenced})`;
  return (
    `IF(${c.tier}=0,"${WORKING_TOWARDS_TIER_1}",IF(${byHours}>${c.tier},` +
    `"Tier "&${c.tier}&" (Tier "&${byHours}&" by hours; "&${agreed}&")","Tier "&${c.tier}))`
  );
}

/**
 * What the next tier needs, as nextTierNeeds writes it: "PCI training needed" when the hours
 * reach Tier 1 without it, "Evidence for Tier N needed" when the hours reach a tier the
 * evidence does not, else the hours still to go (hoursToNextTierFormula).
 *
 * @example
 * nextTierNeedsFormula({ hours: 'O2', pciTrained: 'K2<>""', evidencedTier: 'J2', tier: 'P2' });
 */
export function nextTierNeedsFormula(c: TierCells & { tier: string }): string {
  const byHours = tierByHoursFormula(c.hours);
  return (
    `IF(NOT(${c.pciTrained}),IF(${byHours}>=1,"PCI training needed",${hoursToNextTierFormula(c.hours)}),` +
    `IF(${byHours}>${c.tier},"Evidence for Tier "&(${c.tier}+1)&" needed",${hoursToNextTierFormula(c.hours)}))`
  );
}

/**
 * Hours still needed for the next tier by hours alone; 0 at Tier 4. Like the rule, the gap
 * is rounded to six decimals unless rounding would make it 0 below Tier 4.
 *
 * @example
 * hoursToNextTierFormula('O2'); // 'IF(O2<50,IF(ROUND(50-O2,6)>0,ROUND(50-O2,6),50-O2),IF(O2<200,…,0))'
 */
export function hoursToNextTierFormula(hours: string): string {
  return [...TIER_THRESHOLDS].reverse().reduce((inner, t) => {
    const gap = `${t.hours}-${hours}`;
    return `IF(${hours}<${t.hours},IF(ROUND(${gap},6)>0,ROUND(${gap},6),${gap}),${inner})`;
  }, '0');
}
