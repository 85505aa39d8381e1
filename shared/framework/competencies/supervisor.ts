// Area 6, minimum standards for health coaching supervisors (SUP-01…SUP-08).
// Transcribed from NHS England publication B1570 (Workforce development framework for health and
// wellbeing coaches), Appendix 2 §6 "Supervision" (health coaching supervision).

import { areaCompetencies } from '../areaCompetencies';
import type { Competency } from '../competencyTypes';

/**
 * Area 6, minimum standards for health coaching supervisors (SUP-01…SUP-08), in the order the framework lists them.
 *
 * Mapping: text is each "Health coaching supervision statement:" (label removed); evidencedBy is
 * the "Minimum standard:" that follows it (label removed), since that is what the supervisor has
 * to show; the source gives no "Gained through", so gainedThrough is ''.
 * SUP-01 (Tier 3 practitioner) and SUP-02 (50 caseload hours in the previous 12 months) are the
 * two numeric standards; SUP-03…SUP-08 are documents.
 * Transcription notes:
 * - SUP-07's minimum standard has no "Minimum standard:" label in the source; the sentence after
 *   the statement is taken as its minimum standard.
 * - Wording as printed, including "per year in current previous 12 months" (SUP-02) and the
 *   missing full stop at the end of SUP-08's minimum standard.
 * - The section's introductory sentences (monthly supervision, peer learning networks, DES
 *   requirements) are not standards and are not entries.
 *
 * @example supervisorStandards()[0].evidencedBy // 'Tier 3 practitioner.'
 */
export function supervisorStandards(): Competency[] {
  return areaCompetencies(
    'SUP',
    3,
    'supervisor',
    {
      gainedThrough: '',
    },
    [
      {
        text: 'Health coaching supervisors must be able to demonstrate significant experience in application of health coaching skills within the NHS.',
        evidencedBy: 'Tier 3 practitioner.',
      },
      {
        text: 'Health coaching supervisors must be able to demonstrate they recently have carried a client/patient caseload.',
        evidencedBy: 'Minimum 50 hours per year in current previous 12 months.',
      },
      {
        text: 'Health coaching supervisors must be able to demonstrate experience of providing health coaching or similar (e.g. clinical) supervision in a variety of formats (e.g., face to face, 1:1 and group formats) in a variety of settings (including face to face and online environments).',
        evidencedBy:
          'Provide examples of health coaching supervision undertaken either as part of a contract or part of a supervision training apprenticeship.',
      },
      {
        text: 'Health coaching supervisors must be able to demonstrate that they receive regular supervision from an experienced supervisor as part of their practice and ongoing professional development.',
        evidencedBy:
          'Provide records and name of health coaching supervisor. Statement from their health coaching supervisor, signed off by their health coaching supervisor. Their health coaching supervisor should have a higher level of experience.',
      },
      {
        text: 'Health coaching supervisors must be able to demonstrate a capacity for self-regulation and to practise safely and effectively.',
        evidencedBy: 'Statement from their health coaching supervisor, signed off by their supervisor.',
      },
      {
        text: 'Health coaching supervisors must be able to demonstrate that they are experienced in the application of relevant health coaching supervision models/theoretical frameworks and how to adapt approaches depending on the work, needs and developmental stage of the supervisee.',
        evidencedBy:
          'Statement of professional practice incorporating explanation of the models they use and how they adapt to circumstances.',
      },
      {
        text: 'Health coaching supervisors must be able to demonstrate an awareness of the values, beliefs and assumptions which underpin their work.',
        evidencedBy: 'Statement of professional values, including alignment with NHS values.',
      },
      {
        text: 'Health coaching supervisors must be able to show evidence of health coaching supervision training or equivalent experience.',
        evidencedBy: 'Evidence of training or statement of equivalent experience',
      },
    ],
  );
}
