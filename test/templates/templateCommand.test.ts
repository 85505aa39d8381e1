import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseTemplateArgs, templateCommand } from '../../src/cli/templateCommand';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

/** Runs the command with console output captured. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((m: string) => void out.push(m));
  const error = jest.spyOn(console, 'error').mockImplementation((m: string) => void err.push(m));
  try {
    return { code: await templateCommand(args), out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('hwbc template', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-cli-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads its options', () => {
    expect(parseTemplateArgs(['--out', 't.xlsx', '--sample'])).toEqual({ out: 't.xlsx', sample: true });
    expect(parseTemplateArgs(['--out=t.xlsx'])).toEqual({ out: 't.xlsx', sample: false });
    expect(parseTemplateArgs(['--help'])).toEqual({ help: true });
  });

  it.each([
    [[], 'Say where to write the workbook with --out FILE.xlsx.'],
    [['--out'], '--out needs a file name'],
    [['--out', 'team.csv'], 'must end in .xlsx, got "team.csv"'],
    [['--out', 'team.xlsx', '--colour'], 'Unknown option "--colour"'],
  ])('refuses %j with a clear message and exit code 2', async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain('Usage: hwbc template --out FILE.xlsx [--sample]');
  });

  it('writes the workbook, says what it wrote, and never overwrites a file', async () => {
    const file = path.join(dir, 'team.xlsx');
    const first = await run(['--out', file]);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toContain(
      'Settings, Hours log, Supervision log, Training, CPD log, Caseload, Coaches, Competencies, Evidence log',
    );
    // It opens on Coaches, the sheets in the order a practice manager works through them.
    expect(await (await XlsxWorkbook.fromFile(file)).sheetNames()).toEqual([
      'Coaches',
      'Monthly summary',
      'Training',
      'Hours log',
      'Supervision log',
      'CPD log',
      'Caseload',
      'Evidence log',
      'Competencies',
      'Settings',
    ]);
    const before = fs.readFileSync(file);
    const again = await run(['--out', file, '--sample']);
    expect(again.code).toBe(2);
    expect(again.err).toContain('already exists');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('fills the workbook with the demonstration team with --sample', async () => {
    const file = path.join(dir, 'sample.xlsx');
    const { code, out } = await run(['--out', file, '--sample']);
    expect(code).toBe(0);
    expect(out).toContain('demonstration team of 7 coaches');
  });
});
