import { isBlank } from './blank';
import { HwbcError } from '../errors';
import { badArgument } from '../messages';

/**
 * Reads text, trimmed. Numbers are accepted as their text (an ID typed as 42). A blank
 * gives null.
 *
 * @example
 * readText('area', ' pro '); // 'pro'
 */
export function readText(name: string, value: unknown): string | null {
  if (isBlank(value)) return null;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new HwbcError('VALUE', badArgument(name, value, 'text'));
}
