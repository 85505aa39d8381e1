// Tidying a coach or client reference for lookup takes shortcuts for plain text (already tidy,
// or all ASCII); each must give exactly what the full Unicode-aware clean-up gives.
import { coachKey } from '../../shared/check/read/references/coachKey';

/** The clean-up as the rules state it, with no shortcut. */
function fullCleanUp(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text of `length` characters drawn from `alphabet` by a small fixed-seed generator. */
function randomText(seed: number, length: number, alphabet: string): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

describe('coachKey', () => {
  it.each([
    'sam jones',
    'HWBC-0001',
    'C-00001',
    ' Sam  O’Neil. ',
    'hw 07.',
    '  ',
    '',
    'Zoë Brontë',
    'İpek Kaya',
    'K\u212a',
    'Ana\tMaria',
    'José\u00a0Núñez',
    '٣ client',
  ])('tidies %p as the full clean-up does', (text) => {
    expect(coachKey(text)).toBe(fullCleanUp(text));
  });

  it('agrees with the full clean-up on a thousand random references', () => {
    const alphabet = 'aZ09 -._\t/\u00a0é’Ḱ\u212a';
    for (let seed = 1; seed <= 1000; seed++) {
      const text = randomText(seed, 1 + (seed % 12), alphabet);
      expect([text, coachKey(text)]).toEqual([text, fullCleanUp(text)]);
    }
  });
});
