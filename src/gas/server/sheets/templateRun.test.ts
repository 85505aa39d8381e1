// What a run of new sheets carries from one to the next: the first styled header, copied onto
// every later one in one call, and a drop-down set once the sheet holding its list is made.
import type { SheetSpec } from '../../../../shared/workbook';
import { FakeGas, type FakeValidation } from '../../../../test/support/fakeSpreadsheetApp';
import type { GasServices } from '../gasServices';
import { zoneDates } from '../zoneDates';
import { TemplateRun } from './templateRun';

const spec = (name: string, columns: SheetSpec['columns']): SheetSpec => ({
  name,
  columns,
  rows: [],
  formatRows: 3,
  frozenRows: 0,
  filter: false,
  highlights: [],
});
const LOG = spec('Log', [
  { key: 'coach', header: 'Coach', listRange: 'Team!$A$2:$A$9' },
  { key: 'hours', header: 'Hours' },
]);
const TEAM = spec('Team', [{ key: 'name', header: 'Name' }]);

function runOver() {
  const fake = new FakeGas({ sheets: {} });
  const services = fake as unknown as GasServices;
  const book = () => services.SpreadsheetApp.getActiveSpreadsheet();
  const run = new TemplateRun(services, book);
  const dates = zoneDates('Europe/London', services.Utilities);
  const lay = (s: SheetSpec) => {
    const sheet = book().insertSheet(s.name);
    const exists = (name: string) => book().getSheetByName(name) !== null;
    run.lay(sheet, s, dates, exists);
  };
  return { fake, run, lay };
}

describe('TemplateRun', () => {
  it('styles the first header in full and copies its format onto the next; with that sheet deleted, in full again', () => {
    const { fake, run, lay } = runOver();
    const styled = () => fake.book.sheets.map((s) => [s.name, s.bold.size]);
    lay(TEAM);
    lay(LOG);
    expect(styled()).toEqual([
      ['Team', 1],
      ['Log', 2],
    ]);
    expect(fake.callCount('Range.setFontWeight')).toBe(1);
    expect(fake.callCount('Range.copyFormatToRange')).toBe(1);
    fake.quiet(() => fake.book.deleteSheet(fake.book.sheet('Team')!));
    run.deleted('Team');
    lay(spec('Notes', [{ key: 'note', header: 'Note' }]));
    expect(fake.book.sheet('Notes')?.bold.size).toBe(1);
    expect(fake.callCount('Range.setFontWeight')).toBe(2);
    expect(fake.callCount('Range.copyFormatToRange')).toBe(1);
  });

  it('sets a drop-down whose list sheet is made later in the run once that sheet is there', () => {
    const { fake, lay } = runOver();
    const ranges = () =>
      (fake.book.sheet('Log')?.validations ?? []).map((v) => (v.rule as FakeValidation | null)?.range ?? null);
    lay(LOG);
    expect(ranges().filter((r) => r !== null)).toEqual([]);
    lay(TEAM);
    expect(ranges().filter((r) => r !== null)).toEqual(['Team!A2:A9']);
  });
});
