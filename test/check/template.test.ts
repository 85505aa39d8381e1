/**
 * The check on the template's own sample workbook. Saved by exceljs, the file has formulas
 * but no calculated values, so the check must rebuild hours, last dates and training from
 * the logs; recalculated by LibreOffice, the same workbook has every value. Both must give
 * the same findings, and the check must agree with the template's own formula columns.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkWorkbook } from '../../shared/check';
import { hoursToGo } from '../../shared/check/report/hoursShown';
import type { CheckResult } from '../../shared/check/types';
import { SUPERVISION_LABELS } from '../../shared/rules/supervision/supervisionType';
import { readDate } from '../../shared/values/dates/readDate';
import { readContext } from '../../shared/values/context';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { recalculateToFile } from '../support/libreoffice';
import { sampleWorkbook } from '../support/sampleWorkbook';

const AS_OF = '2026-03-20';
let dir: string;
let raw: CheckResult;
let calculated: CheckResult;
let coachesSheet: { headers: string[]; rows: unknown[][] };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-template-check-'));
  // The workbook's own as-of date is fixed on Settings, so LibreOffice's TODAY() does not decide.
  const wb = await sampleWorkbook(AS_OF);
  const file = path.join(dir, 'sample.xlsx');
  await wb.save(file);
  const recalculated = await recalculateToFile(file, path.join(dir, 'out'));
  const info = { today: '2030-01-01', timeZone: 'Europe/London' };
  raw = await checkWorkbook(await XlsxWorkbook.fromFile(file, info), { writeReport: false });
  const calc = await XlsxWorkbook.fromFile(recalculated, info);
  calculated = await checkWorkbook(calc, { writeReport: false });
  const coaches = await calc.read('Coaches');
  coachesSheet = { headers: coaches.values[0].map(String), rows: coaches.values.slice(1) };
}, 240000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the check on the template sample workbook', () => {
  it('reads every template sheet as its kind and takes the as-of date from Settings', () => {
    expect(raw.asOf).toBe(AS_OF);
    expect(raw.mappings.map((m) => [m.sheet, m.kind, m.headerRow]).sort()).toEqual(
      [
        ['CPD log', 'cpdLog', 1],
        ['Caseload', 'caseload', 1],
        ['Coaches', 'coaches', 1],
        ['Evidence log', 'evidenceLog', 1],
        ['Hours log', 'hoursLog', 1],
        ['Supervision log', 'supervisionLog', 1],
        ['Training', 'training', 1],
      ].sort(),
    );
    expect(raw.coaches.length).toBeGreaterThanOrEqual(5);
  });

  it('finds nothing wrong with the template’s own data: no bad values, unknown coaches or unread sources', () => {
    const rules = new Set(raw.findings.map((f) => f.rule));
    for (const rule of rules) expect(rule).not.toMatch(/^data\.|not-recorded$/);
  });

  it('gives the same coaches and findings whether or not the formulas were calculated', () => {
    const gist = (r: CheckResult) => r.findings.map((f) => [f.coach, f.rule, f.severity, f.message].join(' | ')).sort();
    expect(calculated.coaches).toEqual(raw.coaches);
    expect(gist(calculated)).toEqual(gist(raw));
  });

  it('agrees with the template’s own tier, hours to next tier, due date, status and readiness columns', () => {
    const column = (header: string) => {
      const i = coachesSheet.headers.indexOf(header);
      if (i < 0) throw new Error(`no column "${header}" on Coaches`);
      return i;
    };
    const ctx = readContext(AS_OF);
    for (const coach of raw.coaches) {
      const row = coachesSheet.rows[coach.row - 2];
      expect([coach.coach, row[column('Tier')], row[column('Tier in words')]]).toEqual([
        coach.coach,
        coach.tier,
        coach.tierWords,
      ]);
      // The same hours count (hoursLogRowCounts), shown to a tenth rounded up as the check shows
      // them, or the same words when evidence or PCI training holds the coach back.
      const toNext = row[column('Hours to next tier')];
      expect([coach.coach, typeof toNext === 'number' ? hoursToGo(toNext) : toNext]).toEqual([
        coach.coach,
        coach.nextTier,
      ]);
      const groupLast = readDate('group', row[column('Group coaching last')], ctx);
      expect([coach.coach, groupLast, row[column('Group sessions (3 months)')]]).toEqual([
        coach.coach,
        coach.groupCoaching.last,
        coach.groupCoaching.lastThreeMonths,
      ]);
      const ready = row[column('Ready for referrals')];
      expect([coach.coach, ready === true || ready === 'Yes']).toEqual([coach.coach, coach.readyForReferrals]);
      for (const line of coach.supervision) {
        const label = SUPERVISION_LABELS[line.type];
        const due = readDate('due', row[column(`${label} due`)], ctx);
        expect([coach.coach, label, due, row[column(`${label} status`)]]).toEqual([
          coach.coach,
          label,
          line.due,
          line.status,
        ]);
      }
    }
  });

  it('reads the Tier 2 sign-off columns: an action for each Tier 2+ coach with neither filled in, no "no column" note', () => {
    const coaches = raw.mappings.find((m) => m.kind === 'coaches');
    const signOffColumns = coaches?.columns.filter((c) => c.field.startsWith('tier2SignOff'));
    expect(signOffColumns?.map((c) => [c.field, c.header])).toEqual([
      ['tier2SignOff', 'Tier 2 sign-off by'],
      ['tier2SignOffOrganisation', 'Tier 2 sign-off organisation'],
      ['tier2SignOffDate', 'Tier 2 sign-off date'],
    ]);
    const cell = (row: unknown[], header: string) => row[coachesSheet.headers.indexOf(header)];
    const blank = (v: unknown) => v === null || v === undefined || v === '';
    const unsigned = coachesSheet.rows
      .filter((row) => Number(cell(row, 'Tier')) >= 2 || Number(cell(row, 'Evidenced tier')) >= 2)
      .filter((row) => blank(cell(row, 'Tier 2 sign-off by')) && blank(cell(row, 'Tier 2 sign-off date')))
      .map((row) => cell(row, 'Name'));
    expect(unsigned.length).toBeGreaterThan(0);
    const found = raw.findings.filter((f) => f.rule === 'tier.tier2-signoff');
    expect(found.map((f) => [f.coach, f.severity])).toEqual(unsigned.map((name) => [name, 'action']));
  });
});
