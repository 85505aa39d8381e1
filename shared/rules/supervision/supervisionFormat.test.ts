// docs/rules.md §2: only individual health coaching supervision sets the monthly due date; a blank
// format counts as individual; "group" in the format or the type means group.
import { isGroupSession, withoutGroupWord } from './supervisionFormat';
import { parseSupervisionType } from './supervisionType';

describe('isGroupSession', () => {
  it.each([
    [null, 'Health coaching', false],
    ['1:1', 'HCS', false],
    ['Individual', 'coaching', false],
    ['Group', 'Health coaching', true],
    ['group session', 'hcs', true],
    [null, 'Group health coaching', true],
    [null, 'GROUP coaching supervision', true],
  ])('format %p, type %p: group %p', (format, type, group) => {
    expect(isGroupSession(format, type)).toBe(group);
  });

  it('reads the type of a group session once the word is taken out', () => {
    expect(parseSupervisionType(withoutGroupWord('Group health coaching'))).toBe('coaching');
    expect(parseSupervisionType(withoutGroupWord('HCS group'))).toBe('coaching');
  });
});
