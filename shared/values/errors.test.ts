import { HwbcError, isHwbcError } from './errors';

describe('HwbcError', () => {
  it('is an Error with a kind and the message as given', () => {
    const e = new HwbcError('NUM', 'wte must be …');
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(HwbcError);
    expect(e.name).toBe('HwbcError');
    expect(e.kind).toBe('NUM');
    expect(e.message).toBe('wte must be …');
  });

  it('is told apart from other errors', () => {
    expect(isHwbcError(new HwbcError('VALUE', 'x'))).toBe(true);
    expect(isHwbcError(new Error('x'))).toBe(false);
    expect(isHwbcError({ kind: 'VALUE', message: 'x' })).toBe(false);
    expect(isHwbcError(null)).toBe(false);
  });

  it('gathers no call stack, and leaves other errors their stacks', () => {
    const limit = Error.stackTraceLimit;
    const e = new HwbcError('VALUE', 'hours must be a number ≥ 0, got "12h"');
    expect(e.stack ?? '').not.toMatch(/\n\s+at /);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('a fault').stack).toMatch(/\n\s+at /);
  });
});
