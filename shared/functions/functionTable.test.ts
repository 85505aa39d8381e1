// The function table against issue 2's list: names (Sheets spelling), parameter names, which
// are optional, and what each returns.
import { COMPETENCY_HEADER } from '../framework/competencyTable';
import { readContext } from '../values/context';
import { evaluate } from './evaluate';
import { findFunction, FUNCTIONS } from './index';
import { exampleFormula, exampleValues, functionName } from './naming';
import type { ResultType } from './types';

/** Issue 2, "What it must do" §2, as written there: optional parameters in brackets. */
const ISSUE_LIST: [string, ResultType][] = [
  ['HWBC_TIER(hours, [pci_trained], [evidenced_tier])', 'number'],
  ['HWBC_NEXT_TIER_HOURS(hours)', 'number'],
  ['HWBC_SUPERVISION_DUE(type, last_date, [wte], [start_date])', 'date'],
  ['HWBC_SUPERVISION_STATUS(type, last_date, [wte], [start_date], [as_of])', 'text'],
  ['HWBC_REVIEW_DUE(sessions_since_review)', 'boolean'],
  ['HWBC_DAY_LOAD(sessions_in_day)', 'text'],
  ['HWBC_CAN_SUPERVISE(tier, caseload_hours_last_12_months)', 'boolean'],
  ['HWBC_COMPETENCIES([area], [tier])', 'table'],
  ['HWBC_SNOMED()', 'text'],
];

/** A signature as the issue writes it, from a spec. */
function signature(name: string): string {
  const spec = findFunction(name);
  if (!spec) return `${name}: missing`;
  const params = spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${functionName(spec, 'sheets')}(${params.join(', ')})`;
}

const ctx = readContext('2026-06-01');
const call = (name: string, args: unknown[]) => evaluate(findFunction(name)!, args, ctx);
const value = (name: string, args: unknown[]) => {
  const [[cell]] = call(name, args).cells;
  if (!cell.ok) throw cell.error;
  return cell.value;
};

describe('the function table', () => {
  it('has exactly the functions of issue 2, in that order', () => {
    expect(FUNCTIONS.map((f) => functionName(f, 'sheets'))).toEqual(ISSUE_LIST.map(([s]) => s.split('(')[0]));
  });

  it.each(ISSUE_LIST)('defines %s, returning %s', (sig, result) => {
    const name = sig.split('(')[0];
    expect(signature(name)).toBe(sig);
    expect(findFunction(name)?.result).toBe(result);
  });

  it('spells each name for Excel with its namespace and for Sheets with an underscore', () => {
    const tier = findFunction('TIER')!;
    expect(functionName(tier, 'excel')).toBe('HWBC.TIER');
    expect(functionName(tier, 'sheets')).toBe('HWBC_TIER');
    expect(findFunction('HWBC.SUPERVISION_STATUS')).toBe(findFunction('hwbc_supervision_status'));
    expect(findFunction('HWBC_NO_SUCH_THING')).toBeUndefined();
  });

  it('names only parameters in snake_case, with help for each', () => {
    for (const f of FUNCTIONS) {
      expect(f.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
      for (const p of f.params) {
        expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(p.help.trim().length).toBeGreaterThan(5);
      }
    }
  });

  it('says in the as_of help or the function help that Sheets users pass TODAY()', () => {
    const status = findFunction('SUPERVISION_STATUS')!;
    expect(status.usesToday).toBe(true);
    expect(`${status.help} ${status.params.map((p) => p.help).join(' ')}`).toMatch(/TODAY\(\)/);
  });
});

describe('what each function returns', () => {
  it('HWBC_TIER gives 0–4', () => {
    expect(value('HWBC_TIER', [250])).toBe(2);
    expect(value('HWBC_TIER', [250, 'no'])).toBe(0);
    expect(value('HWBC_TIER', [1200, true, 2])).toBe(2);
  });

  it('HWBC_NEXT_TIER_HOURS gives the hours still needed, 0 at Tier 4', () => {
    expect(value('HWBC_NEXT_TIER_HOURS', [' 120.5 '])).toBe(79.5);
    expect(value('HWBC_NEXT_TIER_HOURS', [1000])).toBe(0);
  });

  it('HWBC_SUPERVISION_DUE gives a date', () => {
    expect(value('HWBC_SUPERVISION_DUE', ['clinical', '10/01/2026', '30%'])).toBe('2026-11-10');
    expect(value('HWBC_SUPERVISION_DUE', ['CS', null, null, '2026-09-01'])).toBe('2026-12-01');
  });

  it('HWBC_SUPERVISION_STATUS judges on as_of, else on today', () => {
    expect(value('HWBC_SUPERVISION_STATUS', ['line', '2026-03-15', null, null, '2026-04-08'])).toBe('Due soon');
    // today is 2026-06-01 in this context
    expect(value('HWBC_SUPERVISION_STATUS', ['line', '2026-05-20'])).toBe('OK');
    expect(value('HWBC_SUPERVISION_STATUS', ['line', '2026-04-20'])).toBe('Overdue');
    expect(value('HWBC_SUPERVISION_STATUS', ['line', '2026-05-03'])).toBe('Due soon'); // due 3 June;
  });

  it('HWBC_REVIEW_DUE, HWBC_DAY_LOAD and HWBC_CAN_SUPERVISE', () => {
    expect(value('HWBC_REVIEW_DUE', ['6'])).toBe(true);
    expect(value('HWBC_DAY_LOAD', [5])).toBe('At limit');
    expect(value('HWBC_CAN_SUPERVISE', [3, 50])).toBe(true);
    expect(value('HWBC_CAN_SUPERVISE', [4, 49])).toBe(false);
  });

  it('HWBC_COMPETENCIES gives a table with the header of issue 2', () => {
    const r = call('HWBC_COMPETENCIES', []);
    expect(r.scalar).toBe(false);
    const rows = r.cells.map((row) => row.map((c) => (c.ok ? c.value : c.error.message)));
    expect(rows[0]).toEqual(['Code', 'Area', 'Competency', 'Gained through', 'Evidenced by', 'From tier', 'Kind']);
    expect([...COMPETENCY_HEADER]).toEqual(rows[0]);
    expect(rows).toHaveLength(91);
    expect(rows.every((row) => row.length === 7)).toBe(true);
    expect(rows[1][0]).toBe('PRO-01');
  });

  it('HWBC_COMPETENCIES keeps one area (any case) and the rows that apply at a tier', () => {
    const codes = (args: unknown[]) =>
      call('HWBC_COMPETENCIES', args)
        .cells.slice(1)
        .map((row) => row[0].ok && row[0].value);
    expect(codes(['mod'])).toHaveLength(12);
    expect(codes(['GRP', 1])).toEqual([]);
    expect(codes(['GRP', 2])).toHaveLength(6);
    expect(codes([null, 1]).some((c) => String(c).startsWith('GRP'))).toBe(false);
    expect(codes(['ADD', 2])).toHaveLength(28);
    expect(codes(['GEN'])).toHaveLength(16);
  });

  it('HWBC_COMPETENCIES refuses an unknown area or tier in one error cell', () => {
    for (const args of [['XYZ'], ['PRO', 5], ['Professional']]) {
      const r = call('HWBC_COMPETENCIES', args);
      expect(r.cells).toHaveLength(1);
      expect(r.cells[0][0].ok).toBe(false);
    }
  });

  it('HWBC_SNOMED gives the concept id as text', () => {
    expect(value('HWBC_SNOMED', [])).toBe('148471000000103');
  });
});

describe('examples', () => {
  it('writes each example as a formula for both hosts', () => {
    for (const f of FUNCTIONS) {
      expect(exampleFormula(f, 'excel')).toMatch(new RegExp(`^=HWBC\\.${f.name}\\(`));
      expect(exampleFormula(f, 'sheets')).toMatch(new RegExp(`^=HWBC_${f.name}\\(`));
      expect(exampleValues(f)).toHaveLength(f.example.length);
    }
  });
});
