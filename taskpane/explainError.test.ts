import { explainError } from './explainError';

describe('explainError', () => {
  test('keeps the words of an error from the core and adds a next step', () => {
    const e = explainError(new Error('wte must be a fraction between 0 and 1, such as 0.6 or 60%, got 30'));
    expect(e.message).toBe('wte must be a fraction between 0 and 1, such as 0.6 or 60%, got 30.');
    expect(e.next).toMatch(/try again/);
  });

  test('a part of the add-in that is not built yet says nothing was changed', () => {
    const e = explainError(new Error('Templates are not built yet.'));
    expect(e.message).toBe('Templates are not built yet.');
    expect(e.next).toMatch(/nothing in the workbook was changed/);
  });

  test('drops the "Exception:" that google.script.run puts in front', () => {
    expect(explainError(new Error('Exception: There is no sheet called "Coaches".')).message).toBe(
      'There is no sheet called "Coaches".',
    );
  });

  test('a lost connection to Sheets says to reopen the panel', () => {
    const e = explainError(new Error('NetworkError: Connection failure due to HTTP 0'));
    expect(e.message).toBe('The connection to the spreadsheet was lost.');
    expect(e.next).toMatch(/open it again/);
  });

  test('a protected sheet and a cell being edited each get their own advice', () => {
    expect(explainError(new Error('AccessDenied: the sheet is protected')).next).toMatch(/Unprotect/);
    expect(explainError({ message: 'InvalidOperationInCellEditMode' }).next).toMatch(/Press Enter or Esc/);
  });

  test('something thrown that is not an Error still gives plain words', () => {
    expect(explainError(undefined).message).toBe('Something went wrong.');
    expect(explainError('Quota exceeded').message).toBe('Quota exceeded.');
  });
});
