/**
 * Development records, end to end. The sample team is changed by hand as a practice manager
 * would: an appraisal 14 months ago, a safeguarding course four years ago, and a supervision
 * action a month past its follow-up date. Recalculated by LibreOffice, the template's own
 * columns show each; `hwbc check` (the check on the same file) reports each at its cell, and
 * both agree; the Tier sign-off pack (`hwbc pack`) lists the right evidence and gaps.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkWorkbook } from '../../shared/check';
import type { CheckResult } from '../../shared/check/types';
import { signOffPackFromSheets } from '../../shared/pack/createSignOffPack';
import { PACK_TEXT } from '../../shared/pack/packText';
import { evidenceGaps, type EvidenceEntry, isReviewed } from '../../shared/rules/evidence/evidenceCoverage';
import { addMonths } from '../../shared/values/dates/calendarDate';
import { readContext } from '../../shared/values/context';
import { readDate } from '../../shared/values/dates/readDate';
import type { SheetData } from '../../shared/workbook';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { recalculateToFile } from '../support/libreoffice';
import { sampleWorkbook } from '../support/sampleWorkbook';

const AS_OF = '2026-03-20';
const APPRAISED = addMonths(AS_OF, -14);
const SAFEGUARDING = addMonths(AS_OF, -48);
const FOLLOW_UP = addMonths(AS_OF, -1);
const info = { today: '2030-01-01', timeZone: 'Europe/London' };
const ctx = readContext(AS_OF, { timeZone: 'Europe/London' });

let dir: string;
let file: string;
let recalculatedFile: string;
let raw: CheckResult;
let calculated: CheckResult;
let untouched: CheckResult;
let sheets: Record<string, SheetData>;
let actionRow: number;

/** Column index of a header on a sheet's first row. */
const col = (data: SheetData, header: string) => data.values[0].indexOf(header);
/** The 0-based row of a sheet whose columns hold the given values. */
function rowWhere(data: SheetData, match: Record<string, unknown>): number {
  return data.values.findIndex((r, i) => i > 0 && Object.entries(match).every(([h, v]) => r[col(data, h)] === v));
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-development-'));
  // One sample workbook, checked as it comes (the check only reads), then changed by hand.
  const wb = await sampleWorkbook(AS_OF);
  untouched = await checkWorkbook(wb, { writeReport: false });
  // By hand: Amira's appraisal 14 months ago (PDP agreed then too).
  const coaches = await wb.read('Coaches');
  const amira = rowWhere(coaches, { 'Coach ID': 'HWBC-001' });
  await wb.write('Coaches', { row: amira, col: col(coaches, 'Last appraisal') }, [[{ date: APPRAISED }]]);
  await wb.write('Coaches', { row: amira, col: col(coaches, 'PDP agreed') }, [[{ date: APPRAISED }]]);
  // Ben's safeguarding course four years ago.
  const training = await wb.read('Training');
  const ben = rowWhere(training, { 'Coach ID': 'HWBC-002', Code: 'GEN-01' });
  await wb.write('Training', { row: ben, col: col(training, 'Completed on') }, [[{ date: SAFEGUARDING }]]);
  // Chloe's latest action followed up a month ago and not completed.
  const log = await wb.read('Supervision log');
  actionRow = log.values.findIndex(
    (r, i) => i > 0 && r[col(log, 'Coach ID')] === 'HWBC-003' && r[col(log, 'Agreed actions')],
  );
  await wb.write('Supervision log', { row: actionRow, col: col(log, 'Follow-up date') }, [[{ date: FOLLOW_UP }, null]]);
  file = path.join(dir, 'team.xlsx');
  await wb.save(file);
  recalculatedFile = await recalculateToFile(file, path.join(dir, 'out'));
  raw = await checkWorkbook(await XlsxWorkbook.fromFile(file, info), { writeReport: false });
  const calc = await XlsxWorkbook.fromFile(recalculatedFile, info);
  calculated = await checkWorkbook(calc, { writeReport: false });
  sheets = {};
  for (const name of await calc.sheetNames()) sheets[name] = await calc.read(name);
}, 300000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const findings = (r: CheckResult, rule: string) => r.findings.filter((f) => f.rule === rule);
const cellOf = (data: SheetData, row: number, header: string) => data.values[row][col(data, header)];

describe('the sample team, changed by hand', () => {
  it('starts with none of the three problems', () => {
    const rules = new Set(untouched.findings.map((f) => f.rule));
    for (const rule of ['appraisal.overdue', 'training.expired', 'supervision.action-overdue', 'pdp.missing']) {
      expect(rules.has(rule)).toBe(false);
    }
  });

  it('shows an appraisal 14 months ago as Overdue, on the sheet and in the check, at the same cell', () => {
    const coaches = sheets['Coaches'];
    const amira = rowWhere(coaches, { 'Coach ID': 'HWBC-001' });
    expect(cellOf(coaches, amira, 'Appraisal status')).toBe('Overdue');
    for (const result of [raw, calculated]) {
      const [f] = findings(result, 'appraisal.overdue');
      expect(f).toMatchObject({ coach: 'Amira Khan', sheet: 'Coaches', row: amira + 1, severity: 'action' });
      expect(f.message).toContain(addMonths(APPRAISED, 12).slice(0, 4));
      expect(result.coaches.find((c) => c.id === 'HWBC-001')?.appraisal?.status).toBe('Overdue');
    }
  });

  it('shows a safeguarding course four years ago as Expired and the coach not ready for referrals', () => {
    const training = sheets['Training'];
    const line = rowWhere(training, { 'Coach ID': 'HWBC-002', Code: 'GEN-01' });
    expect(cellOf(training, line, 'Status')).toBe('Expired');
    const coaches = sheets['Coaches'];
    expect(cellOf(coaches, rowWhere(coaches, { 'Coach ID': 'HWBC-002' }), 'Ready for referrals')).toBe('No');
    for (const result of [raw, calculated]) {
      const expired = findings(result, 'training.expired').filter((f) => f.coach === 'Ben Walsh');
      expect(expired).toHaveLength(1);
      expect(expired[0]).toMatchObject({ sheet: 'Training', row: line + 1, severity: 'action' });
      expect(expired[0].message).toMatch(/^Training out of date: safeguarding for children and adults \(expired /);
      expect(result.coaches.find((c) => c.id === 'HWBC-002')?.readyForReferrals).toBe(false);
      expect(findings(result, 'referrals.not-ready').map((f) => f.coach)).toContain('Ben Walsh');
    }
  });

  it('shows a supervision action a month past its follow-up date as Overdue, at its row', () => {
    const log = sheets['Supervision log'];
    expect(cellOf(log, actionRow, 'Action status')).toBe('Overdue');
    for (const result of [raw, calculated]) {
      expect(findings(result, 'supervision.action-overdue')).toEqual([
        expect.objectContaining({ coach: 'Chloe Davies', sheet: 'Supervision log', row: actionRow + 1 }),
      ]);
    }
  });

  it('agrees with the sheets on every coach, training line and action, not just the three changed', () => {
    const coaches = sheets['Coaches'];
    for (const summary of calculated.coaches) {
      const row = rowWhere(coaches, { 'Coach ID': summary.id });
      expect([summary.id, cellOf(coaches, row, 'Appraisal status')]).toEqual([summary.id, summary.appraisal?.status]);
      const due = readDate('due', cellOf(coaches, row, 'Appraisal due'), ctx);
      expect([summary.id, due]).toEqual([summary.id, summary.appraisal?.due]);
      const cpd = Number(cellOf(coaches, row, 'CPD hours (last 12 months)'));
      expect([summary.id, cpd]).toEqual([summary.id, summary.cpdHours]);
    }
    const training = sheets['Training'];
    const expiredOnSheet = training.values.filter((r, i) => i > 0 && r[col(training, 'Status')] === 'Expired').length;
    const expiredInCheck = findings(calculated, 'training.expired').reduce(
      (n, f) => n + (f.message.match(/\(expired /g) ?? []).length,
      0,
    );
    expect(expiredInCheck).toBe(expiredOnSheet);
    const log = sheets['Supervision log'];
    const overdueOnSheet = log.values.filter((r, i) => i > 0 && r[col(log, 'Action status')] === 'Overdue').length;
    expect(findings(calculated, 'supervision.action-overdue')).toHaveLength(overdueOnSheet);
    const gist = (r: CheckResult) => r.findings.map((f) => [f.rule, f.coach, f.message].join(' | ')).sort();
    expect(gist(raw)).toEqual(gist(calculated));
  });
});

describe('the Tier sign-off pack', () => {
  const sheetList = () => Object.values(sheets);

  it.each(['HWBC-002', 'HWBC-004', 'HWBC-006'])(
    'for %s lists each required competency with its reviewed evidence or the gap',
    (id) => {
      const spec = signOffPackFromSheets(sheetList(), null, id, ctx, [], AS_OF);
      const tier = Number(spec.rows.find((r) => r[1] === PACK_TEXT.signOffFor)?.[4]);
      const rows = spec.rows.filter((r) => r[0] === PACK_TEXT.competencies(tier));
      const log = sheets['Evidence log'];
      const entries: EvidenceEntry[] = log.values
        .filter((r, i) => i > 0 && r[col(log, 'Coach ID')] === id)
        .map((r) => ({
          code: String(r[col(log, 'Competency code')]),
          reviewedBy: (r[col(log, 'Reviewed by')] as string | null) ?? null,
          reviewedOn: readDate('on', r[col(log, 'Reviewed on')], ctx),
        }));
      const gaps = evidenceGaps(tier, entries).map((c) => c.code);
      expect(rows.filter((r) => r[4] === PACK_TEXT.gap).map((r) => String(r[1]).slice(0, 6))).toEqual(gaps);
      for (const r of rows.filter((x) => x[4] === PACK_TEXT.evidenced)) {
        const code = String(r[1]).slice(0, 6);
        const reviewers = entries.filter((e) => e.code === code && isReviewed(e)).map((e) => e.reviewedBy as string);
        expect(reviewers.some((who) => String(r[2]).includes(`reviewed by ${who}`))).toBe(true);
      }
      expect(rows.length).toBeGreaterThan(0);
    },
  );

  it('shows the lapsed safeguarding course and the sign-off block', () => {
    const spec = signOffPackFromSheets(sheetList(), null, 'Ben Walsh', ctx, [], AS_OF);
    const safeguarding = spec.rows.find(
      (r) => r[0] === PACK_TEXT.training && r[1] === 'safeguarding for children and adults',
    );
    expect(safeguarding?.[4]).toBe('Expired');
    expect(spec.rows.filter((r) => r[0] === PACK_TEXT.signOff).map((r) => r[1])).toEqual([
      PACK_TEXT.signOffNote,
      ...PACK_TEXT.signOffRows,
    ]);
    expect(spec.rows.filter((r) => r[0] === PACK_TEXT.hours)).toHaveLength(12 + 2);
    expect(spec.rows.filter((r) => r[0] === PACK_TEXT.supervision).map((r) => r[1])).toEqual([
      'Line management',
      'Clinical supervision',
      'Health coaching supervision',
    ]);
  });

  it('is written by hwbc pack as a new A4 landscape workbook with the header on every page', async () => {
    const out = path.join(dir, 'pack.xlsx');
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await main(['pack', recalculatedFile, '--coach', 'HWBC-004', '--out', out, '--as-of', AS_OF])).toBe(0);
      expect(await main(['pack', recalculatedFile, '--coach', 'HWBC-004', '--out', out])).toBe(2); // never overwrites
    } finally {
      log.mockRestore();
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const ws = book.getWorksheet('Sign-off HWBC-004');
    expect(ws?.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '1:1' });
    expect(ws?.getRow(1).values).toEqual([undefined, ...PACK_TEXT.headers]);
  });
});
