/**
 * The real template sheets (shared/templates) created through the Office.js port: every
 * sheet added, drop-downs pointing at sheets that exist, and the same number of round trips
 * with the demonstration team as without it.
 */
import { OfficeWorkbook } from '../../src/excel/workbook/officeWorkbook';
import { createTemplates, TEMPLATE_SHEET_NAMES } from '../../shared/templates';
import { FakeExcel } from '../support/officeFakes';

async function create(sample: boolean) {
  const excel = new FakeExcel([]);
  const result = await createTemplates(new OfficeWorkbook(excel.host()), { sample });
  return { excel, result };
}

describe('template sheets in Excel', () => {
  it('adds every template sheet, each in its own fixed round trips', async () => {
    const { excel, result } = await create(false);
    expect([...result.added].sort()).toEqual([...TEMPLATE_SHEET_NAMES].sort());
    expect([...excel.added].sort()).toEqual([...TEMPLATE_SHEET_NAMES].sort());
  });

  it('points every drop-down fed from a range at a sheet it made', async () => {
    const { excel } = await create(false);
    const sources = excel.ranges
      .map((r) => (r.range.dataValidation as { rule?: { list?: { source: string } } } | undefined)?.rule?.list?.source)
      .filter((s): s is string => typeof s === 'string' && s.startsWith('='));
    for (const source of sources) {
      const sheet = /^='?([^'!]+)'?!/.exec(source)?.[1];
      expect(excel.added).toContain(sheet);
    }
  });

  it('takes as many syncs with the demonstration team as without it', async () => {
    const empty = await create(false);
    const sample = await create(true);
    expect(sample.excel.syncs).toBe(empty.excel.syncs);
  });
});
