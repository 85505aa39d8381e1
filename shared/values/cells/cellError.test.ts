import { spreadsheetError } from './cellError';

describe('spreadsheetError', () => {
  it.each(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#VALUE!', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#ERROR!'])(
    'knows %s as text (Excel, Sheets) and as exceljs gives it',
    (e) => {
      expect(spreadsheetError(e)).toBe(e);
      expect(spreadsheetError({ error: e })).toBe(e);
      expect(spreadsheetError(` ${e.toLowerCase()} `)).toBe(e);
    },
  );

  it.each([null, '', 'N/A', '#1 coach', 'Sam #N/A', 0, true, new Date(0), { text: '#N/A' }])(
    'does not take %p for an error',
    (v) => {
      expect(spreadsheetError(v)).toBeNull();
    },
  );
});
