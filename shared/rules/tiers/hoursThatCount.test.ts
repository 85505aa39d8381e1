// Hours that count (docs/rules.md §1 decision): dated on or before the as-of date, not "Did not
// attend" or "Cancelled" (blank = attended), NHS not "No" (blank = NHS).
import { attendanceCounts, hoursLogRowCounts } from './hoursThatCount';

const AS_OF = '2026-03-20';
const row = (date: string | null, attendance: string | null = null, nhs: string | null = null) => ({
  date,
  attendance,
  nhs,
});

describe('hoursLogRowCounts', () => {
  it('counts a dated row up to and on the as-of date, never an undated or later one', () => {
    expect(hoursLogRowCounts(row('2026-01-05', 'Attended', 'Yes'), AS_OF)).toBe(true);
    expect(hoursLogRowCounts(row(AS_OF, 'Attended', 'Yes'), AS_OF)).toBe(true);
    expect(hoursLogRowCounts(row('2026-03-21', 'Attended', 'Yes'), AS_OF)).toBe(false);
    expect(hoursLogRowCounts(row(null, 'Attended', 'Yes'), AS_OF)).toBe(false);
  });

  it('takes a blank attendance as attended and a blank NHS cell as NHS', () => {
    expect(hoursLogRowCounts(row('2026-03-02'), AS_OF)).toBe(true);
  });

  it('leaves out did-not-attend, cancelled and non-NHS rows, in any case', () => {
    for (const attendance of ['Did not attend', 'did not attend', 'Cancelled', 'CANCELLED']) {
      expect(hoursLogRowCounts(row('2026-03-02', attendance, 'Yes'), AS_OF)).toBe(false);
    }
    for (const nhs of ['No', 'no', 'NO'])
      expect(hoursLogRowCounts(row('2026-03-02', 'Attended', nhs), AS_OF)).toBe(false);
  });

  it('counts other answers, as a spreadsheet compares whole cells', () => {
    expect(hoursLogRowCounts(row('2026-03-02', 'Attended', 'Yes'), AS_OF)).toBe(true);
    expect(hoursLogRowCounts(row('2026-03-02', 'DNA', 'Private'), AS_OF)).toBe(true);
  });
});

describe('attendanceCounts', () => {
  it('is false only for "Did not attend" and "Cancelled"', () => {
    expect([null, 'Attended', 'Did not attend', 'Cancelled'].map(attendanceCounts)).toEqual([true, true, false, false]);
  });
});
