// Area 5, additional models and approaches (ADD-01…ADD-28), Tier 2 and above, desirable.
// Transcribed from NHS England publication B1570 (Workforce development framework for health and
// wellbeing coaches), Appendix 2 §5 "Additional models and approaches: Tier 2 and above".

import { areaCompetencies } from '../areaCompetencies';
import type { Competency } from '../competencyTypes';

/**
 * Area 5, additional models and approaches (ADD-01…ADD-28), Tier 2 and above, desirable, in the order the framework lists them.
 *
 * Transcription notes:
 * - The source lists 28 bullets with no per-item "Gained through"/"Evidenced by". The area's
 *   introduction says they are "Gained through eLearning and other mediums and evidenced in
 *   their portfolio"; that is copied to every item as 'eLearning and other mediums' / 'Portfolio'.
 * - The introduction also says "These sit in the desirable rather than essential", hence kind
 *   'desirable'.
 * - Item texts are as printed, including "health eating" (ADD-19) and "Trans theoretical"
 *   (ADD-23).
 *
 * @example ADDITIONAL_COMPETENCIES[13].text // 'Patient activation.'
 */
export const ADDITIONAL_COMPETENCIES: readonly Competency[] = areaCompetencies('ADD', 2, 'desirable', [
  {
    text: 'Local structures of health and social care services including an awareness of how primary care, community services, mental health services and secondary providers work in their locality, as well as how they are grouped (primary care networks, integrated care systems, social care and local authority) and voluntary sector.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Social determinants of health.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Health literacy.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Cultural awareness.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Social welfare awareness.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Awareness of supporting bereaved individuals.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Asset-based approaches.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Awareness of long-term conditions, learning disability and autism, drug, and substance misuse.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Social determinants of health assessment.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Carer awareness.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Prevention (primary, secondary, and tertiary).',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Multi-disciplinary team (MDT) working awareness.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Working with community groups awareness.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Patient activation.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Coproduction.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Making Every Contact Count (MECC).',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Person-centred measurement and outcomes.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Asset based community development.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Nutrition and weight management, health eating and physical activity awareness.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Working with volunteers.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Accessible Information Standard.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Working with veterans awareness.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Core models of behaviour change most commonly used in the NHS (COM-B, Trans theoretical model of change).',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Statutory and mandatory regulation and governance.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Personalised care in the remote and virtual environment.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Technology to support health and wellbeing.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Range of consultation models used by health care professionals.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Strategic co-production patient and public involvement.',
    gainedThrough: 'eLearning and other mediums',
    evidencedBy: 'Portfolio',
  },
]);
