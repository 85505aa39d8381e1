import { COACHES, HOURS_LOG, templateSheet } from '../templates';
import type { SheetSpec } from '../workbook';
import { HIGHLIGHT_COLOURS } from './highlightColours';
import { sheetPlan } from './sheetPlan';

const spec = (over: Partial<SheetSpec> = {}): SheetSpec => ({
  name: 'Log',
  columns: [
    { key: 'date', header: 'Date', width: 12, numberFormat: 'dd mmm yyyy', note: 'The day' },
    { key: 'type', header: 'Type', list: ['Line management', 'Clinical'] },
    { key: 'code', header: 'Code', listRange: '=Competencies!$A$2:$A$91' },
  ],
  rows: [],
  formatRows: 3,
  frozenRows: 1,
  filter: true,
  highlights: [{ column: 'type', equals: 'Clinical', style: 'warn' }],
  ...over,
});

describe('sheetPlan', () => {
  it('puts formats, drop-downs and highlights on rows 2 to formatRows + 1', () => {
    const plan = sheetPlan(spec());
    expect(plan.lastRow).toBe(4);
    expect(plan.columns.map((c) => c.body)).toEqual(['A2:A4', 'B2:B4', 'C2:C4']);
    expect(plan.header).toBe('A1:C1');
    expect(plan.filter).toBe('A1:C4');
    expect(plan.highlights).toEqual([
      { letter: 'B', body: 'B2:B4', equals: 'Clinical', style: 'warn', fill: 'FFEB9C', font: '9C5700' },
    ]);
  });

  it('covers every row when there are more rows than formatted ones, and the widest row', () => {
    const plan = sheetPlan(spec({ rows: [[1], [2, 3, 4, 5], [6], [7], [8]] }));
    expect(plan.lastRow).toBe(6);
    expect(plan.width).toBe(4);
  });

  it('gives a drop-down its list or its range without "=", and one warning wording', () => {
    const [date, type, code] = sheetPlan(spec()).columns;
    expect(date.dropDown).toBeUndefined();
    expect(type.dropDown).toEqual({
      list: ['Line management', 'Clinical'],
      title: 'Type',
      warning: 'Choose a value from the list for Type.',
    });
    expect(code.dropDown?.range).toBe('Competencies!$A$2:$A$91');
    expect(date).toEqual({
      index: 0,
      letter: 'A',
      header: 'Date',
      width: 12,
      numberFormat: 'dd mmm yyyy',
      note: 'The day',
      body: 'A2:A4',
    });
  });

  it('has no body, filter or header when there is nothing to cover', () => {
    const none = sheetPlan(spec({ formatRows: 0, highlights: [] }));
    expect(none.columns[0].body).toBeNull();
    expect(sheetPlan(spec({ columns: [], highlights: [], filter: true })).filter).toBeNull();
    expect(sheetPlan(spec({ columns: [], highlights: [] })).header).toBeNull();
    expect(sheetPlan(spec({ filter: false })).filter).toBeNull();
  });

  it('refuses a highlight on a column the sheet does not have, naming both', () => {
    const bad = spec({ highlights: [{ column: 'nope', equals: 'x', style: 'bad' }] });
    expect(() => sheetPlan(bad)).toThrow('Sheet "Log" highlights an unknown column "nope".');
  });

  it("colours the template's own highlights red, amber and green", () => {
    const plan = sheetPlan(templateSheet(COACHES));
    const overdue = plan.highlights.find((h) => h.equals === 'Overdue');
    expect(overdue).toMatchObject({ style: 'bad', ...HIGHLIGHT_COLOURS.bad });
    expect(sheetPlan(templateSheet(HOURS_LOG)).highlights.map((h) => h.style)).toEqual(['bad', 'warn', 'good']);
  });

  it('refuses a Settings interval or warning outside its limits as it is typed, as the check refuses it', () => {
    const plan = sheetPlan(templateSheet('Settings'));
    const rules = Object.fromEntries(plan.columns.filter((c) => c.wholeNumber).map((c) => [c.header, c.wholeNumber]));
    expect(rules['Line management every (months)']).toMatchObject({ min: 1, max: 120 });
    expect(rules['Due soon warning (days)']).toMatchObject({ min: 0, max: 366 });
    expect(rules['Other mandatory training refresher (months)']).toMatchObject({ min: 1, max: 120 });
    expect(rules['Renewal due soon warning (days)']).toMatchObject({ min: 0, max: 366 });
    // Every interval and warning has one; the as-of date, the organisation and the coach do not.
    expect(Object.keys(rules)).toHaveLength(11);
    for (const header of ['As-of date', 'Organisation', 'Coach shown on Competencies'])
      expect(rules[header]).toBeUndefined();
    expect(rules['Appraisal every (months)']?.message).toBe(
      'Appraisal every (months): type a whole number from 1 to 120, or leave it blank for the default.',
    );
  });
});
