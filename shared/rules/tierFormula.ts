/**
 * Native formulas that mirror tier.ts and hoursToNextTier.ts beside them. Each function gives
 * formula text WITHOUT the leading "=" so it can sit inside a larger formula; the arguments
 * are expressions (cell references or constants) of the sheet that uses them.
 */
import { TIER_THRESHOLDS } from './tier';

/** The cells a tier formula reads. */
export interface TierCells {
  /** NHS coaching hours. */
  hours: string;
  /** A condition that is TRUE when PCI training is done, e.g. `K2<>""`. */
  pciTrained: string;
  /** The evidenced tier; a blank cell means no evidence cap. */
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
 * Tier of practice (docs/rules.md §1): 0 without PCI training; else by hours, capped at
 * `max(evidenced tier, 1)` when an evidenced tier is given.
 *
 * @example
 * tierFormula({ hours: 'O2', pciTrained: 'K2<>""', evidencedTier: 'J2' });
 */
export function tierFormula(c: TierCells): string {
  const byHours = tierByHoursFormula(c.hours);
  return `IF(${c.pciTrained},IF(${c.evidencedTier}="",${byHours},MIN(${byHours},MAX(${c.evidencedTier},1))),0)`;
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
