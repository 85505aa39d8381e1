import { csvSeparator, decodeCsv, parseCsv } from './csvText';

const rows = (text: string, sep: 'comma' | 'semicolon' | 'tab' = 'comma') => {
  const out: string[][] = [];
  parseCsv(text, sep, (r) => out.push(r));
  return out;
};

const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};

describe('decodeCsv', () => {
  const text = 'Name\tHours\r\nZoë Brontë\t12\r\n';
  it.each([
    ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'UTF-8'],
    ['UTF-8 without one', Buffer.from(text), 'UTF-8'],
    [
      'UTF-16 LE with a byte order mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'UTF-16 LE',
    ],
    ['UTF-16 LE without one', Buffer.from(text, 'utf16le'), 'UTF-16 LE'],
    ['UTF-16 BE with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]), 'UTF-16 BE'],
    ['UTF-16 BE without one', utf16be(text), 'UTF-16 BE'],
    ['Windows-1252', Buffer.from(text, 'latin1'), 'Windows-1252'],
  ])('reads %s', (_, bytes, encoding) => {
    expect(decodeCsv(new Uint8Array(bytes))).toEqual({ text, encoding });
  });

  it('reads Windows-1252 characters that Latin-1 lacks (€, curly quotes)', () => {
    expect(decodeCsv(new Uint8Array([0x80, 0x20, 0x93, 0x41, 0x94])).text).toBe('€ “A”');
  });
});

describe('csvSeparator', () => {
  it.each([
    ['Name,Hours\nSam,12', 'comma'],
    ['Name;Hours;WTE\nSam;12,5;0,6', 'semicolon'],
    ['Name\tHours\nSam\t12', 'tab'],
    ['"Jones, Sam";12;3\n', 'semicolon'],
    ['Name\n', 'comma'],
  ])('finds the separator of %p', (text, sep) => {
    expect(csvSeparator(text)).toBe(sep);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields holding separators, quotes and line breaks', () => {
    expect(rows('a,"b, ""c""",d\r\n"two\nlines",x\n')).toEqual([
      ['a', 'b, "c"', 'd'],
      ['two\nlines', 'x'],
    ]);
  });

  it('gives a last row without a line break, and keeps empty fields', () => {
    expect(rows('a;;b\n;c', 'semicolon')).toEqual([
      ['a', '', 'b'],
      ['', 'c'],
    ]);
  });

  it('reads 100,000 rows without recursion or spreads', () => {
    const text = 'Date,Coach\n' + '2026-03-01,Sam\n'.repeat(100_000);
    let n = 0;
    parseCsv(text, 'comma', () => n++);
    expect(n).toBe(100_001);
  });
});
