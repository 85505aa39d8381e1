import { isBlank } from './blank';
import { HwbcError } from '../errors';
import { badArgument } from '../messages';

const TRUE_WORDS = new Set(['true', 'yes', 'y']);
const FALSE_WORDS = new Set(['false', 'no', 'n']);

/**
 * Reads TRUE/FALSE: a boolean, the text TRUE/FALSE or yes/no (the template's drop-downs say
 * yes/no), or 1/0. A blank gives null so the caller can apply its default.
 *
 * @example
 * readBoolean('pci_trained', 'Yes'); // true
 */
export function readBoolean(name: string, value: unknown): boolean | null {
  if (isBlank(value)) return null;
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  throw new HwbcError('VALUE', badArgument(name, value, 'boolean'));
}
