/**
 * The tier a workbook shows (docs/rules.md §1). In a workbook the evidenced tier is a record, and a
 * blank one means no evidence agreed, so the tier shown is at most Tier 1 until a supervisor
 * has agreed evidence: the framework asks for "200 hours … and evidence of level of
 * competency" (§8.2). A workbook with no evidence column at all shows the tier by hours only,
 * and says so. `tier()` keeps its calculator meaning; this file is what sheets and the check use.
 */
import { tier, type Tier } from './tier';

/**
 * What the evidenced tier records: a tier (1–4), `null` for a blank cell (no evidence agreed
 * yet) or `'no column'` when the sheet has nowhere to record it.
 *
 * @example
 * const e: EvidencedTier = null; // blank: no evidence agreed yet
 */
export type EvidencedTier = number | null | 'no column';

/**
 * A coach's tier as the workbook shows it, what the hours alone would give, and what holds the
 * coach back: PCI training, competency evidence, or nothing but hours.
 *
 * @example
 * const s: TierInWorkbook = { tier: 1, byHours: 2, heldBackBy: 'evidence', byHoursOnly: false, evidencedTier: null };
 */
export interface TierInWorkbook {
  tier: Tier;
  /** The tier the hours reach with PCI training and no evidence cap. */
  byHours: Tier;
  /** Why the next tier is not reached though the hours are there; null when only hours are missing. */
  heldBackBy: 'PCI training' | 'evidence' | null;
  /** The sheet has no evidence column: the tier is by hours only. */
  byHoursOnly: boolean;
  evidencedTier: number | null;
}

/**
 * The tier a workbook shows: 0 without PCI training; else by hours, capped at the evidenced
 * tier (never below 1); a blank evidenced tier caps at Tier 1; no evidence column, no cap.
 *
 * @example
 * tierInWorkbook(265, true, null).tier;        // 1, held back by evidence
 * tierInWorkbook(265, true, 'no column').tier; // 2, by hours only
 * tierInWorkbook(620, true, 2).tier;           // 2
 * tierInWorkbook(80, false, 3).heldBackBy;     // 'PCI training'
 */
export function tierInWorkbook(hours: number, pciTrained: boolean, evidenced: EvidencedTier): TierInWorkbook {
  const byHours = tier(hours);
  const byHoursOnly = evidenced === 'no column';
  // An evidenced tier below 1 agrees nothing (Tier 1 needs no evidence); a fraction counts whole.
  const evidencedTier = byHoursOnly || evidenced === null || evidenced < 1 ? null : Math.floor(evidenced);
  if (!pciTrained) {
    return { tier: 0, byHours, heldBackBy: byHours >= 1 ? 'PCI training' : null, byHoursOnly, evidencedTier };
  }
  const shown = byHoursOnly ? byHours : tier(hours, true, evidencedTier ?? 1);
  return { tier: shown, byHours, heldBackBy: byHours > shown ? 'evidence' : null, byHoursOnly, evidencedTier };
}
