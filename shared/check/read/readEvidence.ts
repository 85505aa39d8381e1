/**
 * Reading an evidence log: which competency, for which coach, reviewed by whom and when.
 * Codes are read leniently ("pro-1", "PRO 01 Contracting") since they are often typed.
 */
import type { EvidenceEntry } from '../../rules/evidence/evidenceCoverage';
import { COMPETENCIES } from '../../framework/competencies';
import { CellReader, whereOf } from './cellReader';
import type { CoachIndex } from './coachIndex';
import type { MappedRows } from './rows/mappedRows';
import { CHECK_MESSAGES } from '../messages';
import type { Coach } from './model';
import type { Where } from '../findings/findingRules';
import type { Finding } from '../types';

const CODES: ReadonlySet<string> = new Set(COMPETENCIES.map((c) => c.code));

/**
 * The framework code at the start of a cell, or null.
 *
 * @example
 * competencyCode('pro-1 Contracting'); // 'PRO-01'
 * competencyCode('Contracting');       // null
 */
export function competencyCode(text: string): string | null {
  const m = /^\s*([A-Za-z]{3})[\s-]*(\d{1,2})(?!\d)/.exec(text);
  const code = m ? `${m[1].toUpperCase()}-${m[2].padStart(2, '0')}` : null;
  return code !== null && CODES.has(code) ? code : null;
}

/**
 * Every evidence-log row with a recognisable competency code; others are reported.
 *
 * @example
 * readEvidence(rows, reader, index, findings)[0]; // { coach, entry: { code: 'PRO-01', reviewedBy: 'A. Patel', reviewedOn: '2026-02-01' } }
 */
export function readEvidence(
  rows: MappedRows,
  reader: CellReader,
  index: CoachIndex,
  findings: Finding[],
): { coach: Coach | null; entry: EvidenceEntry; at: Where; typeAt: Where }[] {
  return rows.flatMap((row) => {
    const text = reader.text(row, 'coach', null);
    const coach = index.resolve(text, row, findings);
    const label = coach?.label ?? text;
    const raw = reader.text(row, 'code', label);
    if (raw === null) return [];
    const code = competencyCode(raw);
    if (code === null) {
      reader.bad(row, 'code', label, CHECK_MESSAGES.competencyCode(row.header('code'), raw));
      return [];
    }
    const reviewedOn = reader.date(row, 'reviewedOn', label);
    const reviewedBy = reader.text(row, 'reviewedBy', label);
    const entry = {
      code,
      reviewedBy,
      reviewedOn,
      evidenceType: reader.text(row, 'evidenceType', label),
      description: reader.text(row, 'description', label),
    };
    const at = whereOf(row, row.get('reviewedBy') ? 'reviewedBy' : 'code');
    return [{ coach, entry, at, typeAt: row.get('evidenceType') ? whereOf(row, 'evidenceType') : at }];
  });
}
