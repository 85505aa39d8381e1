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
 * @example GENERAL_CAPABILITIES[0].text // 'safeguarding for children and adults'
 */
export const GENERAL_CAPABILITIES: readonly Competency[] = areaCompetencies('GEN', 1, 'essential', [
  {
    text: 'safeguarding for children and adults',
    gainedThrough: 'Mandatory training',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'confidentiality and information governance',
    gainedThrough: 'Mandatory training',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'lone working',
    gainedThrough: 'Mandatory training',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'equality and diversity awareness',
    gainedThrough: 'Mandatory training',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'health and safety awareness',
    gainedThrough: 'Mandatory training',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'awareness of roles and responsibilities',
    gainedThrough: 'Mandatory training',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'values in personalised care (as defined in universal model)',
    gainedThrough: 'Mandatory training',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'accurate record keeping',
    gainedThrough: 'Mandatory training',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'handling data and information',
    gainedThrough: 'Mandatory training',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'duty of care and negligence',
    gainedThrough: 'Mandatory training',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'domestic abuse awareness',
    gainedThrough: 'Mandatory training',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'promote the holistic wellbeing, rights, and interests, of individuals and carers',
    gainedThrough: 'Mandatory training',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'Mental Capacity Act awareness',
    gainedThrough: 'Mandatory training',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'emotional resilience awareness',
    gainedThrough: 'Mandatory training',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'promote the independence of people who use services while protecting them',
    gainedThrough: 'Mandatory training',
    evidencedBy: 'Portfolio',
  },
  {
    text: 'basic first aid',
    gainedThrough: 'Mandatory training',
    evidencedBy: 'Portfolio',
  },
]);
