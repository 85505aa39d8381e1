import { stepText } from './stepText';

describe('stepText', () => {
  it('says sheets read and rows checked, in plain words', () => {
    expect(stepText({ sheetsRead: 2, sheets: 7, rowsRead: 12000, sheet: 'Hours log' })).toBe(
      'Read 2 of 7 sheets, 12,000 rows checked (now Hours log)…',
    );
    expect(stepText({ sheetsRead: 0, sheets: 1, rowsRead: 1, sheet: 'Coaches' })).toBe(
      'Read 0 of 1 sheet, 1 row checked (now Coaches)…',
    );
  });
});
