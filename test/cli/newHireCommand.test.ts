import fs from 'fs';
import os from 'os';
import path from 'path';
import { newHireCommand, parseNewHireArgs } from '../../src/cli/newHireCommand';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hwbc-new-hire-'));
const base = ['--name', 'Asha Rao', '--id', 'HWBC-9', '--start', '2026-04-01'];

function quietly<T>(run: () => Promise<T>): Promise<{ result: T; errors: string }> {
  const errors: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  const error = jest.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
  return run()
    .then((result) => ({ result, errors: errors.join('\n') }))
    .finally(() => (log.mockRestore(), error.mockRestore()));
}

describe('hwbc new-hire', () => {
  it('reads each form field from its option', () => {
    expect(parseNewHireArgs(['--out', 'a.xlsx', ...base, '--wte', '60%'])).toEqual({
      out: 'a.xlsx',
      raw: { name: 'Asha Rao', id: 'HWBC-9', startDate: '2026-04-01', wte: '60%' },
    });
    expect(parseNewHireArgs(['--out', 'a.xlsx', '--colour', 'red'])).toEqual({ error: 'Unknown option "--colour".' });
    expect(parseNewHireArgs([...base])).toHaveProperty('error');
  });

  it("writes the coach's own workbook with them on Coaches", async () => {
    const out = path.join(dir, 'asha.xlsx');
    const { result } = await quietly(() => newHireCommand(['--out', out, ...base, '--wte', '0.6']));
    expect(result).toBe(0);
    const book = await XlsxWorkbook.fromFile(out);
    const coaches = (await book.read('Coaches')).values;
    const header = coaches[0].map(String);
    const row = coaches.find((r) => r.includes('HWBC-9'));
    expect(row).toBeDefined();
    expect(row?.[header.findIndex((h) => /name/i.test(h))]).toBe('Asha Rao');
    expect(await book.sheetNames()).toEqual(expect.arrayContaining(['Coaches', 'Training', 'Settings']));
  });

  it('names the option of each field that needs fixing, and writes nothing', async () => {
    const out = path.join(dir, 'bad.xlsx');
    const args = ['--out', out, '--name', 'Asha Rao', '--id', 'HWBC-9', '--start', '31/02/2026', '--wte', '30'];
    const { result, errors } = await quietly(() => newHireCommand(args));
    expect(result).toBe(2);
    expect(errors).toMatch(/^--start: /m);
    expect(errors).toMatch(/^--wte: .*37\.5/m);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('never overwrites a file', async () => {
    const out = path.join(dir, 'taken.xlsx');
    fs.writeFileSync(out, 'mine');
    const { result, errors } = await quietly(() => newHireCommand(['--out', out, ...base]));
    expect(result).toBe(2);
    expect(errors).toContain('already exists');
    expect(fs.readFileSync(out, 'utf8')).toBe('mine');
  });
});
