/**
 * The framework's part of the Competencies sheet: the 90 entries of Appendix 2 with the tier
 * from which each needs evidence and the evidence types each names, and, apart from them, the
 * list of evidence types the Evidence log's drop-down offers. Other sheets
 * look codes, texts and types up here.
 */
import { COMPETENCIES as FRAMEWORK } from '../../framework/competencies';
import { EVIDENCE_TYPES_BY_CODE } from '../../framework/competencyEvidenceTypes';
import { competencyTable } from '../../framework/competencyTable';
import { EVIDENCE_TYPES } from '../../framework/values';
import { columnLetter } from '../../workbook';
import { neededFromTier } from '../../rules/evidence/evidenceCoverageFormula';
import { type RowValues, type TemplateColumn } from '../sheetLayout';
import { columnIndex, sheetPrefix } from '../formulas/cellReferences';

/**
 * The sheet's name, as the check finds it.
 *
 * @example
 * COMPETENCIES; // 'Competencies'
 */
export const COMPETENCIES = 'Competencies';

/**
 * The framework's columns of the Competencies sheet (A–J).
 *
 * @example
 * COMPETENCY_ENTRY_COLUMNS[0].header; // 'Code'
 */
export const COMPETENCY_ENTRY_COLUMNS: readonly TemplateColumn[] = [
  { key: 'code', header: 'Code', width: 8 },
  { key: 'area', header: 'Area', width: 22 },
  { key: 'text', header: 'Competency', width: 60 },
  { key: 'gainedThrough', header: 'Gained through', width: 30 },
  { key: 'evidencedBy', header: 'Evidenced by', width: 30 },
  { key: 'fromTier', header: 'From tier', width: 7, note: 'The lowest tier the competency applies to.' },
  { key: 'kind', header: 'Kind', width: 12 },
  {
    key: 'neededFrom',
    header: 'Needs evidence from tier',
    width: 10,
    note: 'The tier from which a coach needs reviewed evidence of this competency: the essential competencies of areas 1–3 from Tier 1 and group work from Tier 2. No: shown, never a gap.',
  },
  {
    key: 'frameworkTypes',
    header: 'Framework evidence types',
    width: 24,
    note: 'The evidence types this competency\'s own "Evidenced by" line names; blank where it names none, so any type fits. The check notes evidence of another type (it still counts).',
  },
  {
    key: 'evidenceTypes',
    header: 'Evidence type list',
    width: 24,
    note: 'The list the Evidence log\'s "Evidence type" drop-down offers: every kind of evidence the framework names.',
  },
];

function range(key: string, rows: number): string {
  const letter = columnLetter(columnIndex(COMPETENCY_ENTRY_COLUMNS, key));
  return `${sheetPrefix(COMPETENCIES)}$${letter}$2:$${letter}$${rows + 1}`;
}

/**
 * The drop-down source for competency codes: `Competencies!$A$2:$A$91`.
 *
 * @example
 * COMPETENCY_CODES_RANGE; // 'Competencies!$A$2:$A$91'
 */
export const COMPETENCY_CODES_RANGE = range('code', FRAMEWORK.length);
/**
 * The drop-down source for evidence types: `Competencies!$J$2:$J$12`.
 *
 * @example
 * EVIDENCE_TYPES_RANGE; // 'Competencies!$J$2:$J$12'
 */
export const EVIDENCE_TYPES_RANGE = range('evidenceTypes', EVIDENCE_TYPES.length);

/**
 * The 90 entries as rows, in framework order, each with the evidence types its own line names,
 * and the drop-down's list of types beside the first ones.
 *
 * @example
 * competencyEntryRows()[0].code; // 'PRO-01'
 */
export function competencyEntryRows(): RowValues[] {
  const byCode = new Map(FRAMEWORK.map((c) => [c.code, c]));
  const table = competencyTable(null, null).slice(1);
  return table.map(([code, area, text, gainedThrough, evidencedBy, fromTier, kind], i) => ({
    code,
    area,
    text,
    gainedThrough,
    evidencedBy,
    fromTier,
    kind,
    neededFrom: neededFromTier(byCode.get(String(code)) as (typeof FRAMEWORK)[number]),
    frameworkTypes: (EVIDENCE_TYPES_BY_CODE.get(String(code)) ?? []).join('; ') || null,
    evidenceTypes: EVIDENCE_TYPES[i] ?? null,
  }));
}
