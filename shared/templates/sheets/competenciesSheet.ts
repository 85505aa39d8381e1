/**
 * The Competencies sheet: the framework's 90 entries and, beside them, evidence coverage —
 * per competency how many coaches still lack reviewed evidence and where the coach chosen on
 * Settings stands; per coach (one row for each row of the Coaches sheet) how many of the
 * competencies their tier requires have reviewed evidence, and how many are gaps.
 *
 * Evidence log looks competencies up here and coverage reads the Evidence log, so the sheet is
 * created in two steps: entries first, coverage formulas once the other sheets exist (Excel
 * cannot take a formula naming a sheet that does not exist yet).
 */
import type { SheetSpec, WriteValue } from '../../workbook';
import { COACHES, COACHES_COLUMNS } from './coachesSheet';
import { COMPETENCIES, COMPETENCY_ENTRY_COLUMNS, competencyEntryRows } from './competencyEntries';
import { EVIDENCE_LOG, EVIDENCE_LOG_COLUMNS } from './evidenceLogSheet';
import { buildSheet, type TemplateColumn } from '../sheetLayout';
import { cell, ownRange, sheetCell, usedRanges, wholeColumn } from '../formulas/cellReferences';
import { COMPETENCIES as FRAMEWORK } from '../../framework/competencies';
import { SETTINGS_CELLS } from './settingsSheet';
import {
  coachesEvidencedFormula,
  type EvidenceLogRanges,
  evidencedCountFormula,
  hasReviewedEvidenceFormula,
} from '../../rules/evidence/evidenceCoverageFormula';

const c = (key: string, row: number) => cell(COMPETENCIES_COLUMNS, key, row);
const coaches = (key: string) => wholeColumn(COACHES, COACHES_COLUMNS, key);
const coachCell = (key: string, row: number) => sheetCell(COACHES, COACHES_COLUMNS, key, row);
/** Rows for up to 200 coaches, one for each formula row of the Coaches sheet. */
const COACH_ROWS = 200;
const LOG_KEYS = ['coach', 'code', 'reviewedBy', 'reviewedOn'] as const;
// Built when a formula is written: the Evidence log's columns are defined after this module loads.
const log = (): EvidenceLogRanges =>
  usedRanges(EVIDENCE_LOG, EVIDENCE_LOG_COLUMNS, LOG_KEYS, SETTINGS_CELLS.logRows.evidence);
const neededRange = ownRange(COMPETENCY_ENTRY_COLUMNS, 'neededFrom', 2, FRAMEWORK.length + 1);
/** The entries' codes and tiers needed from, and the coaches' IDs and tiers, each with its header. */
const entries = {
  codes: ownRange(COMPETENCY_ENTRY_COLUMNS, 'code', 1, FRAMEWORK.length + 1),
  needed: ownRange(COMPETENCY_ENTRY_COLUMNS, 'neededFrom', 1, FRAMEWORK.length + 1),
};
const coachBlock = () => ({
  coaches: ownRange(COMPETENCIES_COLUMNS, 'coach', 1, COACH_ROWS + 1),
  tiers: ownRange(COMPETENCIES_COLUMNS, 'tier', 1, COACH_ROWS + 1),
});
const chosen = `IF(${SETTINGS_CELLS.competencyCoach}="",${sheetCell(COACHES, COACHES_COLUMNS, 'id', 2, true)},${SETTINGS_CELLS.competencyCoach})`;
const chosenTier = `IFERROR(INDEX(${coaches('claimedTier')},MATCH(${chosen},${coaches('id')},0)),"")`;
const forEntry = (r: number, body: string) => `=IF(NOT(ISNUMBER(${c('neededFrom', r)})),"",${body})`;
const forCoach = (r: number, body: string) => `=IF(${c('coach', r)}="","",${body})`;

const COVERAGE_COLUMNS: readonly TemplateColumn[] = [
  {
    key: 'gapCount',
    header: 'Coaches with this gap',
    width: 10,
    note: 'Worked out: coaches whose tier requires this competency and who have no reviewed evidence of it.',
    formula: (r) =>
      forEntry(
        r,
        `COUNTIFS(${coaches('claimedTier')},">="&${c('neededFrom', r)},${coaches('id')},"<>")-${coachesEvidencedFormula(log(), { code: c('code', r), neededFrom: c('neededFrom', r), ...coachBlock() })}`,
      ),
  },
  {
    key: 'chosenCoach',
    header: 'Coach chosen on Settings',
    width: 12,
    note: 'Worked out for the coach chosen on the Settings sheet (the first coach when none is chosen): Evidenced, Gap, or Not needed yet at their tier.',
    formula: (r) =>
      forEntry(
        r,
        `IF(NOT(ISNUMBER(${chosenTier})),"",IF(${chosenTier}<${c('neededFrom', r)},"Not needed yet",IF(${hasReviewedEvidenceFormula(log(), chosen, c('code', r))},"Evidenced","Gap")))`,
      ),
  },
  {
    key: 'coach',
    header: 'Coach ID',
    width: 11,
    note: 'One row for each row of the Coaches sheet.',
    formula: (r) => `=IF(${coachCell('id', r)}="","",${coachCell('id', r)})`,
  },
  { key: 'name', header: 'Coach name', width: 18, formula: (r) => forCoach(r, coachCell('name', r)) },
  { key: 'tier', header: 'Coach tier', width: 7, formula: (r) => forCoach(r, coachCell('claimedTier', r)) },
  {
    key: 'required',
    header: 'Required for tier',
    width: 9,
    note: 'Worked out: competencies this tier needs evidence of.',
    formula: (r) => forCoach(r, `COUNTIFS(${neededRange},"<="&${c('tier', r)})`),
  },
  {
    key: 'evidenced',
    header: 'With reviewed evidence',
    width: 9,
    formula: (r) =>
      forCoach(
        r,
        `IF(ISNUMBER(${c('tier', r)}),${evidencedCountFormula(log(), { coachId: c('coach', r), tier: c('tier', r), ...entries })},0)`,
      ),
  },
  { key: 'gaps', header: 'Gaps', width: 7, formula: (r) => forCoach(r, `${c('required', r)}-${c('evidenced', r)}`) },
  {
    key: 'coverage',
    header: 'Coverage',
    width: 10,
    formula: (r) => forCoach(r, `IF(${c('required', r)}=0,"Not needed yet",IF(${c('gaps', r)}=0,"Complete","Gaps"))`),
  },
];

/**
 * The Competencies sheet's columns: the framework entries, then coverage.
 *
 * @example
 * COMPETENCIES_COLUMNS.map((c) => c.key).includes('gapCount'); // true
 */
export const COMPETENCIES_COLUMNS: readonly TemplateColumn[] = [...COMPETENCY_ENTRY_COLUMNS, ...COVERAGE_COLUMNS];

/** The Competencies sheet in its two steps: the spec to add, then the coverage block to write. */
export interface CompetenciesParts {
  spec: SheetSpec;
  coverage: { row: number; col: number; block: WriteValue[][] };
}

/**
 * The Competencies sheet: the spec (entries, coverage columns blank) and the coverage block.
 *
 * @example
 * const { spec, coverage } = competenciesSheet();
 * await port.addSheet(spec); // … other sheets …
 * await port.write(spec.name, coverage, coverage.block);
 */
export function competenciesSheet(): CompetenciesParts {
  const full = buildSheet({
    name: COMPETENCIES,
    columns: COMPETENCIES_COLUMNS,
    data: competencyEntryRows(),
    formulaRows: COACH_ROWS,
    filter: false,
    highlights: [
      { column: 'chosenCoach', equals: 'Gap', style: 'bad' },
      { column: 'chosenCoach', equals: 'Evidenced', style: 'good' },
      { column: 'coverage', equals: 'Gaps', style: 'warn' },
      { column: 'coverage', equals: 'Complete', style: 'good' },
    ],
  });
  const split = COMPETENCY_ENTRY_COLUMNS.length;
  return {
    spec: { ...full, rows: full.rows.map((row) => [...row.slice(0, split), ...row.slice(split).map(() => null)]) },
    coverage: { row: 1, col: split, block: full.rows.map((row) => row.slice(split)) },
  };
}
