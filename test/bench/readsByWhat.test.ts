import { describeReads, readsByWhat } from '../../bench/measure/readsByWhat';

describe('readsByWhat', () => {
  it('puts each read in its group and leaves writes, handles and builders out', () => {
    const reads = readsByWhat([
      'SpreadsheetApp.getActiveSpreadsheet',
      'Spreadsheet.getSheets',
      'Sheet.getName',
      'Sheet.getName',
      'Sheet.getDataRange',
      'Range.getNumRows',
      'Range.getValues',
      'Range.getFormulas',
      'TextFinder.findNext',
      'Properties.getProperties',
      'Range.setValues',
      'DataValidationBuilder.build',
    ]);
    expect(reads).toEqual({
      cells: { 'Range.getValues': 1, 'Range.getFormulas': 1 },
      shape: { 'Sheet.getName': 2, 'Sheet.getDataRange': 1, 'TextFinder.findNext': 1 },
      once: { 'Spreadsheet.getSheets': 1, 'Properties.getProperties': 1 },
    });
  });

  it('says each group with its total, its calls and its share of a sheet', () => {
    const calls = [
      'Spreadsheet.getSheets',
      ...Array.from({ length: 4 }, () => ['Sheet.getName', 'Sheet.getDataRange', 'Range.getValues']).flat(),
      'Range.getFormulas',
      'Range.getFormulas',
      'Range.getFormulas',
    ];
    expect(describeReads(readsByWhat(calls), 4)).toBe(
      'cells **7** (getValues 4, getFormulas 3), 1.8 a sheet; ' +
        'names and data ends 8 (getName 4, getDataRange 4), 2 a sheet; ' +
        'once a check 1 (getSheets 1)',
    );
  });

  it('says nothing per sheet is read of a workbook with no reads', () => {
    expect(describeReads(readsByWhat([]), 0)).toBe(
      'cells **0** (), 0 a sheet; names and data ends 0 (), 0 a sheet; once a check 0 ()',
    );
  });
});
