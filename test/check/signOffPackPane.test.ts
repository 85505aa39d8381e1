/**
 * The Tier sign-off pack through the pane's API on the demo page's in-memory workbook: it is a
 * new sheet every time (an earlier pack or a sheet of the user's own with the name is left as
 * it was), an unknown coach gets a message naming the coaches there are, and the pack's sheet
 * is set up to print.
 */
import { paneService } from '../../shared/paneService';
import { createTemplates } from '../../shared/templates';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { PACK_TEXT } from '../../shared/pack/packText';

const TODAY = '2026-03-20';

async function sample(extra: Record<string, string[][]> = {}): Promise<MemoryWorkbook> {
  const wb = MemoryWorkbook.withSheets(TODAY, extra);
  await createTemplates(wb, { sample: true });
  return wb;
}

describe('the sign-off pack from the pane', () => {
  it('adds a new sheet each time and never overwrites one', async () => {
    const mine = [['My notes about Daniel']];
    const wb = await sample({ 'Sign-off HWBC-004': mine });
    const api = paneService(wb, 'sheets');
    const first = await api.signOffPack('HWBC-004', { asOf: TODAY });
    const second = await api.signOffPack('daniel okoro', { asOf: TODAY });
    expect([first.sheet, second.sheet]).toEqual(['Sign-off HWBC-004 (2)', 'Sign-off HWBC-004 (3)']);
    expect(wb.sheets.get('Sign-off HWBC-004')?.values).toEqual(mine);
    const pack = await wb.read(first.sheet);
    expect(pack.values[0]).toEqual([...PACK_TEXT.headers]);
    expect(pack.values.length).toBe(first.rows + 1);
    expect(pack.values.map((r) => r[1])).toContain(PACK_TEXT.title('Daniel Okoro', 'HWBC-004', 2));
  });

  it('names the coaches there are when asked for one who is not on the sheet', async () => {
    const api = paneService(await sample(), 'sheets');
    await expect(api.signOffPack('HWBC-099', { asOf: TODAY })).rejects.toThrow(
      /No coach "HWBC-099" was found on the coaches sheet; the coaches are: HWBC-001, HWBC-002/,
    );
  });
});
