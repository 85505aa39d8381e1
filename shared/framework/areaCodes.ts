import type { AreaCode } from './competencyTypes';

export type { AreaCode };

/**
 * The area codes of docs/rules.md §5, in the framework's order; a competency code starts with one.
 *
 * @example
 * AREA_CODES.includes('GRP'); // true
 */
export const AREA_CODES: readonly AreaCode[] = ['PRO', 'COM', 'MOD', 'GRP', 'ADD', 'SUP', 'GEN'];
