import { HwbcError } from '../../values/errors';
import { badArgument } from '../../values/messages';

/** The three kinds of supervision of docs/rules.md §2. */
export type SupervisionType = 'line' | 'clinical' | 'coaching';

/** Accepted names for each type (any case), from docs/rules.md §2. */
export const SUPERVISION_NAMES: Readonly<Record<SupervisionType, readonly string[]>> = {
  line: ['line', 'line management', 'lm', 'manager'],
  clinical: ['clinical', 'clinician', 'cs'],
  coaching: ['coaching', 'health coaching', 'hcs', 'coaching supervision'],
};

/** How each type is labelled on sheets and in reports. */
export const SUPERVISION_LABELS: Readonly<Record<SupervisionType, string>> = {
  line: 'Line management',
  clinical: 'Clinical',
  coaching: 'Health coaching',
};

const LOOKUP = new Map<string, SupervisionType>();
for (const [type, names] of Object.entries(SUPERVISION_NAMES) as [SupervisionType, readonly string[]][]) {
  for (const n of names) LOOKUP.set(n, type);
}

/**
 * The supervision type a name stands for, or null if it is not one of the accepted names.
 * Spaces are collapsed so "Line  management" still counts.
 *
 * @example
 * parseSupervisionType('Line management'); // 'line'
 * parseSupervisionType('weekly chat');     // null
 */
export function parseSupervisionType(name: string): SupervisionType | null {
  return LOOKUP.get(name.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/**
 * Like parseSupervisionType, but an unknown name is an error naming the argument.
 *
 * @example
 * readSupervisionType('type', 'HCS'); // 'coaching'
 */
export function readSupervisionType(argName: string, value: string): SupervisionType {
  const t = parseSupervisionType(value);
  if (t === null) throw new HwbcError('VALUE', badArgument(argName, value, 'supervisionType'));
  return t;
}
