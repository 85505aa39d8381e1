/**
 * `hwbc template --sample`, recalculated by LibreOffice: no formula gives an error, and the
 * worked-out columns equal what the rules core computes from the same rows, re-derived here
 * from the rows the workbook holds (never from copied numbers).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { dayLoad, reviewDue } from '../../shared/rules/caseload/caseload';
import { evidenceGaps, requiredCompetencies } from '../../shared/rules/evidence/evidenceCoverage';
import { attendanceCounts } from '../../shared/rules/tiers/hoursThatCount';
import { parseSupervisionType } from '../../shared/rules/supervision/supervisionType';
import * as T from '../../shared/templates';
import { columnIndex } from '../../shared/templates/formulas/cellReferences';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { recalculate, type RecalculatedWorkbook } from '../support/libreoffice';
import { closeTo } from './caseSheet';
import { deriveCoach, logRow, type SampleRows } from './deriveCoach';
import { records } from './sampleRows';

const ERROR = /^(#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)|Err:\d+)/;
let book: RecalculatedWorkbook;
let wb: XlsxWorkbook;
let rows: SampleRows;
let asOf: string;
const cellOf = (sheet: string, columns: readonly { key: string }[], row: number, key: string) =>
  book[sheet][row]?.[columnIndex(columns as never, key)] ?? '';

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-sample-'));
  const file = path.join(dir, 'team.xlsx');
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  expect(await main(['template', '--out', file, '--sample'])).toBe(0);
  log.mockRestore();
  wb = await XlsxWorkbook.fromFile(file);
  book = await recalculate(file);
  asOf = book['Settings'][3][2];
  rows = {
    coaches: records(await wb.read('Coaches'), T.COACHES_COLUMNS, ['startDate', 'tier2SignOffDate']),
    hours: records(await wb.read('Hours log'), T.HOURS_LOG_COLUMNS, ['date']),
    supervision: records(await wb.read('Supervision log'), T.SUPERVISION_LOG_COLUMNS, ['date']),
    training: records(await wb.read('Training'), T.TRAINING_COLUMNS, ['completedOn']),
    evidence: records(await wb.read('Evidence log'), T.EVIDENCE_LOG_COLUMNS, ['date', 'reviewedOn']),
  };
  fs.rmSync(dir, { recursive: true, force: true });
}, 240000);

describe('hwbc template --sample, recalculated by LibreOffice', () => {
  it('has no error value in any formula cell', async () => {
    let checked = 0;
    for (const sheet of await wb.sheetNames()) {
      const data = await wb.read(sheet);
      data.formulas.forEach((row, r) =>
        row.forEach((formula, c) => {
          if (formula === null) return;
          checked++;
          const value = book[sheet][data.top + r]?.[data.left + c] ?? '';
          if (ERROR.test(value))
            throw new Error(`${sheet} row ${data.top + r + 1} column ${c + 1}: ${value} from ${formula}`);
        }),
      );
    }
    expect(checked).toBeGreaterThan(20000);
  });

  it('works the as-of date out as today', () => {
    const d = new Date();
    expect(asOf).toBe(
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
    );
  });

  it('shows the same hours, tier, training state and supervision as the rules core, coach by coach', () => {
    rows.coaches.forEach((coach, i) => {
      const expected = deriveCoach(coach, rows, asOf);
      const got = (key: string) => cellOf('Coaches', T.COACHES_COLUMNS, i + 1, key);
      expect({ id: coach.id, hours: closeTo(got('hours'), expected.hours) }).toEqual({ id: coach.id, hours: true });
      const next =
        typeof expected.needs === 'string'
          ? got('hoursToNextTier') === expected.needs
          : closeTo(got('hoursToNextTier'), expected.needs);
      expect({ id: coach.id, next, got: got('hoursToNextTier') }).toMatchObject({ id: coach.id, next: true });
      const shown = Object.fromEntries(Object.keys(expected.cells).map((k) => [k, got(k)]));
      expect({ id: coach.id, ...shown }).toEqual({ id: coach.id, ...expected.cells });
      const filled = { pci: got('pci') !== '', induction: got('induction') !== '', mandatory: got('mandatory') !== '' };
      expect({ id: coach.id, ...filled }).toEqual({ id: coach.id, ...expected.done });
    });
  });

  it('shows evidence coverage per coach as evidenceGaps counts it', () => {
    rows.coaches.forEach((coach, i) => {
      const level = Number(cellOf('Coaches', T.COACHES_COLUMNS, i + 1, 'claimedTier'));
      const entries = rows.evidence
        .filter((e) => e.coach === coach.id)
        .map((e) => ({
          code: String(e.code),
          reviewedBy: e.reviewedBy as string | null,
          reviewedOn: e.reviewedOn as string | null,
        }));
      const required = requiredCompetencies(level).length;
      const gaps = evidenceGaps(level, entries).length;
      const got = (key: string) => cellOf('Competencies', T.COMPETENCIES_COLUMNS, i + 1, key);
      expect([coach.id, got('required'), got('evidenced'), got('gaps')]).toEqual([
        coach.id,
        String(required),
        String(required - gaps),
        String(gaps),
      ]);
    });
  });

  it('shows day loads and client reviews as the caseload rules count them', async () => {
    rows.hours.forEach((s, i) => {
      const sessions = rows.hours.filter(
        (o) => o.coach === s.coach && o.date === s.date && attendanceCounts(logRow(o).attendance),
      ).length;
      expect([i, cellOf('Hours log', T.HOURS_LOG_COLUMNS, i + 1, 'dayLoad')]).toEqual([i, dayLoad(sessions)]);
    });
    const clients = records(await wb.read('Caseload'), T.CASELOAD_COLUMNS, ['lastReview']);
    clients.forEach((client, i) => {
      const seen = rows.hours.filter((s) => s.client === client.client && attendanceCounts(logRow(s).attendance));
      const since = seen.filter((s) => client.lastReview === null || String(s.date) > String(client.lastReview)).length;
      const got = (key: string) => cellOf('Caseload', T.CASELOAD_COLUMNS, i + 1, key);
      expect([client.client, got('sessions'), got('sinceReview'), got('reviewDue')]).toEqual([
        client.client,
        String(seen.length),
        String(since),
        reviewDue(since) ? 'Yes' : 'No',
      ]);
    });
  });

  it('is a team that shows every formula at work', () => {
    const column = (sheet: string, columns: readonly { key: string }[], key: string) =>
      book[sheet].slice(1).map((r) => r[columnIndex(columns as never, key)]);
    expect(new Set(column('Coaches', T.COACHES_COLUMNS, 'claimedTier').filter(Boolean))).toEqual(
      new Set(['0', '1', '2', '3', '4']),
    );
    const statuses = ['statusLine', 'statusClinical', 'statusCoaching'].flatMap((k) =>
      column('Coaches', T.COACHES_COLUMNS, k),
    );
    expect(new Set(statuses.filter(Boolean))).toEqual(new Set(['OK', 'Due soon', 'Overdue']));
    expect(new Set(column('Coaches', T.COACHES_COLUMNS, 'ready').filter(Boolean))).toEqual(new Set(['Yes', 'No']));
    expect(new Set(column('Hours log', T.HOURS_LOG_COLUMNS, 'dayLoad').filter(Boolean))).toEqual(
      new Set(['OK', 'At limit', 'Over']),
    );
    expect(rows.hours.length).toBeGreaterThan(200);
    expect(rows.coaches.some((c) => c.wte !== null && Number(c.wte) < 0.5)).toBe(true);
    expect(rows.hours.every((s) => s.client === null || /^C-\d{4}$/.test(String(s.client)))).toBe(true);
    // A session typed with a synonym still counts.
    expect(rows.supervision.some((s) => s.type === 'LM' && parseSupervisionType('LM') === 'line')).toBe(true);
    expect(rows.training.some((t) => t.checklist === 'PCI training' && t.completedOn === null)).toBe(true);
  });

  it('records the independent Tier 2 sign-off for most Tier 2+ coaches, and leaves one without', () => {
    const headers = book['Coaches'][0];
    expect(headers.slice(headers.indexOf('Evidenced tier'), headers.indexOf('Evidenced tier') + 4)).toEqual([
      'Evidenced tier',
      'Tier 2 sign-off by',
      'Tier 2 sign-off organisation',
      'Tier 2 sign-off date',
    ]);
    const tier2Up = rows.coaches.filter(
      (_, i) => Number(cellOf('Coaches', T.COACHES_COLUMNS, i + 1, 'claimedTier')) >= 2,
    );
    const signed = tier2Up.filter((c) => c.tier2SignOff !== null && c.tier2SignOffDate !== null);
    expect(tier2Up.length - signed.length).toBe(1);
    expect(signed.length).toBeGreaterThan(tier2Up.length / 2);
    for (const c of signed) {
      expect(String(c.tier2SignOffDate) <= asOf && String(c.tier2SignOffDate) >= String(c.startDate)).toBe(true);
      // The signer is not one of the coach's own organisation's people on the sheet.
      const own = rows.coaches.flatMap((o) => [o.name, o.lineManager, o.clinicalSupervisor]);
      expect(own).not.toContain(c.tier2SignOff);
      // Independent of the coach's own organisation (framework §8.2.1).
      expect(c.tier2SignOffOrganisation).not.toBe(c.organisation);
    }
  });
});
