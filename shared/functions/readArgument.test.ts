// Each parameter type reads its cell into the value its rule expects; every error names the
// parameter, shows the value and says what is expected.
import { readContext } from '../values/context';
import { HwbcError } from '../values/errors';
import { readArgument } from './readArgument';
import type { ParamSpec, ParamType } from './types';

const ctx = readContext('2026-06-01');
const param = (type: ParamType, name: string = type): ParamSpec => ({ name, help: 'help text', type });
const read = (type: ParamType, value: unknown, name?: string) => readArgument(param(type, name), value, ctx);

function refusal(type: ParamType, value: unknown, name?: string): HwbcError {
  try {
    read(type, value, name);
  } catch (e) {
    if (e instanceof HwbcError) return e;
    throw e;
  }
  throw new Error(`expected ${String(value)} to be refused as ${type}`);
}

describe('readArgument', () => {
  it('reads hours, counts, tiers and WTE as numbers', () => {
    expect(read('hours', ' 120.5 ')).toBe(120.5);
    expect(read('count', '6')).toBe(6);
    expect(read('tier', 3)).toBe(3);
    expect(read('wte', '60%')).toBeCloseTo(0.6, 12);
    expect(refusal('hours', '12h').message).toBe('hours must be a number ≥ 0, got "12h"');
    expect(refusal('count', 2.5, 'sessions_in_day').kind).toBe('NUM');
    expect(refusal('tier', 5).kind).toBe('NUM');
    expect(refusal('wte', 1.5).message).toContain('for hours a week divide by 37.5');
  });

  it('reads booleans and dates', () => {
    expect(read('boolean', 'yes', 'pci_trained')).toBe(true);
    expect(read('date', '15/03/2026', 'last_date')).toBe('2026-03-15');
    expect(read('date', 46096, 'last_date')).toBe('2026-03-15');
  });

  it('reads a supervision type by any accepted name', () => {
    expect(read('supervisionType', ' Line Management ', 'type')).toBe('line');
    expect(refusal('supervisionType', 'weekly chat', 'type').message).toBe(
      'type must be a supervision type: line, clinical or coaching, got "weekly chat"',
    );
  });

  it('reads an area code in any case', () => {
    expect(read('area', 'grp')).toBe('GRP');
    expect(read('area', ' Sup ')).toBe('SUP');
    for (const bad of ['XYZ', 'Professional', 'PROX', 'P']) {
      expect(refusal('area', bad).message).toBe(
        `area must be an area code: PRO, COM, MOD, GRP, ADD, SUP or GEN, got ${JSON.stringify(bad)}`,
      );
    }
  });

  it.each(['hours', 'count', 'tier', 'wte', 'boolean', 'date', 'supervisionType', 'area', 'text'] as ParamType[])(
    'reads a blank %s as null',
    (type) => {
      expect(read(type, '  ')).toBeNull();
      expect(read(type, null)).toBeNull();
    },
  );
});
