import { tidyText } from './tidyText';

describe('tidyText, as TRIM(CLEAN(…)) leaves text', () => {
  it.each([
    ['\t2026-03-01', '2026-03-01'],
    ['2026-03-01\r\n', '2026-03-01'],
    ['  Done  ', 'Done'],
    ['2026-03-01   10:00', '2026-03-01 10:00'],
    ['2026-03-01\t10:00', '2026-03-0110:00'],
    [' \t yes \t ', 'yes'],
  ])('reads %p as %p', (typed, tidy) => {
    expect(tidyText(typed)).toBe(tidy);
  });

  it('keeps a no-break space, as TRIM does', () => {
    expect(tidyText('\u00a02026-03-01')).toBe('\u00a02026-03-01');
  });
});
