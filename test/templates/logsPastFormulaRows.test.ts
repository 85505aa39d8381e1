/**
 * Logs counted in full (docs/rules.md §9): training lines typed at row 2,601 and below (past the
 * Training sheet's per-row formulas) and evidence entries at row 1,101 and below (past the
 * Evidence log's) are written as a person pastes them, values only; LibreOffice recalculates the
 * workbook, and the Coaches sheet (PCI training, induction, mandatory training, ready for
 * referrals) and the Competencies sheet (coverage per coach and per competency, and the coach
 * chosen on Settings) must show what the rules core works out from the same rows. Rows with
 * nothing typed are emptied first, so only the rows that matter are calculated.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkWorkbook } from '../../shared/check';
import type { CheckResult } from '../../shared/check/types';
import { COMPETENCIES as FRAMEWORK } from '../../shared/framework/competencies';
import { refresherMonths } from '../../shared/rules/development/refresherPeriod';
import { renewalStatus, trainingExpires } from '../../shared/rules/development/renewalStatus';
import { evidenceGaps, isReviewed, type EvidenceEntry } from '../../shared/rules/evidence/evidenceCoverage';
import { neededFromTier } from '../../shared/rules/evidence/evidenceCoverageFormula';
import { isCompleted } from '../../shared/rules/readiness/completed';
import { ALWAYS_REQUIRED, missingTraining } from '../../shared/rules/readiness/readiness';
import { dateFromText } from '../../shared/rules/readiness/textDate';
import * as T from '../../shared/templates';
import { columnIndex } from '../../shared/templates/formulas/cellReferences';
import { CHECKLISTS, checklistRows } from '../../shared/templates/sheets/trainingSheet';
import type { WriteValue } from '../../shared/workbook';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { recalculateAll, type RecalculatedWorkbook } from '../support/libreoffice';
import { emptyUntypedRows } from './trimmedTemplate';

const AS_OF = '2026-03-20';
const TRAINING_FROM = 2601;
const EVIDENCE_FROM = 1101;
const KINDS = { [CHECKLISTS.pci]: 'pci', [CHECKLISTS.induction]: 'induction' } as const;

type Line = Record<string, WriteValue>;
/** A coach's 25 checklist lines, all done on one date, with some lines changed. */
function checklist(coach: string, changes: Record<string, Line> = {}): Line[] {
  return checklistRows({ coach }).map((l) => {
    const line: Line = { ...(l as Line), completedOn: { date: '2026-01-10' } };
    return { ...line, ...(changes[String(l.code)] ?? {}) };
  });
}

const coaches = [
  { id: 'L-1', name: 'Complete', priorHours: 300, evidencedTier: 2 },
  { id: 'L-2', name: 'Lapsed', priorHours: 80, evidencedTier: 1 },
  { id: 'L-3', name: 'Words and text', priorHours: 250, evidencedTier: 2 },
  { id: 'L-4', name: 'Not yet', priorHours: 10, evidencedTier: 1 },
];
const training: Line[] = [
  ...checklist('L-1'),
  // Lone working, done four years ago, lapsed after three; its refresher not typed.
  ...checklist('L-2', { 'GEN-03': { completedOn: { date: '2022-01-10' }, required: 'Yes' } }),
  // Words and dates typed as text on lines that never lapse; TRUE and Yes elsewhere.
  ...checklist('L-3', {
    PCI: { completedOn: '05/01/2026' },
    'IND-01': { completedOn: '2026-01-05' },
    'IND-02': { completedOn: 'Done' },
    'GEN-01': { completedOn: true },
    'GEN-02': { completedOn: ' yes ' },
  }),
  // PCI booked, safeguarding dated after the as-of date, an induction item lapsed after a
  // refresher period typed on its line.
  ...checklist('L-4', {
    PCI: { completedOn: 'booked' },
    'GEN-01': { completedOn: { date: '2026-04-01' } },
    'IND-03': { completedOn: { date: '2025-01-05' }, refresherMonths: 6 },
  }),
];

const codes = (tier: number) => FRAMEWORK.filter((c) => neededFromTier(c) === tier).map((c) => c.code);
const [tier1, tier2] = [codes(1), codes(2)];
const entry = (
  coach: string,
  code: string,
  reviewedBy: string | null = 'A. Patel',
  reviewedOn: string | null = '2026-02-01',
) => ({
  coach,
  code,
  reviewedBy,
  reviewedOn,
});
const evidence = [
  ...tier1.slice(0, 20).map((code) => entry('L-1', code)),
  ...tier2.map((code) => entry('L-1', code)),
  // The same competency again, in another case with spaces; not reviewed; a reviewer of spaces.
  entry('L-1', ` ${tier1[0].toLowerCase()} `),
  entry('L-1', tier1[25], 'A. Patel', null),
  entry('L-1', tier1[26], '   ', '2026-02-01'),
  ...tier1.slice(10, 30).map((code) => entry('L-3', code.toLowerCase())),
  ...tier2.slice(0, 2).map((code) => entry('L-2', code)),
  entry('L-9', tier1[1]),
];

/** A row of typed values by column key, from column A. */
function typed(columns: readonly { key: string }[], values: Record<string, unknown>): WriteValue[] {
  const last = Math.max(...Object.keys(values).map((k) => columnIndex(columns as never, k)));
  return columns.slice(0, last + 1).map((c) => {
    const v = values[c.key];
    if (v === undefined || v === null) return null;
    return c.key === 'reviewedOn' ? { date: String(v) } : (v as WriteValue);
  });
}

let book: RecalculatedWorkbook;
let checked: CheckResult;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-long-logs-'));
  try {
    const wb = new XlsxWorkbook({ today: AS_OF });
    await T.createTemplates(wb);
    await wb.write(T.SETTINGS, { row: 1, col: columnIndex(T.SETTINGS_COLUMNS, 'asOf') }, [[{ date: AS_OF }]]);
    const put = (sheet: string, row: number, rows: WriteValue[][]) => wb.write(sheet, { row: row - 1, col: 0 }, rows);
    await put(
      T.COACHES,
      2,
      coaches.map((c) => typed(T.COACHES_COLUMNS, c)),
    );
    await put(
      T.TRAINING,
      TRAINING_FROM,
      training.map((l) => typed(T.TRAINING_COLUMNS, l)),
    );
    await put(
      T.EVIDENCE_LOG,
      EVIDENCE_FROM,
      evidence.map((e) => typed(T.EVIDENCE_LOG_COLUMNS, e)),
    );
    emptyUntypedRows(wb);
    const file = path.join(dir, 'long.xlsx');
    await wb.save(file);
    [book] = await recalculateAll([file], 540000);
    checked = await checkWorkbook(await XlsxWorkbook.fromFile(file), { asOf: AS_OF, writeReport: false });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 600000);

const cellOf = (sheet: string, columns: readonly { key: string }[], row: number, key: string) =>
  book[sheet][row]?.[columnIndex(columns as never, key)] ?? '';

/** Whether one checklist of a coach is done, by the rules core: done, in date, nothing required missing. */
function done(coach: string, name: string): boolean {
  const lines = training
    .filter((l) => l.coach === coach && l.checklist === name)
    .map((l) => {
      const v = l.completedOn;
      const on =
        typeof v === 'object' && v !== null && 'date' in v
          ? v.date
          : typeof v === 'string'
            ? (dateFromText(v) ?? v)
            : v;
      const title = String(l.item);
      const months =
        typeof l.refresherMonths === 'number'
          ? l.refresherMonths
          : refresherMonths(KINDS[name as keyof typeof KINDS] ?? 'mandatory', title);
      const dated = typeof on === 'string' && /^\d{4}-/.test(on) && isCompleted(on, AS_OF) ? on : null;
      const lapsed = renewalStatus(trainingExpires(dated, months), AS_OF) === 'Expired';
      const required = l.required === 'Yes' || ALWAYS_REQUIRED.some((a) => title.toLowerCase().includes(a.word));
      return { title, required, completedOn: isCompleted(on as never, AS_OF) && !lapsed ? 'yes' : null, lapsed };
    });
  if (name === CHECKLISTS.pci) return lines.some((l) => l.completedOn !== null);
  return missingTraining(lines, AS_OF).length === 0;
}

describe('training lines and evidence typed below the per-row formulas, recalculated by LibreOffice', () => {
  it('count on the Coaches sheet as the rules core and the check count them', () => {
    const sheet = coaches.map((c, i) => ({
      id: c.id,
      pci: cellOf(T.COACHES, T.COACHES_COLUMNS, i + 1, 'pci') !== '',
      induction: cellOf(T.COACHES, T.COACHES_COLUMNS, i + 1, 'induction') !== '',
      mandatory: cellOf(T.COACHES, T.COACHES_COLUMNS, i + 1, 'mandatory') !== '',
      ready: cellOf(T.COACHES, T.COACHES_COLUMNS, i + 1, 'ready'),
    }));
    const core = coaches.map((c) => {
      const [pci, induction, mandatory] = [CHECKLISTS.pci, CHECKLISTS.induction, CHECKLISTS.mandatory].map((n) =>
        done(c.id, n),
      );
      const ready = checked.coaches.find((s) => s.id === c.id)?.readyForReferrals ? 'Yes' : 'No';
      return { id: c.id, pci, induction, mandatory, ready };
    });
    expect(sheet).toEqual(core);
    // The cases it was written for: ready from lines past the formulas, and each way of not being ready.
    expect(sheet.map((s) => s.ready)).toEqual(['Yes', 'No', 'Yes', 'No']);
  });

  it('count on the Competencies sheet as evidenceGaps counts them', () => {
    const tiers = coaches.map((_, i) => Number(cellOf(T.COACHES, T.COACHES_COLUMNS, i + 1, 'claimedTier')));
    const mine = (id: string): EvidenceEntry[] => evidence.filter((e) => e.coach === id);
    const perCoach = coaches.map((c, i) => ({
      id: c.id,
      evidenced: cellOf(T.COMPETENCIES, T.COMPETENCIES_COLUMNS, i + 1, 'evidenced'),
      gaps: cellOf(T.COMPETENCIES, T.COMPETENCIES_COLUMNS, i + 1, 'gaps'),
    }));
    expect(perCoach).toEqual(
      coaches.map((c, i) => {
        const gaps = evidenceGaps(tiers[i], mine(c.id)).length;
        const required = Number(cellOf(T.COMPETENCIES, T.COMPETENCIES_COLUMNS, i + 1, 'required'));
        return { id: c.id, evidenced: String(required - gaps), gaps: String(gaps) };
      }),
    );
    expect(tiers).toEqual([2, 1, 2, 0]);
    const perCompetency = FRAMEWORK.map((k, r) => ({
      code: k.code,
      gapCount: cellOf(T.COMPETENCIES, T.COMPETENCIES_COLUMNS, r + 1, 'gapCount'),
      chosen: cellOf(T.COMPETENCIES, T.COMPETENCIES_COLUMNS, r + 1, 'chosenCoach'),
    }));
    expect(perCompetency).toEqual(
      FRAMEWORK.map((k) => {
        const needed = neededFromTier(k);
        if (needed === 'No') return { code: k.code, gapCount: '', chosen: '' };
        const gapped = coaches.filter(
          (c, i) => tiers[i] >= needed && evidenceGaps(tiers[i], mine(c.id)).some((g) => g.code === k.code),
        );
        const reviewed = mine('L-1').some((e) => isReviewed(e) && e.code.trim().toUpperCase() === k.code);
        return {
          code: k.code,
          gapCount: String(gapped.length),
          chosen: tiers[0] < needed ? 'Not needed yet' : reviewed ? 'Evidenced' : 'Gap',
        };
      }),
    );
  });
});
