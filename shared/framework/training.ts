// Training needed before a health and wellbeing coach takes referrals: setting-specific induction,
// mandatory training and PCI-accredited health coaching training.
// Transcribed from NHS England publication B1570: §4.1 "Training and requirements prior to taking
// referrals" (induction examples, PCI training) and Appendix 2 §1 (general capabilities); the
// required minimum is docs/rules.md §4.

import { GENERAL_CAPABILITIES } from './competencies';

/**
 * The eight "Examples of useful induction/training" of §4.1 part 2, "Induction and training
 * specific to the setting", as printed.
 *
 * @example INDUCTION_ITEMS[1] // 'Training in relevant IT systems, templates, and recording interventions'
 */
export const INDUCTION_ITEMS: readonly string[] = [
  'Mandatory training, including safeguarding and confidentiality',
  'Training in relevant IT systems, templates, and recording interventions',
  'Learning about the service, or setting, to understand different roles in the MDT, new ways of working, and how they link to the health and wellbeing coach',
  'Information and introduction to the service, the team, partner organisations and the locality',
  'Learning about specific patient groups or pathways, for example people with long term conditions',
  'Priorities of the employing organisation, and how the role contributes to them',
  'Policy context of the role. Eg supporting the Network Contract DES, elective care, etc',
  'Expected outcomes and boundaries of the role',
];

/** Codes of the mandatory training every coach needs before taking referrals (docs/rules.md §4). */
const REQUIRED_BEFORE_REFERRALS: ReadonlySet<string> = new Set([
  'GEN-01', // safeguarding for children and adults
  'GEN-02', // confidentiality and information governance
]);

/**
 * The 16 general capabilities of Appendix 2 §1 as a mandatory training checklist, codes and
 * titles taken from GENERAL_CAPABILITIES (GEN-01…GEN-16). `required` is true only for the
 * minimum docs/rules.md §4 names before referrals: safeguarding (children and adults) and
 * confidentiality and information governance.
 *
 * @example MANDATORY_TRAINING[0] // { code: 'GEN-01', title: 'safeguarding for children and adults', required: true }
 */
export const MANDATORY_TRAINING: readonly { code: string; title: string; required: boolean }[] =
  GENERAL_CAPABILITIES.map((c) => ({
    code: c.code,
    title: c.text,
    required: REQUIRED_BEFORE_REFERRALS.has(c.code),
  }));

/**
 * The minimum training requirement before taking referrals (§4.1 part 1: "Four-day PCI
 * accredited health coaching training"; PCI is the Personalised Care Institute).
 *
 * @example `${PCI_TRAINING} completed` // 'PCI-accredited four-day health coaching training completed'
 */
export const PCI_TRAINING = 'PCI-accredited four-day health coaching training';
