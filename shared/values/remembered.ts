/**
 * Remembering what was worked out from a text, for texts that come round again and again: a log
 * names the same few coaches, clients and sheets on thousands of rows, and tidying each one
 * afresh (case, punctuation, quoting) would be most of the work.
 */

/**
 * A function that gives `work(text)`, worked out once per distinct text and looked up after
 * that: one map lookup a call, nothing made per call. The map lives as long as the function
 * returned, so make one per check (or per report), never one for a whole module: a pane left
 * open would otherwise hold every text it ever met.
 *
 * `work` must give the same answer for the same text and never `undefined` (an answer of
 * `undefined` is not remembered, so it would be worked out again on every call).
 *
 * @example
 * const keyOf = remembered((text) => text.trim().toLowerCase());
 * keyOf(' Sam Jones '); // 'sam jones', worked out
 * keyOf(' Sam Jones '); // 'sam jones', looked up
 */
export function remembered<T>(work: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let answer = known.get(text);
    if (answer === undefined) known.set(text, (answer = work(text)));
    return answer;
  };
}
