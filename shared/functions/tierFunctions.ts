import { canSupervise } from '../rules/supervision/canSupervise';
import { hoursToNextTier } from '../rules/tiers/hoursToNextTier';
import { tier } from '../rules/tiers/tier';
import type { FunctionSpec } from './types';

/** HWBC_TIER: tier of practice from hours, training and evidence (docs/rules.md §1). */
export const TIER: FunctionSpec = {
  name: 'TIER',
  help: 'Tier of practice (0–4) from NHS coaching hours, PCI training and the highest evidenced tier. Tier 2 and above also need competency evidence: pass the evidenced tier (1 while none is agreed) to apply it.',
  params: [
    { name: 'hours', help: 'NHS coaching hours with clients to date', type: 'hours' },
    {
      name: 'pci_trained',
      help: 'PCI-accredited four-day training completed (default TRUE)',
      type: 'boolean',
      optional: true,
    },
    {
      name: 'evidenced_tier',
      help: 'Highest tier with competency evidence agreed with a supervisor; 1 while none is agreed (left out: no cap, the tier by hours)',
      type: 'tier',
      optional: true,
    },
  ],
  result: 'number',
  rule: 'tier',
  example: [250, true, 2],
  run: (a) => tier(a.hours as number, (a.pci_trained as boolean | null) ?? true, a.evidenced_tier as number | null),
};

/** HWBC_NEXT_TIER_HOURS: hours still needed for the next tier. */
export const NEXT_TIER_HOURS: FunctionSpec = {
  name: 'NEXT_TIER_HOURS',
  help: 'NHS coaching hours still needed to reach the next tier; 0 at Tier 4.',
  params: [{ name: 'hours', help: 'NHS coaching hours with clients to date', type: 'hours' }],
  result: 'number',
  rule: 'hoursToNextTier',
  example: [120],
  run: (a) => hoursToNextTier(a.hours as number),
};

/** HWBC_CAN_SUPERVISE: the two numeric standards for giving health coaching supervision. */
export const CAN_SUPERVISE: FunctionSpec = {
  name: 'CAN_SUPERVISE',
  help: 'TRUE when someone may give health coaching supervision: Tier 3 or above and at least 50 caseload hours in the last 12 months.',
  params: [
    { name: 'tier', help: 'Their tier of practice (0–4)', type: 'tier' },
    { name: 'caseload_hours_last_12_months', help: 'Caseload hours in the previous 12 months', type: 'hours' },
  ],
  result: 'boolean',
  rule: 'canSupervise',
  example: [3, 64],
  run: (a) => canSupervise(a.tier as number, a.caseload_hours_last_12_months as number),
};
