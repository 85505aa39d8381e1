/**
 * A count with its noun, so the pane never says "1 coaches" or "1 finding(s)".
 *
 * @example
 * plural(1, 'coach', 'coaches');   // '1 coach'
 * plural(12, 'coach', 'coaches');  // '12 coaches'
 * plural(0, 'finding', 'findings'); // '0 findings'
 */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
