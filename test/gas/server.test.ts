/**
 * What the sidebar calls, through the built Code.js: each returns plain data at once (the
 * shared code's async work finishes inside the call), errors arrive as Errors with plain
 * messages, and the cell actions never replace what a user typed.
 */
import { FakeGas } from '../support/fakeSpreadsheetApp';
import { ensureGasBuild } from './support/builtGas';
import { loadCode } from './support/loadCode';

beforeAll(() => ensureGasBuild(), 180_000);

describe('pane calls', () => {
  it('answers with plain data, not a Promise, and leaves the global Promise as it was', () => {
    const { global, evaluate } = loadCode(new FakeGas());
    const nativePromise = evaluate('Promise');
    const functions = global.hwbcListFunctions() as { name: string; example: string }[];
    expect(Array.isArray(functions)).toBe(true);
    expect(functions.map((f) => f.name)).toContain('HWBC_TIER');
    expect(functions.every((f) => f.example.startsWith('=HWBC_'))).toBe(true);
    expect(global.hwbcListTemplateSheets()).toContain('Coaches');
    expect(evaluate('Promise')).toBe(nativePromise);
    expect(evaluate('Promise.resolve(1) instanceof Promise && typeof Promise.prototype.then')).toBe('function');
    // Survives the trip through google.script.run: JSON-clean data only.
    expect(JSON.parse(JSON.stringify(functions))).toEqual(functions);
  });

  it('throws a plain Error synchronously when the work fails', () => {
    const { global } = loadCode(new FakeGas());
    // A new hire with no name cannot be added (or, while the templates are being built, the
    // placeholder says so): either way an Error reaches the sidebar's failure handler.
    let thrown: unknown = null;
    try {
      global.hwbcNewHire({});
    } catch (e) {
      thrown = e;
    }
    // An Error of the script's realm, with a message the pane can show.
    expect(Object.prototype.toString.call(thrown)).toBe('[object Error]');
    expect((thrown as Error).message.length).toBeGreaterThan(5);
  });
});

describe('hwbcInsertFormula', () => {
  it('puts the formula into the selected empty cell', () => {
    const fake = new FakeGas({
      sheets: {
        Team: [
          ['Name', 'Hours'],
          ['Asha', 120],
        ],
      },
    });
    const { global } = loadCode(fake);
    fake.select('Team', 'C2');
    global.hwbcInsertFormula('=HWBC_TIER(B2)');
    expect(fake.book.sheet('Team')?.cell(2, 3)).toEqual({ value: '=HWBC_TIER(B2)', formula: '=HWBC_TIER(B2)' });
  });

  it('refuses a cell that holds something, and leaves it as it was', () => {
    const fake = new FakeGas({
      sheets: {
        Team: [
          ['Name', 'Hours'],
          ['Asha', 120],
        ],
      },
    });
    const { global } = loadCode(fake);
    fake.select('Team', 'B2');
    expect(() => global.hwbcInsertFormula('=HWBC_TIER(B2)')).toThrow(/B2 is not empty/);
    expect(fake.values('Team')).toEqual([
      ['Name', 'Hours'],
      ['Asha', 120],
    ]);
  });

  it('refuses text that is not a formula', () => {
    const fake = new FakeGas({ sheets: { Team: [['Name']] } });
    fake.select('Team', 'C2');
    expect(() => loadCode(fake).global.hwbcInsertFormula('HWBC_TIER(1)')).toThrow(/starts with "="/);
  });
});

describe('hwbcSelectCell', () => {
  it('selects the cell of a finding', () => {
    const fake = new FakeGas({ sheets: { Team: [['Name']], Other: [['x']] } });
    loadCode(fake).global.hwbcSelectCell('Team', 7, 'K');
    expect(fake.book.activeRange?.sheet.name).toBe('Team');
    expect(fake.book.activeRange?.getA1Notation()).toBe('K7');
  });

  it('selects the whole row when a finding has no column', () => {
    const fake = new FakeGas({ sheets: { Team: [['Name']] } });
    loadCode(fake).global.hwbcSelectCell('Team', 3, null);
    expect(fake.book.activeRange?.getRow()).toBe(3);
    expect(fake.book.activeRange?.getNumRows()).toBe(1);
  });

  it('says plainly when the sheet has gone', () => {
    const fake = new FakeGas({ sheets: { Team: [['Name']] } });
    expect(() => loadCode(fake).global.hwbcSelectCell('Old team', 3, 'A')).toThrow(
      'There is no sheet called "Old team" any more. Run the check again.',
    );
  });
});
