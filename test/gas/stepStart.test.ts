/**
 * The first step of the sidebar's check in Google Sheets (hwbcStepStart) asks the spreadsheet
 * for its sheet list once: the names it gives back and the sheets it reads ahead both come
 * from the list the workbook port keeps, not from a second look at the spreadsheet beside it.
 * Run through the built Code.js over the fake spreadsheet.
 */
import { FakeGas } from '../support/fakeSpreadsheetApp';
import { ensureGasBuild } from './support/builtGas';
import { loadCode } from './support/loadCode';

beforeAll(() => ensureGasBuild(), 600_000);

interface Start {
  sheets: string[];
  ahead?: { pieces: { values: unknown[][] }[]; rest: unknown[] }[];
}

const practice = () =>
  new FakeGas({
    timeZone: 'Europe/London',
    sheets: {
      Coaches: [
        ['Name', 'Start date'],
        ['Sam Jones', '2025-01-06'],
      ],
      'Hours log': [
        ['Date', 'Coach', 'Minutes'],
        ['2026-03-02', 'Sam Jones', 60],
      ],
      Notes: [['Totals']],
    },
  });

function firstStep(fake: FakeGas, cells?: number): Start {
  const { global } = loadCode(fake);
  fake.resetCalls();
  return JSON.parse(JSON.stringify(cells === undefined ? global.hwbcStepStart() : global.hwbcStepStart(cells)));
}

it.each([
  ['names only', undefined],
  ['reading ahead', 24_000],
])('opens the spreadsheet once and reads its sheet list once (%s)', (_, cells) => {
  const fake = practice();
  const start = firstStep(fake, cells);
  expect(start.sheets).toEqual(['Coaches', 'Hours log', 'Notes']);
  expect(fake.callCount('SpreadsheetApp.getActiveSpreadsheet')).toBe(1);
  expect(fake.callCount('Spreadsheet.getSheets')).toBe(1);
  expect(fake.callCount('Sheet.getName')).toBe(3);
  expect(fake.census().flushingReads).toBe(0);
});

it('reads ahead the sheets of that same list, each in its place', () => {
  const start = firstStep(practice(), 24_000);
  expect(start.ahead?.map((a) => a.pieces[0]?.values[0]?.[0])).toEqual(['Name', 'Date', 'Totals']);
  expect(start.ahead?.every((a) => a.rest.length === 0)).toBe(true);
});
