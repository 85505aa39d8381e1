import type { AreaCode, Competency, CompetencyKind } from './competencyTypes';
import { AREAS } from './areas';
import { frameworkCompetencies } from './frameworkCompetencies';

/** The header row of HWBC_COMPETENCIES and the template's Competencies sheet. */
export const COMPETENCY_HEADER = [
  'Code',
  'Area',
  'Competency',
  'Gained through',
  'Evidenced by',
  'From tier',
  'Kind',
] as const;

const KIND_LABEL: Record<CompetencyKind, string> = {
  essential: 'Essential',
  desirable: 'Desirable',
  supervisor: 'Essential for supervisors',
};

/**
 * Competencies of one area (all when null) that apply at a tier (all when null). Decision:
 * supervisor standards apply from Tier 3, since only Tier 3 and above may supervise.
 *
 * @example
 * selectCompetencies('GRP', 1).length; // 0: group work applies from Tier 2
 */
export function selectCompetencies(area: AreaCode | null, tier: number | null): Competency[] {
  // The framework is built at the first selection, not when the functions load.
  return frameworkCompetencies().filter(
    (c) => (area === null || c.area === area) && (tier === null || c.fromTier <= tier),
  );
}

/**
 * The same selection as rows for a sheet, with the header first.
 *
 * @example
 * competencyTable('PRO', null)[1][0]; // 'PRO-01'
 */
export function competencyTable(area: AreaCode | null, tier: number | null): (string | number)[][] {
  const title = new Map(AREAS.map((a) => [a.code, a.title]));
  return [
    [...COMPETENCY_HEADER],
    ...selectCompetencies(area, tier).map((c) => [
      c.code,
      title.get(c.area) ?? c.area,
      c.text,
      c.gainedThrough,
      c.evidencedBy,
      c.fromTier,
      KIND_LABEL[c.kind],
    ]),
  ];
}
