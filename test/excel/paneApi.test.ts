/**
 * The Excel PaneApi: the shared pane service over the Office.js port, plus inserting a
 * formula into the selected cell (only an empty one) and selecting a finding's cell.
 */
import { excelPaneApi } from '../../src/excel/paneApi';
import { OfficeWorkbook } from '../../src/excel/workbook/officeWorkbook';
import { FakeExcel } from '../support/officeFakes';

function paneFor(excel: FakeExcel) {
  const host = excel.host();
  return excelPaneApi(new OfficeWorkbook(host), host.run);
}

describe('insertFormula', () => {
  it('writes the formula into an empty selected cell', async () => {
    const excel = new FakeExcel([{ name: 'Coaches', values: [] }], { sheet: 'Coaches', address: 'B4', values: [['']] });
    await paneFor(excel).insertFormula('=HWBC.TIER(250,TRUE,2)');
    const cell = (excel.context.workbook as { activeCell: { formulas: unknown } }).activeCell;
    expect(cell.formulas).toEqual([['=HWBC.TIER(250,TRUE,2)']]);
  });

  it('leaves a cell that already holds something alone, and says which cell', async () => {
    const excel = new FakeExcel([{ name: 'Hours log', values: [] }], {
      sheet: "'Hours log'",
      address: 'C2',
      values: [[12]],
    });
    await expect(paneFor(excel).insertFormula('=HWBC.TIER(250)')).rejects.toThrow(
      'The selected cell C2 on Hours log is not empty, so nothing was changed. Select an empty cell, then choose Insert again.',
    );
    const cell = (excel.context.workbook as { activeCell: { formulas: unknown } }).activeCell;
    expect(cell.formulas).toEqual([[12]]);
  });

  it('refuses text that is not a formula', async () => {
    const excel = new FakeExcel([{ name: 'Coaches', values: [] }]);
    await expect(paneFor(excel).insertFormula('HWBC.TIER(250)')).rejects.toThrow('should start with "="');
    expect(excel.syncs).toBe(0);
  });
});

describe('selectCell', () => {
  it('shows the sheet and selects the cell', async () => {
    const excel = new FakeExcel([{ name: 'Coaches', values: [] }]);
    await paneFor(excel).selectCell('Coaches', 7, 'D');
    expect(excel.activated).toEqual(['Coaches']);
    expect(excel.selected).toEqual(['Coaches!D7']);
    expect(excel.syncs).toBe(1);
  });

  it('selects the whole row when the finding has no column', async () => {
    const excel = new FakeExcel([{ name: 'Coaches', values: [] }]);
    await paneFor(excel).selectCell('Coaches', 3, null);
    expect(excel.selected).toEqual(['Coaches!3:3']);
  });

  it('says so when the sheet has gone', async () => {
    const excel = new FakeExcel([{ name: 'Coaches', values: [] }]);
    await expect(paneFor(excel).selectCell('Old team', 3, 'A')).rejects.toThrow(
      'There is no sheet called "Old team" any more. Run the check again.',
    );
  });
});

describe('the rest of the pane API', () => {
  it('is the Excel host, with functions spelled HWBC.NAME and examples to insert', async () => {
    const api = paneFor(new FakeExcel([]));
    expect(api.host).toBe('excel');
    const functions = await api.listFunctions();
    expect(functions.map((f) => f.name)).toContain('HWBC.TIER');
    for (const f of functions) expect(f.example.startsWith(`=${f.name}(`)).toBe(true);
  });
});
