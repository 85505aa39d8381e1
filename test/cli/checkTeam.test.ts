/**
 * `hwbc check` over a PCN's workbooks: a folder (with a sub-folder) of a practice's sample
 * workbook, new hires' own workbooks and a CSV export, plus an unreadable file. Every coach is
 * listed with its workbook, the findings are those of checking each workbook alone, a coach ID
 * in two workbooks is a finding, and the report is a new workbook LibreOffice opens.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkCommand } from '../../src/cli/checkCommand';
import { checkFile } from '../../src/cli/checkFile';
import { createTemplates } from '../../shared/templates';
import { writeNewHireFile } from '../support/newHireFile';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import type { TeamResult } from '../../shared/team/types';
import { recalculate } from '../support/libreoffice';

const AS_OF = '2026-03-20';
const CSV = path.join(__dirname, '..', 'fixtures', 'check', 'hours-log.csv');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-team-'));
const pcn = path.join(dir, 'pcn');

async function run(...args: string[]): Promise<{ code: number; out: string; errors: string }> {
  const out: string[] = [];
  const errors: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((m: string) => void out.push(m));
  const error = jest.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
  try {
    const code = await checkCommand(args);
    return { code, out: out.join('\n'), errors: errors.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

const hire = (file: string, name: string, id: string) => writeNewHireFile(file, name, id, AS_OF);

beforeAll(async () => {
  fs.mkdirSync(path.join(pcn, 'north'), { recursive: true });
  const practice = new XlsxWorkbook({ today: AS_OF });
  await createTemplates(practice, { sample: true });
  await practice.save(path.join(pcn, 'practice.xlsx'));
  await hire(path.join(pcn, 'asha.xlsx'), 'Asha Rao', 'HWBC-9');
  await hire(path.join(pcn, 'north', 'asha-again.xlsx'), 'Asha Rao', 'hwbc-9 ');
  fs.copyFileSync(CSV, path.join(pcn, 'north', 'hours-log.csv'));
  fs.writeFileSync(path.join(pcn, 'north', 'damaged.xlsx'), 'this is not a zip file');
  // Excel's lock file while a workbook is open: never a workbook of its own.
  fs.writeFileSync(path.join(pcn, '~$asha.xlsx'), 'lock');
  fs.writeFileSync(path.join(pcn, 'north', 'notes.txt'), 'not a workbook');
}, 120000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('hwbc check over many workbooks', () => {
  let team: TeamResult;

  const report = path.join(dir, 'team-report.xlsx');

  beforeAll(async () => {
    // One run gives the JSON and writes the report: checking the folder once serves every case.
    const r = await run(pcn, '--as-of', AS_OF, '--json', '--report', report);
    expect(r.code).toBe(0);
    team = JSON.parse(r.out);
    expect(r.errors).toMatch(/damaged\.xlsx" is not a readable \.xlsx workbook/);
  }, 120000);

  it('reads every workbook in the folder and its sub-folders, and lists the one it could not read', () => {
    const names = team.files.map((f) => path.relative(pcn, f.file));
    expect(names.sort()).toEqual([
      'asha.xlsx',
      'north/asha-again.xlsx',
      'north/damaged.xlsx',
      'north/hours-log.csv',
      'practice.xlsx',
    ]);
    const damaged = team.files.find((f) => f.file.endsWith('damaged.xlsx'));
    expect(damaged).toMatchObject({ coaches: 0 });
    expect(damaged?.problem).toMatch(/not a readable \.xlsx workbook \(it may be damaged or password-protected\)/);
    expect(team.asOf).toBe(AS_OF);
  });

  it('lists each coach and finding with its workbook, as checking each workbook alone finds them', async () => {
    for (const file of team.files.filter((f) => f.problem === null)) {
      const alone = await checkFile(file.file, AS_OF);
      if (!('result' in alone)) throw new Error(`${file.file} could not be checked alone`);
      const mine = <T extends { file: string }>(xs: T[]) =>
        xs.filter((x) => x.file === file.file).map(({ file: _, ...x }) => x);
      expect(file.coaches).toBe(alone.result.coaches.length);
      const findings = mine(team.findings).filter((f) => f.rule !== 'team.same-coach-in-two-workbooks');
      expect(findings).toEqual(alone.result.findings);
      expect(mine(team.monthly)).toEqual(alone.result.monthly);
      expect(mine(team.coaches).map((c) => [c.coach, c.tier, c.supervision])).toEqual(
        alone.result.coaches.map((c) => [c.coach, c.tier, c.supervision]),
      );
    }
    expect(team.coaches.length).toBe(team.files.reduce((n, f) => n + f.coaches, 0));
  });

  it('reports a coach ID found in two workbooks, at the second, naming the first', () => {
    const same = team.findings.filter((f) => f.rule === 'team.same-coach-in-two-workbooks');
    expect(same).toHaveLength(1);
    expect(same[0]).toMatchObject({ severity: 'warning', coach: 'Asha Rao', sheet: 'Coaches', row: 2 });
    expect(same[0].file).toMatch(/asha-again\.xlsx$/);
    expect(same[0].message).toContain(`is also in ${path.join(pcn, 'asha.xlsx')} (Coaches row 2)`);
    const second = team.coaches.find((c) => c.file === same[0].file);
    expect(second?.rag).not.toBe('green');
  });

  it('takes globs the shell left alone, and prints a table naming each workbook', async () => {
    const r = await run(path.join(pcn, '**', '*.csv'), path.join(pcn, 'as?a.xlsx'), '--as-of', AS_OF);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^HWBC check of 2 workbooks, as of 20 Mar 2026$/m);
    expect(r.out).toMatch(/hours-log\.csv +Sam Jones/);
    expect(r.out).toMatch(/asha\.xlsx +Asha Rao/);
    expect(r.out).toMatch(/^Monthly summary, all coaches:$/m);
    const none = await run(path.join(pcn, '*.ods'));
    expect(none.code).toBe(2);
    expect(none.errors).toBe(`No .xlsx or .csv file matches "${path.join(pcn, '*.ods')}".`);
  });

  it('says so for a folder with nothing to check', async () => {
    const empty = fs.mkdtempSync(path.join(dir, 'empty-'));
    const r = await run(empty);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.errors).toBe(`Cannot read "${empty}": it is a folder with no .xlsx or .csv files in it.`);
  });

  it('writes the report as a new workbook that LibreOffice opens, and never over a file', async () => {
    const sheets = await recalculate(report);
    expect(Object.keys(sheets)).toEqual(['PCN summary', 'Coaches', 'Findings', 'Monthly summary']);
    for (const [name, rows] of Object.entries(sheets))
      for (const row of rows)
        expect({ name, errors: row.filter((v) => /^#[A-Z/0]+[!?]?$/.test(v)) }).toEqual({ name, errors: [] });
    expect(sheets.Coaches.length - 1).toBe(team.coaches.length);
    expect(sheets.Findings.length - 1).toBe(team.findings.length);
    expect(sheets['Monthly summary'].length - 1).toBe(team.monthly.length);
    const cell = sheets.Findings.find((row) => row[4] === 'team.same-coach-in-two-workbooks');
    expect(cell?.slice(0, 4)).toEqual([
      expect.stringMatching(/asha-again\.xlsx$/),
      'warning',
      'Asha Rao',
      'Coaches!A2',
    ]);
    expect(sheets['PCN summary'].flat()).toEqual(expect.arrayContaining([expect.stringMatching(/damaged\.xlsx/)]));

    fs.writeFileSync(report, 'mine');
    const again = await run(pcn, '--report', report);
    expect(again.code).toBe(2);
    expect(again.errors).toContain('already exists');
    expect(fs.readFileSync(report, 'utf8')).toBe('mine');
  }, 120000);
});
