import fc from 'fast-check';
import { SHOWN_LENGTH, shownText } from './shownText';

describe('shownText', () => {
  it('replaces terminal escapes and other controls so they cannot steer a terminal', () => {
    expect(shownText('Sam\u001b[2JJones')).toBe('Sam\uFFFD[2JJones');
    expect(shownText('a\u0007b\u009bc\u007fd')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
  });

  it('shows line breaks and tabs as a space, so a value cannot forge a row of a table', () => {
    expect(shownText('Sam\r\nwarning  Coaches!A1')).toBe('Sam warning  Coaches!A1');
    expect(shownText('a\tb')).toBe('a b');
  });

  it('removes the invisible marks that reverse the text after them', () => {
    expect(shownText('Sam\u202Esenoj')).toBe('Sam\uFFFDsenoj');
  });

  it('cuts long text with an ellipsis, at the limit given', () => {
    expect(shownText('abcdef', 4)).toBe('abc…');
    expect(shownText('abcd', 4)).toBe('abcd');
    expect(shownText('x'.repeat(1_000_000))).toHaveLength(SHOWN_LENGTH);
  });

  it('never splits a character made of two code units', () => {
    expect(shownText('ab😀cd', 4)).toBe('ab…');
  });

  it('always gives one line of at most the limit, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.integer({ min: 1, max: 50 }), (s, max) => {
        const shown = shownText(s, max);
        expect(shown.length).toBeLessThanOrEqual(max);
        // eslint-disable-next-line no-control-regex
        expect(shown).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      }),
      { numRuns: 300 },
    );
  });
});
