import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FileProblem, readFileBytes, sniffFile } from './workbookFile';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-file-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function problem(work: () => unknown): string {
  try {
    work();
  } catch (e) {
    if (e instanceof FileProblem) return e.message;
    throw e;
  }
  throw new Error('expected a FileProblem');
}

describe('readFileBytes', () => {
  it('reads a regular file', () => {
    const file = path.join(dir, 'a.csv');
    fs.writeFileSync(file, 'Name\nSam\n');
    expect(Buffer.from(readFileBytes(file)).toString()).toBe('Name\nSam\n');
  });

  it('refuses a file over the size limit before reading it', () => {
    const file = path.join(dir, 'big.csv');
    fs.writeFileSync(file, 'x'.repeat(2048));
    expect(problem(() => readFileBytes(file, 1024))).toMatch(/: it is \d+ MB, more than the \d+ MB the check reads/);
  });

  it('refuses a device without reading from it (/dev/zero never ends)', () => {
    expect(problem(() => readFileBytes('/dev/zero'))).toMatch(/is not a regular file/);
  });

  it('refuses a named pipe without waiting for a writer', () => {
    const fifo = path.join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    expect(problem(() => readFileBytes(fifo))).toMatch(/is not a regular file/);
  });

  it('says plainly when there is no file or it is a folder', () => {
    expect(problem(() => readFileBytes(path.join(dir, 'none.csv')))).toMatch(/there is no such file/);
    expect(problem(() => readFileBytes(dir))).toMatch(/it is a folder/);
  });
});

describe('sniffFile', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  it('knows a workbook by its zip signature whatever its name', () => {
    expect(sniffFile(bytes(0x50, 0x4b, 0x03, 0x04, 0), 'team.csv')).toBe('xlsx');
  });

  it('refuses a password-protected workbook or old .xls (an OLE file) in plain words', () => {
    expect(problem(() => sniffFile(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0), 'team.csv'))).toMatch(
      /password-protected \(encrypted\) or an old \.xls/,
    );
  });

  it('refuses an empty file and a binary one, and takes text (UTF-16 too) as CSV', () => {
    expect(problem(() => sniffFile(bytes(), 'team.csv'))).toMatch(/the file is empty/);
    const png = new Uint8Array(200).map((_, i) => (i * 7) % 32);
    expect(problem(() => sniffFile(png, 'team.csv'))).toMatch(/neither an \.xlsx workbook nor CSV text/);
    expect(sniffFile(new Uint8Array(Buffer.from('Name,Hours\n', 'utf16le')), 'team.csv')).toBe('csv');
    expect(sniffFile(new Uint8Array(Buffer.from('Name,Hours\n')), 'team.csv')).toBe('csv');
  });
});
