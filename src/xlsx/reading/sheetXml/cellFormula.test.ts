import { cellFormula, FORMULA_PRESENT } from './cellFormula';

describe('cellFormula', () => {
  it('gives a formula its text as Excel shows it, references decoded and future functions named plainly', () => {
    expect(cellFormula('<f>IF(B1&gt;0,&quot;x&quot;,_xlfn.MAXIFS(C:C,D:D,1))</f><v>3</v>', 3, 'text')).toBe(
      '=IF(B1>0,"x",MAXIFS(C:C,D:D,1))',
    );
  });

  it('reads a shared formula with no text of its own as "=" whichever way it is read', () => {
    expect(cellFormula('<f t="shared" si="0"/><v>6</v>', 6, 'text')).toBe('=');
    expect(cellFormula('<f t="shared" si="0"/><v>6</v>', 6, 'presence')).toBe(FORMULA_PRESENT);
  });

  it('reads only that there is a formula when asked for its presence', () => {
    expect(cellFormula('<f>B2*2</f><v>4</v>', 4, 'presence')).toBe(FORMULA_PRESENT);
    expect(cellFormula('<f>"done"</f><v>done</v>', 'done', 'presence')).toBe(FORMULA_PRESENT);
  });

  it('still reads the text where the cell shows text starting "=", which a reader may compare with it', () => {
    expect(cellFormula('<f>B9</f><v>=B9</v>', '=B9', 'presence')).toBe('=B9');
    expect(cellFormula('<f>"="&amp;"B7"</f><v>=B7</v>', '=B7', 'presence')).toBe('="="&"B7"');
  });

  it('gives null for a cell without a formula, an element merely starting "<f" not mistaken for one', () => {
    expect(cellFormula('<v>4</v>', 4, 'text')).toBeNull();
    expect(cellFormula('', null, 'presence')).toBeNull();
    expect(cellFormula('<is><t>fine</t></is>', 'fine', 'text')).toBeNull();
    expect(cellFormula('<foo/><v>1</v>', 1, 'text')).toBeNull();
  });
});
