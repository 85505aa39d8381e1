/**
 * `hwbc check` as a user runs it: the compiled command line on real files. The Riverside
 * fixture is saved as an .xlsx (merged title, real date cells) and must give the same
 * findings as the core gives for it in memory.
 */
import { execFileSync, spawnSync } from 'child_process';
import { createHash } from 'crypto';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkWorkbook } from '../../shared/check';
import { ensureCliBuilt } from '../support/builtCli';
import { AS_OF, riverside, TEAM } from './riversideFixture';

const ROOT = path.join(__dirname, '..', '..');
const CSV = path.join(ROOT, 'test', 'fixtures', 'check', 'hours-log.csv');
let dir: string;
let xlsx: string;

function hwbc(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return hwbcWith({}, ...args);
}

function hwbcWith(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'hwbc.js'), 'check', ...args], {
    encoding: 'utf8',
    env: { ...process.env, HWBC_DEBUG: '', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const digest = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The Riverside workbook as an .xlsx file: ISO text dates on the team sheet become date cells. */
async function saveRiverside(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of riverside().sheets.values()) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const iso = sheet.name === TEAM && typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v);
        ws.getCell(r + 1, c + 1).value = iso ? new Date(`${v}T00:00:00Z`) : v;
      }),
    );
  }
  wb.getWorksheet(TEAM)?.mergeCells('A1:O1');
  await wb.xlsx.writeFile(file);
}

beforeAll(async () => {
  ensureCliBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-check-'));
  xlsx = path.join(dir, 'riverside.xlsx');
  await saveRiverside(xlsx);
}, 180000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('hwbc check', () => {
  it('prints the same findings as JSON that the core gives for the workbook, and leaves the file as it was', async () => {
    const before = digest(xlsx);
    const run = hwbc(xlsx, '--as-of', AS_OF, '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout);
    const expected = await checkWorkbook(riverside(), { asOf: AS_OF, writeReport: false });
    expect(Object.keys(printed)).toEqual(['asOf', 'coaches', 'findings', 'readAs']);
    expect(printed.readAs).toBe('Read "riverside.xlsx" as an .xlsx workbook.');
    expect(printed.asOf).toBe(AS_OF);
    expect(printed.coaches).toEqual(expected.coaches);
    expect(printed.findings).toEqual(expected.findings);
    expect(Object.keys(printed.findings[0])).toEqual([
      'sheet',
      'row',
      'column',
      'coach',
      'rule',
      'severity',
      'message',
    ]);
    expect(digest(xlsx)).toBe(before);
  });

  it('prints a readable table', () => {
    const run = hwbc(xlsx, '--as-of', AS_OF);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('HWBC check of riverside.xlsx, as of 20 Mar 2026');
    expect(lines[1]).toMatch(/^3 coaches: \d+ to act on, \d+ warnings, \d+ notes$/);
    expect(lines.find((l) => l.startsWith('Sam Jones'))).toMatch(
      /^Sam Jones\s+Tier 1\s+80\s+Yes\s+OK \(1 Apr 2026\)\s+Overdue \(1 Mar 2026\)\s+Due soon \(25 Mar 2026\)\s+red$/,
    );
    expect(lines.find((l) => l.includes('supervision.clinical.overdue'))).toMatch(
      /^action\s+'HWBC team'!J5\s+Sam Jones\s+supervision\.clinical\.overdue\s+Clinical supervision is overdue/,
    );
  });

  it('judges on the --as-of date, and on today without one', () => {
    // A week later Sam's health coaching supervision, due 25 March, is overdue.
    const later = JSON.parse(hwbc(xlsx, '--as-of', '2026-03-27', '--json').stdout);
    expect(later.findings.map((f: { rule: string; coach: string }) => `${f.coach} ${f.rule}`)).toContain(
      'Sam Jones supervision.coaching.overdue',
    );
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(JSON.parse(hwbc(xlsx, '--json').stdout).asOf).toBe(today);
  });

  it('checks a CSV file as one sheet named after the file, finding the coaches in the log itself', () => {
    const before = digest(CSV);
    const run = hwbc(CSV, '--as-of', AS_OF, '--json');
    expect(run.status).toBe(0);
    const { coaches, findings } = JSON.parse(run.stdout);
    expect(coaches.map((c: { coach: string; row: number; tier: number }) => [c.coach, c.row, c.tier])).toEqual([
      ['Sam Jones', 2, 1],
      ['Ali Khan', 57, 0],
    ]);
    const got = findings.map(
      (f: { rule: string; severity: string; sheet: string; row: number; column: string; coach: string }) =>
        [f.rule, f.severity, f.sheet, f.row, f.column, f.coach].join(' '),
    );
    expect(got.sort()).toEqual(
      [
        'supervision.line.not-recorded note hours-log   ',
        'supervision.clinical.not-recorded note hours-log   ',
        'supervision.coaching.not-recorded note hours-log   ',
        'referrals.not-recorded note hours-log   ',
        'evidence.not-recorded note hours-log   ',
        'tier.summary note hours-log 2 B Sam Jones',
        'tier.summary note hours-log 57 B Ali Khan',
        'caseload.day-over warning hours-log 57 A Ali Khan',
        'ig.person-name action hours-log 64 C Ali Khan',
      ].sort(),
    );
    const message = (rule: string, coach: string) =>
      findings.find((f: { rule: string; coach: string }) => f.rule === rule && f.coach === coach).message;
    expect(message('tier.summary', 'Sam Jones')).toBe(
      // A CSV has no evidenced-tier column: the tier is by hours only (docs/rules.md §1).
      'Tier 1 (by hours only) with 55 NHS coaching hours; 145 hours to the next tier.',
    );
    expect(message('tier.summary', 'Ali Khan')).toBe(
      // 5.25 hours: shown to a tenth, done rounded down and to go rounded up.
      'Working towards Tier 1 with 5.2 NHS coaching hours; 44.8 hours to the next tier.',
    );
    expect(message('caseload.day-over', 'Ali Khan')).toContain('6 sessions on 2 Feb 2026');
    expect(digest(CSV)).toBe(before);
  });

  it('exits 2 and says why when the file cannot be read', () => {
    const broken = path.join(dir, 'broken.xlsx');
    fs.writeFileSync(broken, 'this is not a zip file');
    const notes = path.join(dir, 'notes.txt');
    fs.writeFileSync(notes, 'Coach,Hours');
    // A folder is checked workbook by workbook (checkTeam.test.ts): one without any is refused.
    const folder = fs.mkdtempSync(path.join(dir, 'folder-'));
    const cases: [string[], RegExp][] = [
      [[path.join(dir, 'missing.xlsx')], /there is no such file/],
      [[notes], /only \.xlsx and \.csv files can be checked/],
      [[broken], /".*broken\.xlsx" is not a readable \.xlsx workbook/],
      [[folder], /it is a folder/],
      [[xlsx, '--as-of', '20/03/2026'], /--as-of needs a date written YYYY-MM-DD/],
      [[xlsx, '--colour'], /Unknown option "--colour"/],
      [[], /Which file\?/],
    ];
    for (const [args, why] of cases) {
      const run = hwbc(...args);
      expect({ args, status: run.status }).toEqual({ args, status: 2 });
      expect(run.stderr).toMatch(why);
      expect(run.stdout).toBe('');
    }
  });

  it('says in plain words that a damaged, password-protected or non-workbook file cannot be read', () => {
    const files: Record<string, Buffer> = {
      'text.xlsx': Buffer.from('this is not a zip file'),
      'empty.xlsx': Buffer.alloc(0),
      // An encrypted (password-protected) .xlsx is an OLE compound file, not a zip.
      'protected.xlsx': Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(2048, 7)]),
      // A zip holding no workbook: it opens, then has nothing a workbook has.
      'not-a-workbook.xlsx': Buffer.from(
        '504b030414000000000046a9795dac2a93d802000000020000000900000068656c6c6f2e7478746869504b0102140314000000' +
          '000046a9795dac2a93d8020000000200000009000000000000000000000080010000000068656c6c6f2e747874504b050600' +
          '0000000100010037000000290000000000',
        'hex',
      ),
    };
    for (const [name, bytes] of Object.entries(files)) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      const run = hwbc(file);
      expect({ name, status: run.status, stdout: run.stdout }).toEqual({ name, status: 2, stdout: '' });
      expect(run.stderr).toBe(
        `"${file}" is not a readable .xlsx workbook (it may be damaged or password-protected). Open it in Excel and save it again as .xlsx.\n`,
      );
    }
  });

  it('shows the underlying error only when HWBC_DEBUG=1 asks for it', () => {
    const file = path.join(dir, 'debug.xlsx');
    fs.writeFileSync(file, 'this is not a zip file');
    expect(hwbc(file).stderr).not.toMatch(/central directory|jszip|https?:/);
    const run = hwbcWith({ HWBC_DEBUG: '1' }, file);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is not a readable .xlsx workbook');
    expect(run.stderr).toMatch(/HWBC_DEBUG: .*central directory/);
  });
});

describe('hwbc check on files as spreadsheet programs save them, and hostile ones', () => {
  const LOG = [
    ['Date', 'Coach', 'Client ref', 'Minutes'],
    ['2026-03-02', 'Zoë Brontë', 'C-0001', '60'],
    ['2026-03-03', 'Zoë Brontë', 'C-0002', '45'],
  ];
  const text = (sep: string) => LOG.map((r) => r.join(sep)).join('\r\n') + '\r\n';
  const be = (s: string) => {
    const b = Buffer.from(s, 'utf16le');
    for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
    return b;
  };

  it.each([
    ['UTF-8', Buffer.from(text(',')), 'UTF-8, separated by commas'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from('\ufeff'), Buffer.from(text(','))]), 'UTF-8, separated by commas'],
    [
      'Unicode text',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text('\t'), 'utf16le')]),
      'UTF-16 LE, separated by tabs',
    ],
    ['UTF-16 BE', Buffer.concat([Buffer.from([0xfe, 0xff]), be(text('\t'))]), 'UTF-16 BE, separated by tabs'],
    ['Windows-1252, semicolons', Buffer.from(text(';'), 'latin1'), 'Windows-1252, separated by semicolons'],
  ])('reads CSV saved as %s, says so, and finds the coach by name', (label, bytes, said) => {
    const file = path.join(dir, `log-${label.replace(/\W+/g, '-')}.csv`);
    fs.writeFileSync(file, bytes);
    const run = hwbc(file, '--as-of', AS_OF);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`Read "${path.basename(file)}" as CSV text in ${said}.`);
    expect(lines.find((l) => l.startsWith('Zoë Brontë'))).toBeDefined();
  });

  it('checks an .xlsx renamed .csv as the workbook it is, saying so', () => {
    const file = path.join(dir, 'renamed.csv');
    fs.copyFileSync(xlsx, file);
    const run = hwbc(file, '--as-of', AS_OF, '--json');
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.readAs).toBe('Read "renamed.csv" as an .xlsx workbook (though its name ends .csv).');
    expect(printed.coaches.map((c: { coach: string }) => c.coach)).toEqual(['Sam Jones', 'Ali Khan', 'Pat Lee']);
  });

  it('exits 2 with a plain reason for a pipe or a device, without waiting on it', () => {
    const fifo = path.join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const zero = path.join(dir, 'zero.csv');
    fs.symlinkSync('/dev/zero', zero);
    for (const file of [fifo, zero]) {
      const run = hwbc(file);
      expect({ file, status: run.status }).toEqual({ file, status: 2 });
      expect(run.stderr).toMatch(/it is not a regular file/);
    }
  });

  it('shows no control character, line break or huge value of a cell in its table', () => {
    const file = path.join(dir, 'hostile.csv');
    const huge = 'N'.repeat(1_000_000);
    fs.writeFileSync(
      file,
      `Date,Coach,Client ref,Minutes\n2026-03-02,"\u001b[2JEvil\r\nwarning  forged",C-1,60\n2026-03-02,${huge},C-2,abc\n`,
    );
    const run = hwbc(file, '--as-of', AS_OF);
    expect(run.status).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(run.stdout.split('\n').some((l) => l.startsWith('warning  forged'))).toBe(false);
    expect(run.stdout).toContain('N'.repeat(100) + '…');
    expect(run.stdout.length).toBeLessThan(20_000);
  });

  it('reads a 1904-date workbook as LibreOffice marks it without shifting its dates', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Coaches');
    ws.addRow(['Name', 'WTE', 'Start date', 'Line management last']);
    ws.addRow(['Sam Jones', 1, new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2026, 2, 10))]);
    ws.getColumn(3).numFmt = 'dd/mm/yyyy';
    ws.getColumn(4).numFmt = 'dd/mm/yyyy';
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const xml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    zip.file('xl/workbook.xml', xml.replace('date1904="1"', 'date1904="true"'));
    const file = path.join(dir, 'libreoffice-1904.xlsx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const run = hwbc(file, '--as-of', AS_OF, '--json');
    expect(run.status).toBe(0);
    const sam = JSON.parse(run.stdout).coaches[0];
    expect(sam.supervision[0]).toEqual({ type: 'line', due: '2026-04-10', status: 'OK' });
  });
});
