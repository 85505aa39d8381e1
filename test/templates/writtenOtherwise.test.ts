/**
 * Why the check warns of references written otherwise than the template's formulas match them
 * (docs/rules.md §3, §9), shown on the template itself, recalculated by LibreOffice.
 * - A client: six attended sessions, three written "C-101" and three "c101". The Caseload's
 *   Sessions since review (COUNTIFS) counts three, so the sheet shows no review due, and the
 *   check, which takes that column as it is, says none either; but it warns at the first
 *   "c101". Written one way, the sheet counts six and both say the review is due.
 * - A coach: a two-hour session naming the coach by name, not ID. The Coaches sheet's hours
 *   leave it out, and so does the check, which takes them as they are; it warns. Written by
 *   ID (case aside), both count it.
 * - An answer: a missed one-hour session written "DNA". The sheet counts it as attended, and so
 *   does the check, taking the sheet's hours; it warns. Written "did not attend", both leave it out.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkWorkbook } from '../../shared/check';
import type { CheckResult } from '../../shared/check/types';
import * as T from '../../shared/templates';
import { columnIndex } from '../../shared/templates/formulas/cellReferences';
import type { WriteValue } from '../../shared/workbook';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { recalculateAll } from '../support/libreoffice';

const AS_OF = '2026-03-20';
const COACH = { id: 'M-1', name: 'Coach One', startDate: { date: '2025-01-06' } };

/** A row of the sheet's columns from A, by key. */
function typed(columns: readonly { key: string }[], values: Record<string, WriteValue>): WriteValue[] {
  const last = Math.max(...Object.keys(values).map((k) => columnIndex(columns as never, k)));
  return columns.slice(0, last + 1).map((c) => values[c.key] ?? null);
}

interface Outcome {
  sinceReview: string;
  /** The Coaches sheet's NHS coaching hours for the coach, as LibreOffice works them out. */
  sheetHours: number;
  check: CheckResult;
}

/** One workbook's log: the six sessions' client references, and how the two-hour session names the coach. */
interface Case {
  refs: readonly string[];
  coachAs: string;
  /** The attendance of a one-hour session the client did not come to. */
  missedAs: string;
}

/** The template with this case's sessions, saved as `file`. */
async function workbookWith(file: string, { refs, coachAs, missedAs }: Case): Promise<void> {
  const wb = new XlsxWorkbook({ today: AS_OF });
  await T.createTemplates(wb, {});
  await wb.write(T.SETTINGS, { row: 1, col: columnIndex(T.SETTINGS_COLUMNS, 'asOf') }, [[{ date: AS_OF }]]);
  await wb.write(T.COACHES, { row: 1, col: 0 }, [typed(T.COACHES_COLUMNS, COACH)]);
  await wb.write(T.CASELOAD, { row: 1, col: 0 }, [
    typed(T.CASELOAD_COLUMNS, { client: 'C-101', coach: COACH.id, status: 'Active' }),
  ]);
  const sessions = refs.map((client, i) =>
    typed(T.HOURS_LOG_COLUMNS, {
      date: { date: `2026-02-${String(2 + i * 2).padStart(2, '0')}` },
      coach: COACH.id,
      client,
      minutes: 50,
      kind: 'Follow-up 1:1',
      attendance: 'Attended',
    }),
  );
  const twoHours = typed(T.HOURS_LOG_COLUMNS, {
    date: { date: '2026-03-02' },
    coach: coachAs,
    minutes: 120,
    kind: 'Follow-up 1:1',
    attendance: 'Attended',
  });
  const missed = typed(T.HOURS_LOG_COLUMNS, {
    date: { date: '2026-03-03' },
    coach: COACH.id,
    minutes: 60,
    kind: 'Follow-up 1:1',
    attendance: missedAs,
  });
  await wb.write(T.HOURS_LOG, { row: 1, col: 0 }, [...sessions, twoHours, missed]);
  await wb.save(file);
}

/** Each workbook recalculated in one LibreOffice run: its Sessions since review, and the check of it. */
async function recalculatedOutcomes(dir: string, cases: Record<string, Case>): Promise<Outcome[]> {
  const files = Object.keys(cases).map((name) => path.join(dir, `${name}.xlsx`));
  for (const [i, c] of Object.values(cases).entries()) await workbookWith(files[i], c);
  const kept = path.join(dir, 'recalculated');
  fs.mkdirSync(kept);
  const books = await recalculateAll(files, 180000, false, kept);
  const since = columnIndex(T.CASELOAD_COLUMNS, 'sinceReview');
  return Promise.all(
    files.map(async (f, i) => ({
      sinceReview: books[i][T.CASELOAD][1][since],
      sheetHours: Number(books[i][T.COACHES][1][columnIndex(T.COACHES_COLUMNS, 'hours')]),
      check: await checkWorkbook(await XlsxWorkbook.fromFile(path.join(kept, path.basename(f))), {
        asOf: AS_OF,
        writeReport: false,
      }),
    })),
  );
}

const rules = (r: CheckResult, rule: string) => r.findings.filter((f) => f.rule === rule);

let dir: string;
let twoWays: Outcome;
let oneWay: Outcome;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-client-ways-'));
  [twoWays, oneWay] = await recalculatedOutcomes(dir, {
    'two-ways': { refs: ['C-101', 'c101', 'C-101', 'c101', 'C-101', 'c101'], coachAs: COACH.name, missedAs: 'DNA' },
    'one-way': {
      refs: ['C-101', 'c-101', 'C-101', 'C-101', 'c-101', 'C-101'],
      coachAs: COACH.id.toLowerCase(),
      missedAs: 'did not attend',
    },
  });
}, 240000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('references written otherwise than the formulas match, on the recalculated template', () => {
  it('a client written two ways is counted apart by the Caseload formula, which the check takes as it is, and warned of', () => {
    expect(twoWays.sinceReview).toBe('3');
    expect(rules(twoWays.check, 'caseload.review-due')).toEqual([]);
    expect(rules(twoWays.check, 'data.client-spellings').map((f) => [f.sheet, f.row, f.column, f.coach])).toEqual([
      [T.HOURS_LOG, 3, 'C', COACH.name],
    ]);
  });

  it('a client written one way (case aside, as the formulas read it) counts six on the sheet and in the check, with no warning', () => {
    expect(oneWay.sinceReview).toBe('6');
    expect(rules(oneWay.check, 'caseload.review-due')).toHaveLength(1);
    expect(rules(oneWay.check, 'data.client-spellings')).toEqual([]);
  });

  it('a coach named by name, and a missed session written "DNA", are read otherwise by the Coaches sheet\'s hours, and so by the check\'s, and warned of', () => {
    // Six sessions of 50 minutes by ID: 5 hours. Two-ways: the two hours by name are left out
    // and the missed hour written "DNA" is counted (6); one-way: the two hours in, the hour
    // written "did not attend" out (7).
    expect(twoWays.sheetHours).toBe(6);
    expect(oneWay.sheetHours).toBe(7);
    // The check takes the sheet's worked-out hours as they are, so it reads them as the sheet does: hence the warnings.
    const toGo = (o: Outcome) => o.check.coaches[0].hoursToNextTier as number;
    expect(toGo(twoWays) - toGo(oneWay)).toBe(1);
    expect(rules(twoWays.check, 'data.coach-written-otherwise').map((f) => [f.sheet, f.row, f.column])).toEqual([
      [T.HOURS_LOG, 8, 'B'],
    ]);
    const attendance = String.fromCharCode(65 + columnIndex(T.HOURS_LOG_COLUMNS, 'attendance'));
    expect(rules(twoWays.check, 'data.answer-read-otherwise').map((f) => [f.sheet, f.row, f.column])).toEqual([
      [T.HOURS_LOG, 9, attendance],
    ]);
    for (const rule of ['data.coach-written-otherwise', 'data.answer-read-otherwise'])
      expect(rules(oneWay.check, rule)).toEqual([]);
  });
});
