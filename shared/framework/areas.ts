// The seven competency areas of the health and wellbeing coach competency framework.
// Transcribed from NHS England publication B1570, Appendix 2 (§1–§6 and the general capabilities
// of §1); titles, codes, tiers and kinds as in the docs/rules.md §5 table.

import type { Area } from './competencyTypes';

/**
 * The competency areas, in framework order: areas 1–6, then the general capabilities
 * (mandatory training), which the framework does not number.
 *
 * @example AREAS.find((a) => a.code === 'ADD')?.kind // 'desirable'
 */
export const AREAS: readonly Area[] = [
  { code: 'PRO', number: 1, title: 'Professional competencies', fromTier: 1, kind: 'essential' },
  {
    code: 'COM',
    number: 2,
    title: 'Communication and enabling skills',
    fromTier: 1,
    kind: 'essential',
  },
  { code: 'MOD', number: 3, title: 'Models and frameworks', fromTier: 1, kind: 'essential' },
  { code: 'GRP', number: 4, title: 'Group work', fromTier: 2, kind: 'essential' },
  {
    code: 'ADD',
    number: 5,
    title: 'Additional models and approaches',
    fromTier: 2,
    kind: 'desirable',
  },
  {
    code: 'SUP',
    number: 6,
    title: 'Supervisor minimum standards',
    fromTier: 3,
    kind: 'supervisor',
  },
  {
    code: 'GEN',
    number: null,
    title: 'General capabilities (mandatory training)',
    fromTier: 1,
    kind: 'essential',
  },
];
