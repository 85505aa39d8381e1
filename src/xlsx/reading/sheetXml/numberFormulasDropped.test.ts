import { xlsxCells } from './xlsxCells';
import { numberFormulasDropped } from './numberFormulasDropped';

// Plain Uint8Arrays, as a browser's worker has them: no Node Buffer anywhere.
const bytesOf = (xml: string) => new TextEncoder().encode(xml);
const dropped = (xml: string) => new TextDecoder().decode(numberFormulasDropped(bytesOf(xml)));

const SHEET =
  '<worksheet><sheetData><row r="1">' +
  '<c r="A1" s="2"><f>IF(B1&gt;0,SUM(C:C),"Zoë")</f><v>3</v></c>' +
  '<c r="B1" t="b"><f>ISBLANK(C1)</f><v>1</v></c>' +
  '<c r="C1" t="n"><f ca="1">NOW()</f></c>' +
  '<c r="D1" t="str"><f>"=" &amp; "D1"</f><v>=D1</v></c>' +
  '<c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
  '<c r="F1"><f t="shared" ref="F1:F2" si="0">A1*2</f><v>6</v></c>' +
  '<c r="G1" t="s"><v>0</v></c>' +
  '</row><row r="2"><c r="F2"><f t="shared" si="0"/><v>8</v></c></row></sheetData>' +
  '<conditionalFormatting sqref="A1"><cfRule type="expression"><formula>A1&gt;2</formula></cfRule></conditionalFormatting>' +
  '</worksheet>';

describe('numberFormulasDropped', () => {
  it('drops the text of formulas giving numbers or true/false, and keeps every other byte', () => {
    const out = dropped(SHEET);
    expect(out).toContain('<c r="A1" s="2"><f></f><v>3</v></c>');
    expect(out).toContain('<c r="B1" t="b"><f></f><v>1</v></c>');
    expect(out).toContain('<c r="C1" t="n"><f ca="1"></f></c>');
    expect(out).toContain('<c r="F1"><f t="shared" ref="F1:F2" si="0"></f><v>6</v></c>');
    // Formulas giving text or an error keep theirs; so do shared cells and other elements.
    expect(out).toContain('<f>"=" &amp; "D1"</f>');
    expect(out).toContain('<f>1/0</f>');
    expect(out).toContain('<f t="shared" si="0"/>');
    expect(out).toContain('<formula>A1&gt;2</formula>');
    expect(out).toContain('<c r="G1" t="s"><v>0</v></c>');
  });

  it('reads to the same cells as the whole sheet when only formulas’ presence is read', () => {
    const whole = xlsxCells(SHEET, ['Sam'], 'presence');
    const sifted = xlsxCells(dropped(SHEET), ['Sam'], 'presence');
    expect(sifted).toEqual(whole);
    expect(whole.formulas).toEqual(['=', '=', '=', '="=" & "D1"', '=', '=', null, '=']);
    expect(whole.values).toEqual([3, true, null, '=D1', '#DIV/0!', 6, 'Sam', 8]);
  });

  it('gives the same bytes back where there is no formula, or one it cannot place in a cell', () => {
    const plain = bytesOf('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>');
    expect(numberFormulasDropped(plain)).toBe(plain);
    expect(dropped('<f>SUM(A:A)</f>')).toBe('<f>SUM(A:A)</f>');
    expect(dropped('<c r="A1"><f>SUM(A:A)')).toBe('<c r="A1"><f>SUM(A:A)');
  });
});

describe('numberFormulasDropped on formulas it cannot read as plain text', () => {
  it('keeps a formula whose text is not plain (CDATA) and still drops the ones after it', () => {
    const xml =
      '<row r="1"><c r="A1"><f><![CDATA[SUM(B:B)]]></f><v>3</v></c>' + '<c r="B1"><f>SUM(C:C)</f><v>4</v></c></row>';
    expect(dropped(xml)).toBe(
      '<row r="1"><c r="A1"><f><![CDATA[SUM(B:B)]]></f><v>3</v></c>' + '<c r="B1"><f></f><v>4</v></c></row>',
    );
  });

  it('keeps a formula not straight inside its cell tag', () => {
    expect(dropped('<row r="1"><f>SUM(A:A)</f></row>')).toBe('<row r="1"><f>SUM(A:A)</f></row>');
    expect(dropped('<c r="A1"><v>1</v></c><f>SUM(A:A)</f>')).toBe('<c r="A1"><v>1</v></c><f>SUM(A:A)</f>');
  });
});

describe("numberFormulasDropped reading a cell's type", () => {
  it.each([
    ['<c r="A1" t = "n"><f>X</f></c>', '<c r="A1" t = "n"><f></f></c>'],
    ['<c r="A1"\nt="b"><f>X</f></c>', '<c r="A1"\nt="b"><f></f></c>'],
    ['<c r="A1" xt="str"><f>X</f></c>', '<c r="A1" xt="str"><f></f></c>'],
    ['<c r="A1" t=""><f>X</f></c>', '<c r="A1" t=""><f>X</f></c>'],
    ['<c r="A1" t="nn"><f>X</f></c>', '<c r="A1" t="nn"><f>X</f></c>'],
    ['<c r="A1" t="inlineStr"><f>X</f></c>', '<c r="A1" t="inlineStr"><f>X</f></c>'],
  ])('%j becomes %j', (xml, out) => {
    expect(dropped(xml)).toBe(out);
  });
});
