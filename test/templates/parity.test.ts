/**
 * Parity by construction: generated coaches, with the records that go wrong in real workbooks
 * (parityTeam.ts), are written into the template through its own row writer, the workbook is
 * recalculated by LibreOffice, and the template's Coaches sheet must say what `hwbc check` (the
 * check over the same workbook) says, coach by coach: tier, tier in words, what the next tier
 * needs, ready for referrals, each supervision type's due date and status (health coaching
 * supervision set by individual sessions, group sessions beside it, under an hour of it this
 * month), and which agreed actions are past their follow-up date. Coaches do not affect one
 * another in either, so every generated coach goes into one workbook: one LibreOffice run.
 */
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkWorkbook } from '../../shared/check';
import { hoursToGo } from '../../shared/check/report/hoursShown';
import type { CheckResult, CoachSummary } from '../../shared/check/types';
import { MONTHLY_MINUTES_WORDS } from '../../shared/rules/supervision/supervisionFormatFormula';
import { SUPERVISION_LABELS } from '../../shared/rules/supervision/supervisionType';
import { appendRows } from '../../shared/templates/appendRows';
import { COACHES_COLUMNS } from '../../shared/templates/sheets/coachesSheet';
import { createTemplates } from '../../shared/templates';
import { HOURS_LOG_COLUMNS } from '../../shared/templates/sheets/hoursLogSheet';
import type { RowValues, TemplateColumn } from '../../shared/templates/sheetLayout';
import { SUPERVISION_LOG_COLUMNS } from '../../shared/templates/sheets/supervisionLogSheet';
import { TRAINING_COLUMNS } from '../../shared/templates/sheets/trainingSheet';
import { readContext } from '../../shared/values/context';
import { readDate } from '../../shared/values/dates/readDate';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { recalculateAll, type RecalculatedWorkbook } from '../support/libreoffice';
import { AS_OF, AWKWARD_COMPLETIONS, parityCoach, type ParityCoach } from './parityTeam';
import { trimFormulaRows } from './trimmedTemplate';

/** A fixed seed: the same coaches every run, so a failure can be read and replayed. */
const SEED = 20230213;
const COACHES = 30;

let dir: string;
let team: ParityCoach[];
let checked: CheckResult;
let calculated: CheckResult;
let sheet: { headers: string[]; rows: string[][] };
let book: RecalculatedWorkbook;

async function write(wb: XlsxWorkbook, name: string, columns: readonly TemplateColumn[], rows: RowValues[]) {
  if (rows.length > 0) await appendRows(wb, await wb.read(name), columns, rows);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-parity-'));
  const ids = Array.from({ length: COACHES }, (_, i) => `P-${String(i + 1).padStart(2, '0')}`);
  team = ids.map((id, i) => fc.sample(parityCoach(id, AWKWARD_COMPLETIONS[i]), { seed: SEED + i, numRuns: 1 })[0]);
  const wb = new XlsxWorkbook({ today: AS_OF, timeZone: 'Europe/London' });
  await createTemplates(wb);
  const settings = await wb.read('Settings');
  await wb.write('Settings', { row: 1, col: settings.values[0].indexOf('As-of date') }, [[{ date: AS_OF }]]);
  await write(
    wb,
    'Coaches',
    COACHES_COLUMNS,
    team.map((t) => t.coach),
  );
  await write(
    wb,
    'Hours log',
    HOURS_LOG_COLUMNS,
    team.flatMap((t) => t.hours),
  );
  await write(
    wb,
    'Supervision log',
    SUPERVISION_LOG_COLUMNS,
    team.flatMap((t) => t.supervision),
  );
  await write(
    wb,
    'Training',
    TRAINING_COLUMNS,
    team.flatMap((t) => t.training),
  );
  trimFormulaRows(wb);
  const file = path.join(dir, 'parity.xlsx');
  await wb.save(file);
  const out = path.join(dir, 'recalculated');
  fs.mkdirSync(out);
  [book] = await recalculateAll([file], 540000, false, out);
  // HWBC_PARITY_KEEP=<folder> keeps both workbooks for a closer look when a case fails.
  const keep = process.env.HWBC_PARITY_KEEP;
  if (keep) fs.cpSync(dir, keep, { recursive: true });
  sheet = { headers: book['Coaches'][0], rows: book['Coaches'].slice(1) };
  const info = { today: '2030-01-01', timeZone: 'Europe/London' };
  checked = await checkWorkbook(await XlsxWorkbook.fromFile(file, info), { writeReport: false });
  // The same workbook as a person has it once a spreadsheet has calculated it.
  calculated = await checkWorkbook(await XlsxWorkbook.fromFile(path.join(out, 'parity.xlsx'), info), {
    writeReport: false,
  });
}, 600000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What the sheet says of a coach, in the check's terms. */
function sheetSays(row: string[], coach: CoachSummary) {
  const cell = (header: string) => {
    const i = sheet.headers.indexOf(header);
    if (i < 0) throw new Error(`no column "${header}" on Coaches`);
    return row[i] ?? '';
  };
  const ctx = readContext(AS_OF);
  const number = (t: string) => (t === '' ? null : Number.isNaN(Number(t)) ? t : Number(t));
  const toNext = number(cell('Hours to next tier'));
  return {
    tier: number(cell('Tier')),
    tierWords: cell('Tier in words'),
    nextTier: typeof toNext === 'number' ? hoursToGo(toNext) : toNext,
    ready: cell('Ready for referrals') === 'Yes',
    supervision: coach.supervision.map((line) => {
      const label = SUPERVISION_LABELS[line.type];
      return {
        type: line.type,
        due: readDate('due', cell(`${label} due`) || null, ctx),
        status: cell(`${label} status`) || null,
      };
    }),
    group: {
      last: readDate('group', cell('Group coaching last') || null, ctx),
      count: number(cell('Group sessions (3 months)')),
    },
    underAnHour: cell('Individual coaching (month)') === MONTHLY_MINUTES_WORDS.under,
  };
}

/** What the check says of the same coach. */
function checkSays(coach: CoachSummary) {
  return {
    tier: coach.tier,
    tierWords: coach.tierWords,
    nextTier: coach.nextTier,
    ready: coach.readyForReferrals === true,
    supervision: coach.supervision.map((l) => ({ type: l.type, due: l.due, status: l.status })),
    group: { last: coach.groupCoaching.last, count: coach.groupCoaching.lastThreeMonths },
    underAnHour: checked.findings.some(
      (f) => f.coach === coach.coach && f.rule === 'supervision.coaching.under-one-hour',
    ),
  };
}

/** A generated coach in short: their Coaches cells and logs, and checklist lines not plainly dated. */
function inShort(t: ParityCoach) {
  const odd = t.training.filter((r) => !(r.completedOn && typeof r.completedOn === 'object'));
  return {
    coach: t.coach,
    hours: t.hours,
    supervision: t.supervision,
    training: odd.map((r) => [r.code, r.completedOn]),
  };
}

describe('the recalculated template and the check agree on generated coaches', () => {
  it('reads every generated coach', () => {
    expect(checked.coaches.map((c) => c.id)).toEqual(team.map((t) => t.coach.id));
  });

  it('gives the same tier, readiness and supervision statuses, coach by coach', () => {
    const disagreements = checked.coaches.flatMap((coach, i) => {
      const template = sheetSays(sheet.rows[coach.row - 2], coach);
      const check = checkSays(coach);
      const differ = (Object.keys(check) as (keyof typeof check)[]).filter(
        (k) => JSON.stringify(template[k]) !== JSON.stringify(check[k]),
      );
      return differ.length === 0
        ? []
        : [{ coach: inShort(team[i]), differ: differ.map((k) => [k, template[k], check[k]]) }];
    });
    expect(disagreements).toEqual([]);
  });

  // LibreOffice saves a typed TRUE as the formula TRUE() with 1, in a date column a date: the
  // check reads it as TRUE again, and the template's Expires formula takes serial 1 for TRUE.
  it('gives the same coaches and findings on the calculated workbook as on the one just written', () => {
    const gist = (r: CheckResult) => r.findings.map((f) => [f.coach, f.rule, f.severity, f.message].join(' | ')).sort();
    expect(calculated.coaches).toEqual(checked.coaches);
    expect(gist(calculated)).toEqual(gist(checked));
  });

  it('gives the same agreed actions past their follow-up date, row by row on the Supervision log', () => {
    const log = book['Supervision log'];
    const status = log[0].indexOf('Action status');
    const sheetOverdue = log.flatMap((row, i) => (row[status] === 'Overdue' ? [i + 1] : []));
    const checkOverdue = checked.findings.filter((f) => f.rule === 'supervision.action-overdue').map((f) => f.row);
    expect(checkOverdue.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(sheetOverdue);
    expect(sheetOverdue.length).toBeGreaterThan(0);
    expect(log.some((row) => row[status] === 'Done')).toBe(true);
  });

  it('covers the awkward cases it was written for', () => {
    const values = team.flatMap((t) => t.training.map((r) => r.completedOn));
    for (const awkward of AWKWARD_COMPLETIONS) expect(values).toContainEqual(awkward);
    const formats = team.flatMap((t) => t.supervision.map((r) => r.format));
    expect(formats).toContain(null);
    expect(formats.some((f) => typeof f === 'string' && /group/i.test(f))).toBe(true);
    expect(checked.coaches.some((c) => c.readyForReferrals === true)).toBe(true);
    expect(checked.coaches.some((c) => c.readyForReferrals === false)).toBe(true);
    expect(checked.coaches.some((c) => /no evidence agreed yet/.test(c.tierWords ?? ''))).toBe(true);
    expect(checked.findings.some((f) => f.rule === 'supervision.coaching.under-one-hour')).toBe(true);
  });
});
