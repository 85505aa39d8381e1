// General capabilities acquired through mandatory training (GEN-01…GEN-16).
// Transcribed from NHS England publication B1570 (Workforce development framework for health and
// wellbeing coaches), Appendix 2 §1 (the bulleted list of general capabilities after the professional competencies).

import { areaCompetencies } from '../areaCompetencies';
import type { Competency } from '../competencyTypes';

/**
 * General capabilities acquired through mandatory training (GEN-01…GEN-16), in the order the framework lists them.
 *
 * Transcription notes:
 * - Items are lower case as printed (the source sets them as a bulleted list); the full stop that
 *   ends the list after "basic first aid" is dropped.
 * - The items have no per-item "Gained through"/"Evidenced by". The source says they "can be
 *   acquired through mandatory training for employees and recorded in the health and wellbeing
 *   coach's portfolio"; that is copied to every item as 'Mandatory training' / 'Portfolio'.
 * - Not numbered as an area in the source; docs/rules.md §5 treats them as applying from Tier 1,
 *   essential.
 *
 * @example generalCapabilities()[0].text // 'safeguarding for children and adults'
 */
export function generalCapabilities(): Competency[] {
  return areaCompetencies(
    'GEN',
    1,
    'essential',
    {
      gainedThrough: 'Mandatory training',
      evidencedBy: 'Portfolio',
    },
    [
      'safeguarding for children and adults',
      'confidentiality and information governance',
      'lone working',
      'equality and diversity awareness',
      'health and safety awareness',
      'awareness of roles and responsibilities',
      'values in personalised care (as defined in universal model)',
      'accurate record keeping',
      'handling data and information',
      'duty of care and negligence',
      'domestic abuse awareness',
      'promote the holistic wellbeing, rights, and interests, of individuals and carers',
      'Mental Capacity Act awareness',
      'emotional resilience awareness',
      'promote the independence of people who use services while protecting them',
      'basic first aid',
    ],
  );
}
