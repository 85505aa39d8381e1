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
 * @example additionalCompetencies()[13].text // 'Patient activation.'
 */
export function additionalCompetencies(): Competency[] {
  return areaCompetencies(
    'ADD',
    2,
    'desirable',
    {
      gainedThrough: 'eLearning and other mediums',
      evidencedBy: 'Portfolio',
    },
    [
      'Local structures of health and social care services including an awareness of how primary care, community services, mental health services and secondary providers work in their locality, as well as how they are grouped (primary care networks, integrated care systems, social care and local authority) and voluntary sector.',
      'Social determinants of health.',
      'Health literacy.',
      'Cultural awareness.',
      'Social welfare awareness.',
      'Awareness of supporting bereaved individuals.',
      'Asset-based approaches.',
      'Awareness of long-term conditions, learning disability and autism, drug, and substance misuse.',
      'Social determinants of health assessment.',
      'Carer awareness.',
      'Prevention (primary, secondary, and tertiary).',
      'Multi-disciplinary team (MDT) working awareness.',
      'Working with community groups awareness.',
      'Patient activation.',
      'Coproduction.',
      'Making Every Contact Count (MECC).',
      'Person-centred measurement and outcomes.',
      'Asset based community development.',
      'Nutrition and weight management, health eating and physical activity awareness.',
      'Working with volunteers.',
      'Accessible Information Standard.',
      'Working with veterans awareness.',
      'Core models of behaviour change most commonly used in the NHS (COM-B, Trans theoretical model of change).',
      'Statutory and mandatory regulation and governance.',
      'Personalised care in the remote and virtual environment.',
      'Technology to support health and wellbeing.',
      'Range of consultation models used by health care professionals.',
      'Strategic co-production patient and public involvement.',
    ],
  );
}
