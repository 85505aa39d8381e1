/**
 * `hwbc check` over many workbooks on worker threads (the compiled command line, as a user runs
 * it): the same output, byte for byte and in the same order, as checking the files one after
 * another, a file that cannot be read still listed with its reason.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeNewHireFile } from '../support/newHireFile';
import { ensureCliBuilt } from '../support/builtCli';

const AS_OF = '2026-03-20';
const ROOT = path.resolve(__dirname, '../..');
const CSV = path.join(__dirname, '..', 'fixtures', 'check', 'hours-log.csv');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-workers-'));

const hire = (file: string, name: string, id: string) => writeNewHireFile(file, name, id, AS_OF);

/** `hwbc check` over the folder with at most `threads` threads. */
function check(threads: number): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bin', 'hwbc.js'), 'check', dir, '--as-of', AS_OF, '--json'],
    {
      encoding: 'utf8',
      env: { ...process.env, HWBC_THREADS: String(threads), HWBC_DEBUG: '' },
    },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  ensureCliBuilt();
  // One new hire's workbook, copied: writing each takes longer than checking it.
  await hire(path.join(dir, 'a-asha.xlsx'), 'Asha Rao', 'HWBC-1');
  fs.copyFileSync(path.join(dir, 'a-asha.xlsx'), path.join(dir, 'b-asha-again.xlsx'));
  fs.writeFileSync(path.join(dir, 'c-damaged.xlsx'), 'this is not a zip file');
  fs.copyFileSync(CSV, path.join(dir, 'd-hours-log.csv'));
  fs.copyFileSync(path.join(dir, 'a-asha.xlsx'), path.join(dir, 'e-asha-copy.xlsx'));
}, 180000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('hwbc check over many workbooks on worker threads', () => {
  it('prints exactly what checking them one after another prints, the unreadable file included', () => {
    const alone = check(1);
    const shared = check(3);
    expect(alone.status).toBe(0);
    expect(shared).toEqual(alone);
    const team = JSON.parse(shared.stdout) as {
      files: { file: string; problem: string | null }[];
      coaches: { file: string }[];
    };
    expect(team.files.map((f) => path.basename(f.file))).toEqual([
      'a-asha.xlsx',
      'b-asha-again.xlsx',
      'c-damaged.xlsx',
      'd-hours-log.csv',
      'e-asha-copy.xlsx',
    ]);
    expect(team.files[2].problem).toMatch(/c-damaged\.xlsx" is not a readable \.xlsx workbook/);
    expect(shared.stderr).toMatch(/c-damaged\.xlsx" is not a readable \.xlsx workbook/);
    // Every workbook's coach is there, each with its own file, whichever thread read it.
    expect(team.coaches.map((c) => path.basename(c.file))).toEqual(
      expect.arrayContaining(['a-asha.xlsx', 'b-asha-again.xlsx', 'e-asha-copy.xlsx']),
    );
  }, 180000);
});
