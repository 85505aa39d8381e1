import { DAY_LOAD, REVIEW_DUE } from './caseloadFunctions';
import { COMPETENCIES, SNOMED } from './frameworkFunctions';
import { SUPERVISION_DUE, SUPERVISION_STATUS } from './supervisionFunctions';
import { CAN_SUPERVISE, NEXT_TIER_HOURS, TIER } from './tierFunctions';
import type { FunctionSpec } from './types';

export * from './evaluate';
export * from './naming';
export * from './types';

/**
 * Every spreadsheet function, defined once. Excel metadata, Apps Script stubs, the task
 * pane's reference and the README's function list are all generated from this table.
 *
 * @example
 * FUNCTIONS.map((f) => f.name); // ['TIER', 'NEXT_TIER_HOURS', …]
 */
export const FUNCTIONS: readonly FunctionSpec[] = [
  TIER,
  NEXT_TIER_HOURS,
  SUPERVISION_DUE,
  SUPERVISION_STATUS,
  REVIEW_DUE,
  DAY_LOAD,
  CAN_SUPERVISE,
  COMPETENCIES,
  SNOMED,
];

/**
 * A function by its bare name ('TIER') or either spelling ('HWBC_TIER', 'HWBC.TIER').
 *
 * @example
 * findFunction('HWBC.TIER')?.name; // 'TIER'
 */
export function findFunction(name: string): FunctionSpec | undefined {
  const bare = name.toUpperCase().replace(/^HWBC[._]/, '');
  return FUNCTIONS.find((f) => f.name === bare);
}
