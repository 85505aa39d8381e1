import { competencyTable } from '../framework/competencyTable';
import { SNOMED_CT } from '../framework/values';
import type { AreaCode } from '../framework/competencyTypes';
import type { FunctionSpec } from './types';

/** HWBC_COMPETENCIES: the competency framework as a table (docs/rules.md §5). */
export const COMPETENCIES: FunctionSpec = {
  name: 'COMPETENCIES',
  help: 'The competency framework as a table with a header row, optionally one area and the rows that apply at a tier.',
  params: [
    {
      name: 'area',
      help: 'Area code: PRO, COM, MOD, GRP, ADD, SUP or GEN (default all)',
      type: 'area',
      optional: true,
    },
    { name: 'tier', help: 'Keep only the rows that apply at this tier (0–4)', type: 'tier', optional: true },
  ],
  result: 'table',
  rule: 'COMPETENCIES',
  example: ['GRP'],
  run: (a) => competencyTable(a.area as AreaCode | null, a.tier as number | null),
};

/** HWBC_SNOMED: the SNOMED CT concept for recording health coaching activity (§9.1). */
export const SNOMED: FunctionSpec = {
  name: 'SNOMED',
  help: `The SNOMED CT concept id for "${SNOMED_CT.term}", as text, for recording activity.`,
  params: [],
  result: 'text',
  rule: 'SNOMED_CT',
  example: [],
  run: () => SNOMED_CT.code,
};
