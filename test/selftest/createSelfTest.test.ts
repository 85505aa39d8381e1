import { createSelfTest } from '../../shared/paneService';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { SELF_TEST_SHEET } from '../../shared/selftest';

describe('createSelfTest', () => {
  it('adds the self-test sheet with the host’s spelling and says how to read it', async () => {
    const port = new MemoryWorkbook({ today: '2026-06-01' });
    const result = await createSelfTest(port, 'sheets');
    const sheet = await port.read(SELF_TEST_SHEET);
    expect(result.message).toMatch(/^Added the sheet HWBC Self-test with \d+ checks\. Row 2 says PASS/);
    expect(sheet.values[2][0]).toBe('HWBC_TIER');
    expect(sheet.formulas[2][2]).toBe('=HWBC_TIER(F3,G3,H3)');
  });

  it('never replaces a sheet of that name', async () => {
    const port = new MemoryWorkbook({ today: '2026-06-01' });
    await port.write(SELF_TEST_SHEET, { row: 0, col: 0 }, [['my own notes']]);
    await expect(createSelfTest(port, 'excel')).rejects.toThrow('There is already a sheet called HWBC Self-test');
    expect((await port.read(SELF_TEST_SHEET)).values).toEqual([['my own notes']]);
  });
});
