// All 90 entries of the health and wellbeing coach competency framework, as data.
// Transcribed from NHS England publication B1570, Appendix 2 §1–§6; one file per area in
// ./competencies/, each with its own transcription notes. They are built once, by
// frameworkCompetencies.ts; this module holds them as constants for the code that reads them
// whole (templates, the check), while the custom functions' table asks frameworkCompetencies()
// only when it is called, so loading the functions builds nothing.

import type { AreaCode, Competency } from './competencyTypes';
import { frameworkCompetencies } from './frameworkCompetencies';

/**
 * Every competency, area by area (PRO 10, COM 10, MOD 12, GRP 6, ADD 28, SUP 8, GEN 16 = 90),
 * each area in the order the framework lists it.
 *
 * @example COMPETENCIES.filter((c) => c.area === 'MOD').length // 12
 */
export const COMPETENCIES: readonly Competency[] = frameworkCompetencies();

const inArea = (area: AreaCode): readonly Competency[] => COMPETENCIES.filter((c) => c.area === area);

/** Area 1, professional competencies (PRO-01…PRO-10). @example PROFESSIONAL_COMPETENCIES[0].code // 'PRO-01' */
export const PROFESSIONAL_COMPETENCIES = inArea('PRO');
/** Area 2, communication and enabling skills (COM-01…COM-10). @example COMMUNICATION_COMPETENCIES.length // 10 */
export const COMMUNICATION_COMPETENCIES = inArea('COM');
/** Area 3, models and frameworks (MOD-01…MOD-12). @example MODELS_COMPETENCIES[11].code // 'MOD-12' */
export const MODELS_COMPETENCIES = inArea('MOD');
/** Area 4, group work (GRP-01…GRP-06). @example GROUP_WORK_COMPETENCIES[0].fromTier // 2 */
export const GROUP_WORK_COMPETENCIES = inArea('GRP');
/** Area 5, additional models and approaches (ADD-01…ADD-28). @example ADDITIONAL_COMPETENCIES[13].text // 'Patient activation.' */
export const ADDITIONAL_COMPETENCIES = inArea('ADD');
/** Area 6, supervisor minimum standards (SUP-01…SUP-08). @example SUPERVISOR_STANDARDS[0].evidencedBy // 'Tier 3 practitioner.' */
export const SUPERVISOR_STANDARDS = inArea('SUP');
/** General capabilities, mandatory training (GEN-01…GEN-16). @example GENERAL_CAPABILITIES[0].text // 'safeguarding for children and adults' */
export const GENERAL_CAPABILITIES = inArea('GEN');
