// The formulas of sheets read as values alone come in steps over the boxes kept for them, with
// the cells showing "=" text named so their formula text is kept; other sheets are left as read.
import type { SheetData } from '../../../shared/workbook';
import { FormulasToRead } from '../common/formulasToRead';
import type { FormulaRequest, RowBlock } from '../common/stepTypes';
import { formulasInSteps } from './formulasInSteps';

const sheet = (name: string, values: SheetData['values']): SheetData => ({
  name,
  top: 0,
  left: 0,
  values,
  formulas: values.map((row) => row.map(() => null)),
});

describe('formulasInSteps', () => {
  it('asks for the boxes left until none is, and puts each formula at its place', async () => {
    const coaches = sheet('Coaches', [
      ['Name', 'Total'],
      ['Sam', '=x'],
    ]);
    const log = sheet('Hours log', [['Minutes'], [60]]);
    const toRead = new FormulasToRead();
    toRead.remember('Coaches', [{ row: 1, col: 1, rows: 2, cols: 2 }]);
    const asked: FormulaRequest[][] = [];
    const step = async (wanted: FormulaRequest[]): Promise<RowBlock[]> => {
      asked.push(wanted);
      // One row a step, as a long sheet's formulas come.
      return wanted.map((w) => {
        const [box, ...rest] = w.rest.flatMap((b) =>
          Array.from({ length: b.rows }, (_, i) => ({ ...b, row: b.row + i, rows: 1 })),
        );
        return box
          ? { pieces: [{ box, values: [], formulas: [box.row === 2 ? ['=', '="=x"'] : [null, null]] }], rest }
          : { pieces: [], rest: [] };
      });
    };
    const [withFormulas, asRead] = await formulasInSteps([coaches, log], toRead, step);
    expect(asked).toHaveLength(2);
    expect(asked[0][0].shown).toEqual([{ row: 2, col: 2, text: '=x' }]);
    expect(asked[0][1]).toEqual({ sheet: 'Hours log', rest: [], shown: [] });
    expect(withFormulas.formulas).toEqual([
      [null, null],
      ['=', '="=x"'],
    ]);
    expect(withFormulas.values).toEqual(coaches.values);
    expect(asRead).toBe(log);
    expect(toRead.take('Coaches')).toBeUndefined();
  });

  it('asks nothing when no sheet was read as values alone', async () => {
    const step = jest.fn(async () => [] as RowBlock[]);
    const log = sheet('Hours log', [['Minutes']]);
    expect(await formulasInSteps([log], new FormulasToRead(), step)).toEqual([log]);
    expect(step).not.toHaveBeenCalled();
  });
});
