/**
 * The text of a worksheet's XML as its writer meant it: character references and entities
 * turned back into characters, an attribute's value, and the runs of a plain or rich-text
 * string. Pure text work, so it runs in Node and in a browser's worker alike.
 */

const NAMED: readonly (readonly [string, string])[] = [
  ['quot', '"'],
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['apos', "'"],
];

const HEX = /([0-9a-f]+);/iy;
const DECIMAL = /(\d+);/y;

/** The character a reference at `s[at]` ("&…;") stands for and where it ends, or null. */
function reference(s: string, at: number): { char: string; end: number } | null {
  if (s.charCodeAt(at + 1) === 35 /* # */) {
    const hex = (s.charCodeAt(at + 2) | 32) === 120; /* x or X */
    const digits = hex ? HEX : DECIMAL;
    digits.lastIndex = at + (hex ? 3 : 2);
    const m = digits.exec(s);
    if (m === null) return null;
    return { char: String.fromCodePoint(hex ? parseInt(m[1], 16) : Number(m[1])), end: digits.lastIndex };
  }
  for (const [name, char] of NAMED)
    if (
      s.charCodeAt(at + 1 + name.length) === 59 /* ; */ &&
      s.slice(at + 1, at + 1 + name.length).toLowerCase() === name
    )
      return { char, end: at + 2 + name.length };
  return null;
}

/**
 * XML text with its character references and entities turned back into characters. One pass
 * from "&" to "&": a coach's workbook holds millions of them in its formulas.
 *
 * @example
 * xmlText('Sam &lt;Jones&gt;'); // 'Sam <Jones>'
 */
export function xmlText(s: string): string {
  let at = s.indexOf('&');
  if (at < 0) return s;
  let out = '';
  let from = 0;
  while (at >= 0) {
    const ref = reference(s, at);
    if (ref === null) at = s.indexOf('&', at + 1);
    else {
      out += s.slice(from, at) + ref.char;
      from = ref.end;
      at = s.indexOf('&', from);
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

const ATTRIBUTES = new Map<string, RegExp>();

/**
 * An attribute's value in an element's attribute text (each name's pattern made once).
 *
 * @example
 * xmlAttribute(' r="B2" t="s"', 't'); // 's'
 */
export function xmlAttribute(attrs: string, name: string): string | null {
  let re = ATTRIBUTES.get(name);
  if (!re) ATTRIBUTES.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`)));
  return re.exec(attrs)?.[1] ?? null;
}

/**
 * The text of every <t> run inside an element (a plain or rich-text string), phonetic runs left out.
 *
 * @example
 * textRuns('<r><t>Ali </t></r><r><t>Khan</t></r>'); // 'Ali Khan'
 */
export const textRuns = (xml: string): string =>
  [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)]
    .map((m) => xmlText(m[1]))
    .join('');
