import { readContext } from './context';

describe('readContext', () => {
  it("defaults to Excel's 1900 dates read in London", () => {
    expect(readContext('2026-03-20')).toEqual({ today: '2026-03-20', timeZone: 'Europe/London', dateSystem: '1900' });
  });

  it('takes overrides', () => {
    expect(readContext('2026-03-20', { dateSystem: 'sheets', timeZone: 'Asia/Tokyo' })).toEqual({
      today: '2026-03-20',
      timeZone: 'Asia/Tokyo',
      dateSystem: 'sheets',
    });
  });
});
