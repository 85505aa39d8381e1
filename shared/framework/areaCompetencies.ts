// Building one area's competencies from their statements: every competency of an area shares
// its area code, lowest tier and kind, and is numbered in the order the framework lists it.

import type { AreaCode, Competency, CompetencyKind } from './competencyTypes';

/** How a competency is gained and evidenced. */
export type CompetencyRoute = Pick<Competency, 'gainedThrough' | 'evidencedBy'>;

/**
 * One competency as its area lists it: its text alone when it is gained and evidenced the
 * area's usual way, else its text with what differs.
 */
export type CompetencyStatement = string | ({ text: string } & Partial<CompetencyRoute>);

/**
 * The competencies of one area, coded `AREA-01`, `AREA-02`… in the order given. Written once
 * per area rather than on every entry, the code, area, tier and kind stay consistent; and the
 * usual way an area's competencies are gained and evidenced is written once too (most areas
 * repeat one or two phrases), so the framework is a third smaller in every bundle that
 * carries it: functions.js is compiled before a workbook's first custom function answers. A
 * part neither the statement nor the usual way gives is empty, as the framework leaves it.
 *
 * @example
 * areaCompetencies('GRP', 2, 'essential', { gainedThrough: 'In practice.' }, ['Manages conflict.'])[0];
 * // { code: 'GRP-01', area: 'GRP', text: 'Manages conflict.', gainedThrough: 'In practice.', evidencedBy: '', fromTier: 2, kind: 'essential' }
 */
export function areaCompetencies(
  area: AreaCode,
  fromTier: Competency['fromTier'],
  kind: CompetencyKind,
  usual: Partial<CompetencyRoute>,
  statements: readonly CompetencyStatement[],
): Competency[] {
  return statements.map((s, i) => {
    const own = typeof s === 'string' ? { text: s } : s;
    return {
      code: `${area}-${String(i + 1).padStart(2, '0')}`,
      area,
      text: own.text,
      gainedThrough: own.gainedThrough ?? usual.gainedThrough ?? '',
      evidencedBy: own.evidencedBy ?? usual.evidencedBy ?? '',
      fromTier,
      kind,
    };
  });
}
