import { xmlText } from './xmlText';

/** The plain reading of the rule: each reference in one pass, never decoding what a reference gave. */
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const byPattern = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : ENTITIES[e.toLowerCase()],
  );

describe('xmlText', () => {
  it.each([
    ['Sam &lt;Jones&gt;', 'Sam <Jones>'],
    ['IF(B2=&quot;Mandatory training&quot;,&quot; &quot;&amp;LOWER(D2))', 'IF(B2="Mandatory training"," "&LOWER(D2))'],
    ['&amp;lt; stays &lt;', '&lt; stays <'],
    ['&#38;amp;', '&amp;'],
    ['&#x41;&#X42;&#65;&#0000065;', 'ABAA'],
    ['&#x1F600; smile', '😀 smile'],
    ['&#x; &#; &foo; & &lt', '&#x; &#; &foo; & &lt'],
    ['no references', 'no references'],
  ])('reads %j as %j', (xml, text) => {
    expect(xmlText(xml)).toBe(text);
  });

  it('agrees with the plain pattern on any mix of references and stray ampersands', () => {
    const pieces = ['&', '#', 'x', 'X', '1', 'a', 'F', ';', 'amp', 'lt', 'quot', 'apos', 'gt', 'AMP', ' ', 'é'];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let n = 0; n < 4000; n++) {
      let s = '';
      for (let i = 0; i < 14; i++) s += pieces[next() % pieces.length];
      expect(xmlText(s)).toBe(byPattern(s));
    }
  });
});
