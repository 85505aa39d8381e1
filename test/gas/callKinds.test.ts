/**
 * The fake's census of Apps Script calls: reads, writes, reads that flush queued writes, and
 * builder calls that stay on the Apps Script side.
 */
import { callCensus, callKind } from './fake/callKinds';

describe('callKind', () => {
  it.each([
    ['Range.getValues', 'read'],
    ['Spreadsheet.getSheets', 'read'],
    ['Sheet.getName', 'read'],
    ['Properties.getProperties', 'read'],
    ['Range.setValues', 'write'],
    ['Sheet.setColumnWidths', 'write'],
    ['Spreadsheet.insertSheet', 'write'],
    ['Range.createFilter', 'write'],
    ['Range.copyFormatToRange', 'write'],
    ['Properties.setProperty', 'write'],
    ['DataValidationBuilder.build', 'builder'],
    ['SpreadsheetApp.newConditionalFormatRule', 'builder'],
    ['Utilities.formatDate', 'builder'],
    ['Sheet.getRange', 'handle'],
    ['Sheet.getDataRange', 'read'],
    ['Sheet.getLastRow', 'read'],
    ['Range.getNumRows', 'handle'],
    ['SpreadsheetApp.getActiveSpreadsheet', 'handle'],
    ['Ui.alert', 'other'],
  ])('%s is a %s', (call, kind) => {
    expect(callKind(call)).toBe(kind);
  });
});

describe('callCensus', () => {
  it('counts a read after a queued write as flushing, and only the first such read', () => {
    const census = callCensus([
      'Spreadsheet.getSheets',
      'Range.setValues',
      'Sheet.setFrozenRows',
      'Spreadsheet.getNumSheets',
      'Spreadsheet.getSheetByName',
      'Range.setValues',
      'Sheet.getRange',
      'DataValidationBuilder.build',
    ]);
    expect(census).toEqual({
      reaching: 6,
      reads: 3,
      writes: 3,
      flushingReads: 1,
      builders: 1,
      handles: 1,
      other: 0,
    });
  });
});
