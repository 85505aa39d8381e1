import { findFunction } from './index';
import { exampleFormula, exampleValues, functionName } from './naming';
import type { FunctionSpec } from './types';

const spec = (example: FunctionSpec['example']): FunctionSpec => ({
  name: 'DEMO',
  help: 'A demonstration function.',
  params: [],
  result: 'text',
  rule: 'none',
  example,
  run: () => null,
});

describe('functionName', () => {
  it('gives the Excel and the Sheets spelling', () => {
    expect(functionName({ name: 'DAY_LOAD' }, 'excel')).toBe('HWBC.DAY_LOAD');
    expect(functionName({ name: 'DAY_LOAD' }, 'sheets')).toBe('HWBC_DAY_LOAD');
  });
});

describe('exampleFormula', () => {
  it('writes literals a spreadsheet reads back: text quoted, dates as DATE(), booleans as TRUE/FALSE', () => {
    expect(exampleFormula(spec(['say "hi"', { date: '2026-03-05' }, true, 0.5]), 'sheets')).toBe(
      '=HWBC_DEMO("say ""hi""",DATE(2026,3,5),TRUE,0.5)',
    );
  });

  it('leaves a gap for a skipped argument and drops trailing blanks', () => {
    expect(exampleFormula(spec(['line', null, null, { date: '2026-04-10' }]), 'excel')).toBe(
      '=HWBC.DEMO("line",,,DATE(2026,4,10))',
    );
    expect(exampleFormula(spec(['line', null, null]), 'excel')).toBe('=HWBC.DEMO("line")');
    expect(exampleFormula(spec([]), 'excel')).toBe('=HWBC.DEMO()');
  });

  it('is what the README shows for HWBC_TIER', () => {
    expect(exampleFormula(findFunction('TIER')!, 'excel')).toBe('=HWBC.TIER(250,TRUE,2)');
  });
});

describe('exampleValues', () => {
  it('gives dates as ISO text', () => {
    expect(exampleValues(spec(['clinical', { date: '2026-01-10' }, 0.5, null]))).toEqual([
      'clinical',
      '2026-01-10',
      0.5,
      null,
    ]);
  });
});
