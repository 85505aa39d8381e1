/**
 * Evidence and named-contact findings (docs/rules.md §2, §5), each at its cell: evidence the coach
 * reviewed themself does not count, evidence of a type outside the competency's own
 * "Evidenced by" line still counts with a note, and a blank clinical supervisor is a warning.
 */
import { checkWorkbook } from '../../shared/check';
import type { CheckResult } from '../../shared/check/types';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';

const AS_OF = '2026-03-20';
const COACHES = [
  'Coach ID',
  'Name',
  'PCI training completed',
  'NHS coaching hours',
  'Evidenced tier',
  'Clinical supervisor',
];
const EVIDENCE = ['Coach ID', 'Competency code', 'Evidence type', 'Reviewed by', 'Reviewed on'];

const check = (sheets: Record<string, unknown[][]>) =>
  checkWorkbook(MemoryWorkbook.withSheets(AS_OF, sheets as never), { asOf: AS_OF, writeReport: false });
const found = (r: CheckResult, rule: string) =>
  r.findings.filter((f) => f.rule === rule).map((f) => [f.coach, f.severity, `${f.sheet}!${f.column}${f.row}`]);

describe('evidence findings', () => {
  it('notes a type the competency does not name, at its type cell, naming the competency and the types that fit', async () => {
    const r = await check({
      Coaches: [COACHES, ['C-1', 'Sam Lee', 'yes', 120, 1, 'Dr Shah']],
      'Evidence log': [
        EVIDENCE,
        ['C-1', 'PRO-01', 'Portfolio', 'A. Patel', '2026-02-01'],
        ['C-1', 'PRO-01', ' observed practice ', 'A. Patel', '2026-02-01'],
        ['C-1', 'COM-01', 'Observed practice', 'A. Patel', '2026-02-01'],
        ['C-1', 'PRO-02', null, 'A. Patel', '2026-02-01'],
      ],
    });
    expect(found(r, 'evidence.unexpected-type')).toEqual([['Sam Lee', 'note', 'Evidence log!C2']]);
    expect(r.findings.find((f) => f.rule === 'evidence.unexpected-type')?.message).toBe(
      'Evidence for PRO-01 is recorded as "Portfolio", which is not among the types the framework names for it (Observed practice, Review of session notes). It still counts; check it is the right competency or type.',
    );
    // It still counts: PRO-01 is not among the gaps.
    expect(r.findings.find((f) => f.rule === 'evidence.gap')?.message).not.toMatch(/PRO-01\b/);
  });

  it('does not count evidence the coach reviewed themself, by name or ID, and says so at the reviewer cell', async () => {
    const r = await check({
      Coaches: [COACHES, ['C-1', 'Sam Lee', 'yes', 120, 1, 'Dr Shah']],
      'Evidence log': [
        EVIDENCE,
        ['C-1', 'PRO-01', 'Observed practice', ' sam  LEE ', '2026-02-01'],
        ['C-1', 'PRO-02', 'Observed practice', 'C-1', '2026-02-01'],
        ['C-1', 'PRO-03', 'Reflective journal', 'A. Patel', '2026-02-01'],
      ],
    });
    expect(found(r, 'evidence.self-reviewed')).toEqual([
      ['Sam Lee', 'warning', 'Evidence log!D2'],
      ['Sam Lee', 'warning', 'Evidence log!D3'],
    ]);
    const gap = r.findings.find((f) => f.rule === 'evidence.gap')?.message ?? '';
    expect(gap).toMatch(/PRO-01, PRO-02/);
    expect(gap).not.toMatch(/PRO-03/);
  });
});

describe('named contacts', () => {
  it('warns at the cell of each coach with no clinical supervisor named', async () => {
    const r = await check({
      Coaches: [COACHES, ['C-1', 'Sam Lee', 'yes', 120, 1, 'Dr Shah'], ['C-2', 'Jo Kay', 'yes', 60, 1, '  ']],
    });
    expect(found(r, 'contacts.clinical-supervisor')).toEqual([['Jo Kay', 'warning', 'Coaches!F3']]);
  });

  it('says nothing when the sheet has no clinical supervisor column', async () => {
    const r = await check({ Coaches: [COACHES.slice(0, 5), ['C-2', 'Jo Kay', 'yes', 60, 1]] });
    expect(found(r, 'contacts.clinical-supervisor')).toEqual([]);
  });
});
