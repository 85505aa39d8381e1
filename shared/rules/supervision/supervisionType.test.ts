// docs/rules.md §2: three types, each with its accepted names, any case.
import { HwbcError } from '../../values/errors';
import { parseSupervisionType, readSupervisionType, SUPERVISION_NAMES } from './supervisionType';

const ACCEPTED: [string, 'line' | 'clinical' | 'coaching'][] = [
  ['line', 'line'],
  ['line management', 'line'],
  ['lm', 'line'],
  ['manager', 'line'],
  ['clinical', 'clinical'],
  ['clinician', 'clinical'],
  ['cs', 'clinical'],
  ['coaching', 'coaching'],
  ['health coaching', 'coaching'],
  ['hcs', 'coaching'],
  ['coaching supervision', 'coaching'],
];

const upperFirst = (s: string) => s.replace(/(^|\s)\w/g, (c) => c.toUpperCase());

describe('parseSupervisionType', () => {
  it('knows exactly the names docs/rules.md lists', () => {
    const listed = Object.entries(SUPERVISION_NAMES).flatMap(([type, names]) => names.map((n) => [n, type]));
    expect(listed.sort()).toEqual([...ACCEPTED].sort());
  });

  it.each(ACCEPTED)('reads %p as %p in any case', (name, type) => {
    expect(parseSupervisionType(name)).toBe(type);
    expect(parseSupervisionType(name.toUpperCase())).toBe(type);
    expect(parseSupervisionType(upperFirst(name))).toBe(type);
  });

  it('ignores surrounding and repeated spaces', () => {
    expect(parseSupervisionType('  Line   Management ')).toBe('line');
    expect(parseSupervisionType('\tHCS\n')).toBe('coaching');
  });

  it.each(['weekly chat', 'supervision', '', 'l', 'lines', 'clinic'])('does not know %p', (name) => {
    expect(parseSupervisionType(name)).toBeNull();
  });
});

describe('readSupervisionType', () => {
  it('reads an accepted name', () => {
    expect(readSupervisionType('type', 'HCS')).toBe('coaching');
  });

  it('refuses an unknown name, naming the argument and the value', () => {
    expect(() => readSupervisionType('type', 'weekly chat')).toThrow(HwbcError);
    expect(() => readSupervisionType('type', 'weekly chat')).toThrow(
      'type must be a supervision type: line, clinical or coaching, got "weekly chat"',
    );
  });
});
