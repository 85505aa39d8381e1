/**
 * The Tier sign-off pack counts only evidence reviewed by someone other than the coach
 * (docs/rules.md §5), as the check does: evidence the coach reviewed themself, by name or ID in
 * any case and spacing, is a gap in the pack, beside evidence a supervisor reviewed.
 */
import { signOffPackFromSheets } from '../../shared/pack/createSignOffPack';
import { PACK_TEXT } from '../../shared/pack/packText';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { readContext } from '../../shared/values/context';

const AS_OF = '2026-03-20';

async function packRows(reviewers: Record<string, string>): Promise<unknown[][]> {
  const evidence = Object.entries(reviewers).map(([code, by]) => ['C-1', code, 'Observed practice', by, '2026-02-01']);
  const wb = MemoryWorkbook.withSheets(AS_OF, {
    Coaches: [
      ['Coach ID', 'Name', 'PCI training completed', 'NHS coaching hours', 'Evidenced tier'],
      ['C-1', 'Sam Lee', '2025-01-10', 120, 1],
    ],
    'Evidence log': [['Coach ID', 'Competency code', 'Evidence type', 'Reviewed by', 'Reviewed on'], ...evidence],
  });
  const sheets = await Promise.all((await wb.sheetNames()).map((n) => wb.read(n)));
  const spec = signOffPackFromSheets(sheets, null, 'C-1', readContext(AS_OF), [], AS_OF);
  return spec.rows as unknown[][];
}

const rowOf = (rows: unknown[][], code: string) => rows.find((r) => String(r[1]).startsWith(`${code} `));

describe('the sign-off pack and evidence the coach reviewed themself', () => {
  it('shows self-reviewed evidence as a gap and a supervisor’s review as evidence', async () => {
    const rows = await packRows({ 'PRO-01': ' sam  LEE ', 'PRO-02': 'c-1', 'PRO-03': 'A. Patel' });
    expect(rowOf(rows, 'PRO-01')?.slice(2)).toEqual([PACK_TEXT.noEvidence(1), null, PACK_TEXT.gap]);
    expect(rowOf(rows, 'PRO-02')?.slice(2)).toEqual([PACK_TEXT.noEvidence(1), null, PACK_TEXT.gap]);
    expect(rowOf(rows, 'PRO-03')?.[2]).toBe(PACK_TEXT.evidence('Observed practice', 'A. Patel', '2026-02-01'));
    expect(rowOf(rows, 'PRO-03')?.[4]).toBe(PACK_TEXT.evidenced);
  });

  it('counts the same evidence once a supervisor is the reviewer', async () => {
    const rows = await packRows({ 'PRO-01': 'A. Patel' });
    expect(rowOf(rows, 'PRO-01')?.[4]).toBe(PACK_TEXT.evidenced);
  });
});
