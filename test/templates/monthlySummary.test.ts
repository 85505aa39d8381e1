/**
 * The Monthly summary sheet, recalculated by LibreOffice, against the workbook check's monthly
 * summary (shared/check/monthlySummary.ts) on the same workbook: every figure of every month
 * and coach, for the sample team and for a generated team whose logs run past the rows the log
 * sheets fill with formulas and hold the awkward cases (did not attend, cancelled, non-NHS,
 * client references in another case, sessions after the as-of date, group supervision, a coach
 * with nothing logged). Both workbooks are recalculated in one LibreOffice run.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkWorkbook } from '../../shared/check';
import type { MonthlyFigures } from '../../shared/check/types';
import * as T from '../../shared/templates';
import { columnIndex } from '../../shared/templates/formulas/cellReferences';
import { seededRandom } from '../../shared/templates/sample/random';
import { addDays } from '../../shared/values/dates/calendarDate';
import type { WriteValue } from '../../shared/workbook';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { recalculateAll, type RecalculatedWorkbook } from '../support/libreoffice';

const AS_OF = '2026-03-20';
const HOURS_ROWS = 2100;
const rnd = seededRandom(17);
const COACH_IDS = ['M-1', 'M-2', 'M-3'];

/** A row of typed values, from column A to the last key given, by the sheet's column keys. */
function typed(columns: readonly { key: string }[], values: Record<string, unknown>): WriteValue[] {
  const last = Math.max(...Object.keys(values).map((k) => columnIndex(columns as never, k)));
  return columns.slice(0, last + 1).map((c): WriteValue => {
    const v = values[c.key];
    if (v === undefined || v === null) return null;
    return /date|referralDate/i.test(c.key) ? { date: String(v) } : (v as WriteValue);
  });
}

const day = (from: number, to: number) => addDays(AS_OF, rnd.int(from, to));
const generated = {
  coaches: COACH_IDS.map((id, i) => ({ id, name: `Coach ${i + 1}`, startDate: '2024-01-01' })),
  hours: Array.from({ length: HOURS_ROWS }, () => ({
    date: day(-420, 25),
    // M-3 has nothing logged; an unknown coach's rows count for nobody.
    coach: rnd.pick(['M-1', 'M-1', 'M-2', 'X-9']),
    client: rnd.pick([null, 'c-1', 'C-1', 'C-2', 'c-3', 'C-4', 'C-5', 'C-6', 'C-7', 'C-8']),
    minutes: rnd.int(1, 12) * 5,
    kind: rnd.pick(['Initial 1:1', 'Follow-up 1:1', 'Group']),
    attendance: rnd.pick([null, 'Attended', 'Attended', 'Did not attend', 'Cancelled']),
    nhs: rnd.pick([null, 'Yes', 'No']),
  })),
  supervision: Array.from({ length: 300 }, () => ({
    date: day(-400, 20),
    coach: rnd.pick(['M-1', 'M-2']),
    type: rnd.pick(['Line management', 'LM', 'Clinical', 'cs', 'Health coaching', 'HCS', 'Group health coaching']),
    format: rnd.pick([null, '1:1', 'Group']),
  })),
  caseload: Array.from({ length: 60 }, (_, i) => ({
    client: `C-${i}`,
    coach: rnd.pick(['M-1', 'M-2']),
    referralDate: day(-400, 20),
  })),
};

async function fill(wb: XlsxWorkbook): Promise<void> {
  const put = (sheet: string, rows: WriteValue[][]) => wb.write(sheet, { row: 1, col: 0 }, rows);
  await put(
    T.COACHES,
    generated.coaches.map((r) => typed(T.COACHES_COLUMNS, r)),
  );
  await put(
    T.HOURS_LOG,
    generated.hours.map((r) => typed(T.HOURS_LOG_COLUMNS, r)),
  );
  await put(
    T.SUPERVISION_LOG,
    generated.supervision.map((r) => typed(T.SUPERVISION_LOG_COLUMNS, r)),
  );
  await put(
    T.CASELOAD,
    generated.caseload.map((r) => typed(T.CASELOAD_COLUMNS, r)),
  );
}

interface Case {
  name: string;
  expected: MonthlyFigures[];
  book?: RecalculatedWorkbook;
}
const cases: Case[] = [];

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-monthly-'));
  try {
    const files: string[] = [];
    for (const name of ['sample', 'generated']) {
      const wb = new XlsxWorkbook({ today: AS_OF });
      await T.createTemplates(wb, { sample: name === 'sample' });
      await wb.write(T.SETTINGS, { row: 1, col: columnIndex(T.SETTINGS_COLUMNS, 'asOf') }, [[{ date: AS_OF }]]);
      if (name === 'generated') await fill(wb);
      const file = path.join(dir, `${name}.xlsx`);
      await wb.save(file);
      files.push(file);
      const check = await checkWorkbook(await XlsxWorkbook.fromFile(file), { asOf: AS_OF, writeReport: false });
      cases.push({ name, expected: check.monthly ?? [] });
    }
    const books = await recalculateAll(files, 1500000);
    books.forEach((book, i) => (cases[i].book = book));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 1560000);

/** The sheet's rows as the check's figures, keyed by month and coach ID. */
function sheetFigures(book: RecalculatedWorkbook): Map<string, Record<string, string>> {
  const keys = T.MONTHLY_SUMMARY_COLUMNS.map((c) => c.key);
  const out = new Map<string, Record<string, string>>();
  for (const row of book[T.MONTHLY_SUMMARY].slice(1)) {
    if (!row || !row[1]) continue;
    const record = Object.fromEntries(keys.map((k, i) => [k, row[i] ?? '']));
    out.set(`${record.month.slice(0, 7)} ${record.coach}`, record);
  }
  return out;
}

const asShown = (f: MonthlyFigures) => ({
  sessions: f.sessions,
  nhsHours: f.nhsHours,
  clients: f.clients,
  newReferrals: f.newReferrals,
  didNotAttend: f.didNotAttend,
  didNotAttendRate: f.didNotAttendRate === null ? null : Math.round(f.didNotAttendRate * 1e6) / 1e6,
  lineIndividual: f.supervision.line.individual,
  lineGroup: f.supervision.line.group,
  clinicalIndividual: f.supervision.clinical.individual,
  clinicalGroup: f.supervision.clinical.group,
  coachingIndividual: f.supervision.coaching.individual,
  coachingGroup: f.supervision.coaching.group,
});

function fromSheet(r: Record<string, string>): ReturnType<typeof asShown> {
  const n = (k: string) => Number(r[k]);
  return {
    sessions: n('sessions'),
    nhsHours: n('nhsHours'),
    clients: n('clients'),
    newReferrals: n('newReferrals'),
    didNotAttend: n('didNotAttend'),
    didNotAttendRate: r.didNotAttendRate === '' ? null : Math.round(n('didNotAttendRate') * 1e6) / 1e6,
    lineIndividual: n('lineIndividual'),
    lineGroup: n('lineGroup'),
    clinicalIndividual: n('clinicalIndividual'),
    clinicalGroup: n('clinicalGroup'),
    coachingIndividual: n('coachingIndividual'),
    coachingGroup: n('coachingGroup'),
  };
}

describe('the Monthly summary sheet, recalculated by LibreOffice, agrees with the check', () => {
  it.each(['sample', 'generated'])("%s team: every month and coach has the check's figures", (name) => {
    const c = cases.find((x) => x.name === name) as Case;
    const sheet = sheetFigures(c.book as RecalculatedWorkbook);
    expect(c.expected.length).toBeGreaterThan(0);
    for (const f of c.expected) {
      const row = sheet.get(`${f.month} ${f.id}`);
      expect({ month: f.month, id: f.id, figures: row && fromSheet(row) }).toEqual({
        month: f.month,
        id: f.id,
        figures: asShown(f),
      });
    }
    // Twelve months of every coach; months before the first activity show nothing happened.
    const coaches = new Set(c.expected.map((f) => f.id));
    expect(sheet.size).toBe(12 * coaches.size);
    const first = c.expected[0].month;
    for (const [key, row] of sheet) {
      if (key.slice(0, 7) >= first) continue;
      expect({ key, ...fromSheet(row) }).toMatchObject({ key, sessions: 0, clients: 0, didNotAttendRate: null });
    }
  });

  it('counts sessions on Hours log rows past the rows the log fills with formulas', () => {
    const c = cases.find((x) => x.name === 'generated') as Case;
    const log = c.book?.[T.HOURS_LOG] ?? [];
    expect(log.length).toBe(HOURS_ROWS + 1);
    expect(c.book?.[T.MONTHLY_SUMMARY][1][columnIndex(T.MONTHLY_SUMMARY_COLUMNS, 'logRows')]).toBe(
      String(HOURS_ROWS + 1),
    );
    // The sheet's totals are the check's, which reads every row.
    const total = (f: (m: MonthlyFigures) => number) => c.expected.reduce((s, m) => s + f(m), 0);
    const sheet = [...sheetFigures(c.book as RecalculatedWorkbook).values()];
    expect(sheet.reduce((s, r) => s + Number(r.sessions), 0)).toBe(total((m) => m.sessions));
    expect(total((m) => m.sessions)).toBeGreaterThan(500);
  });
});
