/**
 * The Evidence log: one row a piece of evidence for a competency. It looks the competency up
 * on the Competencies sheet and marks the rows that count towards a coach's coverage: the
 * first reviewed entry for a competency their tier requires (docs/rules.md §5).
 */
import { isReviewedFormula } from '../../rules/evidence/evidenceCoverageFormula';
import { COACHES, COACHES_COLUMNS } from './coachesSheet';
import {
  COMPETENCIES,
  COMPETENCY_CODES_RANGE,
  EVIDENCE_TYPES_RANGE,
  COMPETENCY_ENTRY_COLUMNS,
} from './competencyEntries';
import { columnLetter } from '../../workbook';
import { buildSheet, type RowValues, type TemplateColumn } from '../sheetLayout';
import { fieldColumns } from '../fieldColumns';
import { cell, columnIndex, wholeColumn } from '../formulas/cellReferences';

/**
 * The sheet's name, as the check finds it.
 *
 * @example
 * EVIDENCE_LOG; // 'Evidence log'
 */
export const EVIDENCE_LOG = 'Evidence log';

const c = (key: string, row: number) => cell(EVIDENCE_LOG_COLUMNS, key, row);
/** An absolute range from row 2 down to this row, for "first such entry so far" counts. */
const soFar = (key: string, row: number) => {
  const letter = columnLetter(columnIndex(EVIDENCE_LOG_COLUMNS, key));
  return `$${letter}$2:${letter}${row}`;
};
const lookup = (key: string, r: number) =>
  `INDEX(${wholeColumn(COMPETENCIES, COMPETENCY_ENTRY_COLUMNS, key)},MATCH(TRIM(${c('code', r)}),${wholeColumn(COMPETENCIES, COMPETENCY_ENTRY_COLUMNS, 'code')},0))`;

/**
 * The Evidence log's columns: typed in, then looked up or worked out.
 *
 * @example
 * EVIDENCE_LOG_COLUMNS[2].listRange; // 'Competencies!$A$2:$A$91'
 */
export const EVIDENCE_LOG_COLUMNS: readonly TemplateColumn[] = fieldColumns('evidenceLog', {
  code: { listRange: COMPETENCY_CODES_RANGE },
  text: { formula: (r) => `=IF(${c('code', r)}="","",IFERROR(${lookup('text', r)},"Unknown code"))` },
  evidenceType: { listRange: EVIDENCE_TYPES_RANGE },
  reviewed: {
    formula: (r) =>
      `=IF(OR(${c('coach', r)}="",${c('code', r)}=""),"",IF(${isReviewedFormula({ reviewedBy: c('reviewedBy', r), reviewedOn: c('reviewedOn', r) })},"Yes","No"))`,
  },
  neededFrom: { formula: (r) => `=IF(${c('code', r)}="","",IFERROR(${lookup('neededFrom', r)},""))` },
  coachTier: {
    formula: (r) =>
      `=IF(${c('coach', r)}="","",IFERROR(INDEX(${wholeColumn(COACHES, COACHES_COLUMNS, 'claimedTier')},MATCH(${c('coach', r)},${wholeColumn(COACHES, COACHES_COLUMNS, 'id')},0)),""))`,
  },
  counts: {
    formula: (r) =>
      `=IF(OR(${c('coach', r)}="",${c('code', r)}=""),"",IF(AND(${c('reviewed', r)}="Yes",ISNUMBER(${c('neededFrom', r)}),ISNUMBER(${c('coachTier', r)})),` +
      `IF(AND(${c('neededFrom', r)}<=${c('coachTier', r)},COUNTIFS(${soFar('coach', r)},${c('coach', r)},${soFar('code', r)},${c('code', r)},${soFar('reviewed', r)},"Yes")=1),1,0),0))`,
  },
});

/**
 * The Evidence log sheet, optionally with evidence already logged.
 *
 * @example
 * evidenceLogSheet().columns[2].listRange; // 'Competencies!$A$2:$A$91'
 */
export function evidenceLogSheet(data: readonly RowValues[] = []) {
  return buildSheet({
    name: EVIDENCE_LOG,
    columns: EVIDENCE_LOG_COLUMNS,
    data,
    formulaRows: 1000,
    highlights: [
      { column: 'reviewed', equals: 'No', style: 'warn' },
      { column: 'reviewed', equals: 'Yes', style: 'good' },
      { column: 'text', equals: 'Unknown code', style: 'bad' },
    ],
  });
}
