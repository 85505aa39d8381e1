// The first step is one server call, made when first wanted; what it read ahead of a sheet is
// handed over once, so a second read of that sheet asks the server, and nothing is held twice.
import type { RowBlock, StepStart } from '../common/stepTypes';
import { FirstStep } from './firstStep';

const box = { row: 1, col: 1, rows: 2, cols: 2 };
const coaches: RowBlock = { pieces: [{ box, values: [['Name'], ['Sam']], formulas: [] }], rest: [] };
const answer = (): StepStart => ({
  info: { dateSystem: 'sheets', timeZone: 'Europe/London', today: '2026-03-20' },
  sheets: ['Coaches', 'Hours log', 'Notes'],
  ahead: [coaches, { pieces: [], rest: [{ ...box, rows: 90_000 }] }, { pieces: [], rest: [] }],
});

describe('FirstStep', () => {
  it('asks the server once, when first wanted', async () => {
    const ask = jest.fn(async () => answer());
    const first = new FirstStep(ask);
    expect(ask).not.toHaveBeenCalled();
    expect((await first.answer()).sheets).toEqual(['Coaches', 'Hours log', 'Notes']);
    await first.readAheadOf('Coaches');
    await first.answer();
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it("hands over what it read of a sheet once, and a long sheet's boxes still to read", async () => {
    const first = new FirstStep(async () => answer());
    expect(await first.readAheadOf('Coaches')).toEqual(coaches);
    expect(await first.readAheadOf('Coaches')).toBeNull();
    expect((await first.readAheadOf('Hours log'))?.rest).toEqual([{ ...box, rows: 90_000 }]);
  });

  it('gives nothing for an empty sheet, a sheet it did not list, or when it read nothing ahead', async () => {
    const first = new FirstStep(async () => answer());
    expect(await first.readAheadOf('Notes')).toBeNull();
    expect(await first.readAheadOf('Payroll')).toBeNull();
    const none = new FirstStep(async () => ({ ...answer(), ahead: undefined }));
    expect(await none.readAheadOf('Coaches')).toBeNull();
  });
});
