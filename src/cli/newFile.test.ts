import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { whyNotNewFile, writeNewFile } from './newFile';

describe('whyNotNewFile', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-newfile-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('allows a file that does not exist yet in a folder that does', () => {
    expect(whyNotNewFile(path.join(dir, 'team.xlsx'))).toBeNull();
  });

  it('refuses to write over an existing file, naming it as given', () => {
    const file = path.join(dir, 'kept.xlsx');
    fs.writeFileSync(file, 'the user’s own');
    expect(whyNotNewFile(file)).toBe(`${file} already exists. Choose another name, or move the file away first.`);
    expect(fs.readFileSync(file, 'utf8')).toBe('the user’s own');
  });

  it('names a folder that does not exist', () => {
    const missing = path.join(dir, 'no-such-folder');
    expect(whyNotNewFile(path.join(missing, 'team.xlsx'))).toBe(`The folder ${missing} does not exist.`);
  });
});

describe('writeNewFile', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-writenew-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const USAGE = 'Usage: hwbc example --out FILE.xlsx';
  const quiet = () => {
    const said: string[] = [];
    jest.spyOn(console, 'log').mockImplementation((m: string) => void said.push(m));
    jest.spyOn(console, 'error').mockImplementation((m: string) => void said.push(m));
    return said;
  };
  afterEach(() => jest.restoreAllMocks());

  it('writes a new file at its full path and gives 0', async () => {
    const wrote: string[] = [];
    const given = path.join(dir, 'new.xlsx');
    expect(await writeNewFile({ out: given }, USAGE, async (_, out) => void wrote.push(out))).toBe(0);
    expect(wrote).toEqual([path.resolve(given)]);
  });

  it('shows the usage on --help and writes nothing', async () => {
    const said = quiet();
    const write = jest.fn(async () => undefined);
    expect(await writeNewFile({ help: true }, USAGE, write)).toBe(0);
    expect({ said, written: write.mock.calls.length }).toEqual({ said: [USAGE], written: 0 });
  });

  it('says what was wrong with the arguments, then the usage, and gives 2', async () => {
    const said = quiet();
    const write = jest.fn(async () => undefined);
    expect(await writeNewFile({ error: 'The file name must end in .xlsx.' }, USAGE, write)).toBe(2);
    expect({ said, written: write.mock.calls.length }).toEqual({
      said: [`The file name must end in .xlsx.\n${USAGE}`],
      written: 0,
    });
  });

  it('never writes over a file that exists, and gives 2', async () => {
    const said = quiet();
    const file = path.join(dir, 'kept.xlsx');
    fs.writeFileSync(file, 'the user’s own');
    const write = jest.fn(async () => undefined);
    expect(await writeNewFile({ out: file }, USAGE, write)).toBe(2);
    expect({ said, written: write.mock.calls.length }).toEqual({ said: [whyNotNewFile(file)], written: 0 });
    expect(fs.readFileSync(file, 'utf8')).toBe('the user’s own');
  });
});
