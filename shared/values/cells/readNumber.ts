import { isBlank } from './blank';
import { HwbcError } from '../errors';
import { badArgument, ExpectedKey } from '../messages';

/** The limits a number argument must keep. */
export interface NumberRule {
  expected: ExpectedKey;
  min?: number;
  max?: number;
  /** `min` itself is not allowed (a WTE of 0). */
  minExclusive?: boolean;
  integer?: boolean;
  /** Accepts "60%" as 0.6 (for WTE). */
  percent?: boolean;
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads a number from a cell: a number, or numeric text such as " 120.5 ". A blank gives
 * null. Text that is not a number is a VALUE error; a number outside the rule is NUM.
 *
 * @example
 * readNumber('hours', ' 120 ', { expected: 'hours', min: 0 }); // 120
 * readNumber('hours', '12h', { expected: 'hours', min: 0 });   // throws: hours must be a number ≥ 0, got "12h"
 */
export function readNumber(name: string, value: unknown, rule: NumberRule): number | null {
  if (isBlank(value)) return null;
  let n: number;
  if (typeof value === 'number') {
    n = value;
  } else if (typeof value === 'string') {
    let text = value.trim();
    let scale = 1;
    if (rule.percent && text.endsWith('%')) {
      text = text.slice(0, -1).trim();
      scale = 0.01;
    }
    if (!NUMERIC.test(text)) throw new HwbcError('VALUE', badArgument(name, value, rule.expected));
    n = Number(text) * scale;
  } else {
    throw new HwbcError('VALUE', badArgument(name, value, rule.expected));
  }
  if (!Number.isFinite(n)) throw new HwbcError('VALUE', badArgument(name, value, rule.expected));
  const tooLow = rule.min !== undefined && (rule.minExclusive ? n <= rule.min : n < rule.min);
  const tooHigh = rule.max !== undefined && n > rule.max;
  const notWhole = rule.integer === true && !Number.isInteger(n);
  if (tooLow || tooHigh || notWhole) throw new HwbcError('NUM', badArgument(name, value, rule.expected));
  return n;
}
