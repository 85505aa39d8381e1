// docs/rules.md §4 "What counts as completed": a date on or before the as-of date, TRUE, or
// Yes/Y/Done/Complete/Completed (any case, spaces trimmed); a later date is planned; any
// other text is not done.
import { completion, isCompleted } from './completed';

describe('completion', () => {
  const asOf = '2026-03-20';

  it.each(['2026-03-20', '2025-01-01'])('counts a date on or before the as-of date (%p) as done', (d) => {
    expect(completion(d, asOf)).toBe('done');
  });

  it('counts a date after the as-of date as planned, not done', () => {
    expect(completion('2026-03-21', asOf)).toBe('planned');
    expect(isCompleted('2026-03-21', asOf)).toBe(false);
  });

  it.each(['Yes', ' y ', 'DONE', 'Complete', 'completed ', 'TRUE', '\tyes', 'Done\n'])('counts %p as done', (word) => {
    expect(completion(word, asOf)).toBe('done');
  });

  it('counts TRUE as done and FALSE as not done', () => {
    expect(completion(true, asOf)).toBe('done');
    expect(completion(false, asOf)).toBe('not done');
  });

  it.each([null, undefined, '', '   ', 'No', 'n', 'false'])('counts %p as not done without comment', (v) => {
    expect(completion(v, asOf)).toBe('not done');
  });

  it.each(['booked', 'in progress', 'N/A', 'tbc', 'not done', 'passed', 'x', 'yes please'])(
    'counts other text (%p) as not done, and unclear',
    (text) => {
      expect(completion(text, asOf)).toBe('unclear');
      expect(isCompleted(text, asOf)).toBe(false);
    },
  );

  it('counts any date as done when no as-of date is given', () => {
    expect(isCompleted('2099-01-01')).toBe(true);
  });
});
