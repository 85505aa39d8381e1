/**
 * Which client a reference names. A caseload and the logs write a client's pseudonymous
 * reference by hand, so the same client turns up as "A-1", "a-1 " or "Ann  Smith" and
 * "ann smith"; every figure that counts or follows clients must agree on one rule.
 */
import { coachKey } from './coachKey';

/**
 * A client reference tidied for telling clients apart: case, punctuation and spacing ignored,
 * the same tidying as a coach's ID or name (coachKey). Two references are one client when their
 * keys are equal, so "Ann  Smith" and "ann smith" are one client, and so are "C-101" and "c101"
 * (a reference scheme that tells clients apart by punctuation alone, such as "C-1-01" and
 * "C-10-1", would see them as one). Used both to match a caseload entry to its log sessions
 * (reviews due) and to count a coach's distinct clients in a month (monthly summary).
 *
 * @example
 * clientKey(' Ann  Smith '); // 'ann smith'
 * clientKey('C-101');        // 'c101'
 */
export function clientKey(reference: string): string {
  return coachKey(reference);
}
