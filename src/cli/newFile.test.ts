import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { whyNotNewFile } from './newFile';

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
