// Types for the health and wellbeing coach competency framework.
// The data they describe is transcribed from NHS England publication B1570 (Workforce development
// framework for health and wellbeing coaches), Appendix 2 "Health and wellbeing coach competency
// framework", §1–§6; codes, counts, tiers and kinds follow docs/rules.md §5.

/**
 * Code of a competency area: the five numbered areas of Appendix 2 §1–§5, the supervisor
 * minimum standards of §6, and the general capabilities (mandatory training) listed in §1.
 *
 * @example const area: AreaCode = 'PRO';
 */
export type AreaCode = 'PRO' | 'COM' | 'MOD' | 'GRP' | 'ADD' | 'SUP' | 'GEN';

/**
 * Whether a competency is essential, desirable (area 5) or a supervisor minimum standard (area 6).
 *
 * @example const kind: CompetencyKind = 'desirable';
 */
export type CompetencyKind = 'essential' | 'desirable' | 'supervisor';

/**
 * One competency of the framework, with its "Gained through" and "Evidenced by" text.
 *
 * @example const c: Competency = COMPETENCIES[0]; // c.code === 'PRO-01'
 */
export interface Competency {
  /** 'PRO-01' …: area code and two-digit number, in the order the framework lists them. */
  code: string;
  /** The area the competency belongs to. */
  area: AreaCode;
  /** The competency statement as written in the framework (whitespace tidied only). */
  text: string;
  /** The "Gained through:" text, without the label; '' if the framework gives none. */
  gainedThrough: string;
  /** The "Evidenced by:" text, without the label; '' if none. */
  evidencedBy: string;
  /** Lowest tier it applies to: PRO/COM/MOD/GEN 1; GRP/ADD 2; SUP 3 (only Tier 3+ may supervise). */
  fromTier: 1 | 2 | 3;
  /** PRO/COM/MOD/GRP/GEN essential; ADD desirable; SUP supervisor. */
  kind: CompetencyKind;
}

/**
 * A competency area: its code, its number in Appendix 2 (null for the general capabilities),
 * title, lowest tier and kind.
 *
 * @example const a: Area = { code: 'GRP', number: 4, title: 'Group work', fromTier: 2, kind: 'essential' };
 */
export interface Area {
  code: AreaCode;
  number: number | null;
  title: string;
  fromTier: 1 | 2 | 3;
  kind: CompetencyKind;
}
