// The port's sheet list: one getSheets, then kept as sheets are added and deleted, so no
// question about the sheets is asked of the spreadsheet after a write (it would flush).
import { FakeGas } from '../../../../test/support/fakeSpreadsheetApp';
import { SheetList } from './sheetList';

function listOver(sheets: Record<string, unknown[][]>) {
  const fake = new FakeGas({ sheets });
  const app = fake.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  fake.resetCalls();
  return { fake, list: new SheetList(() => app.getActiveSpreadsheet()) };
}

describe('SheetList', () => {
  it('asks the spreadsheet for its sheets once, however often it is asked', () => {
    const { fake, list } = listOver({ Settings: [['a']], Coaches: [['b']] });
    expect(fake.callCount()).toBe(0);
    expect(list.names()).toEqual(['Settings', 'Coaches']);
    expect(list.inOrder().map((s) => s.getName())).toEqual(['Settings', 'Coaches']);
    expect(list.find('Coaches')).toBe(list.called('Coaches'));
    expect(list.find('coaches')).toBeUndefined();
    expect(fake.callCount('Spreadsheet.getSheets')).toBe(1);
  });

  it('names a sheet that is not there', () => {
    const { list } = listOver({ Settings: [['a']] });
    expect(() => list.called('Team')).toThrow('There is no sheet called "Team".');
  });

  it('knows a sheet it adds, after the last tab, and one it deletes, without reading again', () => {
    const { fake, list } = listOver({ Settings: [['a']], Coaches: [['b']] });
    list.names();
    const report = list.add('HWBC Report');
    expect(list.called('HWBC Report')).toBe(report);
    expect(list.remove('Settings')).toBe(true);
    expect(list.remove('Settings')).toBe(false);
    expect(list.names()).toEqual(['Coaches', 'HWBC Report']);
    expect(fake.quiet(() => fake.book.getSheets().map((s) => s.getName()))).toEqual(['Coaches', 'HWBC Report']);
    expect(fake.callCount('Spreadsheet.getSheets')).toBe(1);
    expect(fake.census().flushingReads).toBe(0);
  });
});
