import { callCensus } from '../../test/gas/fake/callKinds';
import { censusRows } from '../../bench/speedRows';

describe('censusRows', () => {
  const census = callCensus(['Spreadsheet.getSheets', 'Range.setValues', 'Range.getValues']);

  it('gives an operation one row of its calls by kind', () => {
    const rows = censusRows([{ task: 'create templates', size: '10 sheets', census }]);
    expect(rows).toEqual([
      {
        measurement: 'Sheets calls reaching the spreadsheet: create templates',
        size: '10 sheets',
        result: '**3** (2 reads, 1 writes), 1 flushing reads; 0 builder calls apart',
      },
    ]);
  });

  it('adds a row of the reads by what each asks under an operation that has them', () => {
    const rows = censusRows([{ task: 'check', size: '2 sheets', census, reads: 'cells **1** (…)' }]);
    expect(rows.map((r) => r.measurement)).toEqual([
      'Sheets calls reaching the spreadsheet: check',
      'Sheets reads by what each asks: check',
    ]);
    expect(rows[1]).toMatchObject({ size: '2 sheets', result: 'cells **1** (…)' });
  });
});
