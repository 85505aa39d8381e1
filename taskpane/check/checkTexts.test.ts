import type { CoachSummary, Finding } from '../../shared/check/types';
import { checkedMessage, foundMessage, summaryHeading } from './checkTexts';
import { plural } from '../plural';
import { showDate } from '../showDate';

const coach = { coach: 'Amira Khan' } as CoachSummary;
const finding = { message: 'Line management is overdue.' } as Finding;

test('dates are shown as people write them: day, short month, year', () => {
  expect(showDate('2026-11-25')).toBe('25 Nov 2026');
  expect(showDate('2026-03-05')).toBe('5 Mar 2026');
  expect(showDate('2027-01-01')).toBe('1 Jan 2027');
});

test("the check's sentences show the as-of date in that style, never ISO", () => {
  expect(summaryHeading('2026-11-25')).toBe('Summary as of 25 Nov 2026');
  const said = checkedMessage({ asOf: '2026-11-25', coaches: [coach, coach], findings: [finding, finding, finding] });
  expect(said).toBe('Checked 2 coaches as of 25 Nov 2026: 3 findings.');
  expect(said).not.toMatch(/\d{4}-\d{2}-\d{2}/);
});

test('one of a thing is singular, none or many plural', () => {
  expect(checkedMessage({ asOf: '2026-03-02', coaches: [coach], findings: [finding] })).toBe(
    'Checked 1 coach as of 2 Mar 2026: 1 finding.',
  );
  expect(checkedMessage({ asOf: '2026-03-02', coaches: [], findings: [] })).toBe(
    'Checked 0 coaches as of 2 Mar 2026: 0 findings.',
  );
  expect(foundMessage(1)).toBe('Found 1 sheet to check. Confirm what each column holds.');
  expect(foundMessage(3)).toBe('Found 3 sheets to check. Confirm what each column holds.');
  expect(plural(1, 'sheet', 'sheets')).toBe('1 sheet');
  expect(plural(2, 'sheet', 'sheets')).toBe('2 sheets');
});
