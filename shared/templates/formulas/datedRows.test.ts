import { lastDatedRowFormula, rowsRead } from './datedRows';

describe('rowsRead', () => {
  it('reads a whole column from row 2 down to the row a cell holds', () => {
    expect(rowsRead("'Hours log'!$E:$E", '$R$2')).toBe("'Hours log'!$E$2:INDEX('Hours log'!$E:$E,$R$2)");
  });

  it('keeps a column of two letters and a sheet name without quotes', () => {
    expect(rowsRead('Caseload!$AB:$AB', '$S$2')).toBe('Caseload!$AB$2:INDEX(Caseload!$AB:$AB,$S$2)');
  });
});

describe('lastDatedRowFormula', () => {
  it('finds the last number in the date column, row 2 when there is none', () => {
    expect(lastDatedRowFormula("'Supervision log'!$A:$A")).toBe(
      "=MAX(2,IFERROR(MATCH(9.99E+307,'Supervision log'!$A:$A),2))",
    );
  });
});
