import { FORMULA_PRESENT } from './cellFormula';
import { xlsxCells } from './xlsxCells';

/** A sheet's XML around the given cells (one row each). */
const sheet = (...cells: string[]) =>
  `<worksheet><sheetData>${cells.map((c, i) => `<row r="${i + 1}">${c}</row>`).join('')}</sheetData></worksheet>`;

const XML = sheet(
  // A formula with its cached number, its text full of references to decode.
  '<c r="A1"><f>IF(B1&gt;0,&quot;a &amp; b&quot;,_xlfn.MAXIFS(C:C,D:D,"x"))</f><v>3</v></c>',
  // A shared formula: its first cell holds the text, the others only the group's number.
  '<c r="A2"><f t="shared" ref="A2:A3" si="0">B2*2</f><v>4</v></c>',
  '<c r="A3"><f t="shared" si="0"/><v>6</v></c>',
  // A formula not yet calculated (no cached value), and one whose text result is a string.
  '<c r="A4"><f>NOW()</f></c>',
  '<c r="A5" t="str"><f>"done"</f><v>done</v></c>',
  // A typed value, no formula.
  '<c r="A6" t="s"><v>0</v></c>',
  // A cached text that starts "=" (a host may show an uncalculated formula's text as its value).
  '<c r="A7" t="str"><f>"="&amp;"B7"</f><v>=B7</v></c>',
  '<c r="A8" t="str"><f>"=""B8"""</f><v>="B8"</v></c>',
  '<c r="A9" t="str"><f>B9</f><v>=B9</v></c>',
);

describe('xlsxCells reading only whether a cell holds a formula', () => {
  const text = xlsxCells(XML, ['Sam']);
  const presence = xlsxCells(XML, ['Sam'], 'presence');

  it('reads the same cells and cached values as reading the formulas in full', () => {
    expect(presence.r).toEqual(text.r);
    expect(presence.c).toEqual(text.c);
    expect(presence.values).toEqual([3, 4, 6, null, 'done', 'Sam', '=B7', '="B8"', '=B9']);
    expect(presence.values).toEqual(text.values);
  });

  it('still sees every formula, a shared formula and an uncalculated one included', () => {
    expect(text.formulas.slice(0, 6)).toEqual([
      '=IF(B1>0,"a & b",MAXIFS(C:C,D:D,"x"))',
      '=B2*2',
      '=',
      '=NOW()',
      '="done"',
      null,
    ]);
    expect(presence.formulas.slice(0, 6)).toEqual([...Array(5).fill(FORMULA_PRESENT), null]);
    presence.formulas.forEach((f, k) => expect(f !== null).toBe(text.formulas[k] !== null));
  });

  it('keeps the text where the cached value starts "=", so comparing the two gives the same answer', () => {
    expect(presence.formulas.slice(6)).toEqual(['="="&"B7"', '="=""B8"""', '=B9']);
    expect(presence.formulas.slice(6)).toEqual(text.formulas.slice(6));
  });

  it('gives the same answer to "is the cached value the formula text itself?" for every cell', () => {
    const same = (cells: typeof text) => cells.values.map((v, k) => v === cells.formulas[k]);
    expect(same(presence)).toEqual(same(text));
    expect(same(presence)[8]).toBe(true);
  });
});
