import { dateFromText } from './textDate';

describe('a date typed as text (docs/rules.md §4)', () => {
  it('reads ISO and UK order, with or without leading zeros, and a time of day after ISO', () => {
    expect(dateFromText('2026-01-05')).toBe('2026-01-05');
    expect(dateFromText('2026-1-5')).toBe('2026-01-05');
    expect(dateFromText('2026-01-05T10:00:00Z')).toBe('2026-01-05');
    expect(dateFromText(' 05/01/2026 ')).toBe('2026-01-05');
    expect(dateFromText('5.1.2026')).toBe('2026-01-05');
    expect(dateFromText('15-1-2026')).toBe('2026-01-15');
  });

  it('removes a tab or line break pasted with the date, as the sheet’s CLEAN does, and keeps a no-break space', () => {
    expect(dateFromText('\t2026-03-01')).toBe('2026-03-01');
    expect(dateFromText('05/01/2026\r\n')).toBe('2026-01-05');
    expect(dateFromText('\u00a02026-03-01')).toBeNull();
  });

  it('finds no date in dates that do not exist, years before 1900 or other text', () => {
    for (const text of ['31/02/2026', '29/02/2027', '01/01/1899', '2026/01/05', '1/2/3/2026', 'booked', '', '46000']) {
      expect({ text, date: dateFromText(text) }).toEqual({ text, date: null });
    }
  });
});
