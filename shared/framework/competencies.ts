// All 90 entries of the health and wellbeing coach competency framework, as data.
// Transcribed from NHS England publication B1570, Appendix 2 §1–§6; one file per area in
// ./competencies/, each with its own transcription notes.

import type { Competency } from './competencyTypes';
import { PROFESSIONAL_COMPETENCIES } from './competencies/professional';
import { COMMUNICATION_COMPETENCIES } from './competencies/communication';
import { MODELS_COMPETENCIES } from './competencies/models';
import { GROUP_WORK_COMPETENCIES } from './competencies/groupWork';
import { ADDITIONAL_COMPETENCIES } from './competencies/additional';
import { SUPERVISOR_STANDARDS } from './competencies/supervisor';
import { GENERAL_CAPABILITIES } from './competencies/general';

export {
  PROFESSIONAL_COMPETENCIES,
  COMMUNICATION_COMPETENCIES,
  MODELS_COMPETENCIES,
  GROUP_WORK_COMPETENCIES,
  ADDITIONAL_COMPETENCIES,
  SUPERVISOR_STANDARDS,
  GENERAL_CAPABILITIES,
};

/**
 * Every competency, area by area (PRO 10, COM 10, MOD 12, GRP 6, ADD 28, SUP 8, GEN 16 = 90),
 * each area in the order the framework lists it.
 *
 * @example COMPETENCIES.filter((c) => c.area === 'MOD').length // 12
 */
export const COMPETENCIES: readonly Competency[] = [
  ...PROFESSIONAL_COMPETENCIES,
  ...COMMUNICATION_COMPETENCIES,
  ...MODELS_COMPETENCIES,
  ...GROUP_WORK_COMPETENCIES,
  ...ADDITIONAL_COMPETENCIES,
  ...SUPERVISOR_STANDARDS,
  ...GENERAL_CAPABILITIES,
];
