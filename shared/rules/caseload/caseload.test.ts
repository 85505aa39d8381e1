// docs/rules.md §3: 4 or fewer sessions OK, 5 At limit, more than 5 Over; a client review is due
// when sessions since the last review ≥ 6.
import { dayLoad, reviewDue } from './caseload';

describe('dayLoad', () => {
  it.each([0, 1, 4])('%p sessions is OK', (n) => expect(dayLoad(n)).toBe('OK'));
  it('5 sessions is At limit', () => expect(dayLoad(5)).toBe('At limit'));
  it.each([6, 7, 12])('%p sessions is Over', (n) => expect(dayLoad(n)).toBe('Over'));
});

describe('reviewDue', () => {
  it.each([0, 1, 5])('not after %p sessions', (n) => expect(reviewDue(n)).toBe(false));
  it.each([6, 7, 12])('due after %p sessions', (n) => expect(reviewDue(n)).toBe(true));
});
