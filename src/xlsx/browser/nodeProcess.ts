/**
 * The little of Node's `process` that exceljs and its stream library use when they build an
 * .xlsx file in a browser (the task pane, the demo page): `nextTick`, and `browser` set so
 * exceljs takes its browser paths. webpack hands this to those modules in place of the global
 * (see webpack/shared/exceljsInBrowser.js); the page itself never gets a `process` global.
 */

type Callback = (...args: unknown[]) => void;

/**
 * Runs `callback` with `args` once the current code has finished, before any timer or
 * rendering: Node's nextTick runs ahead of promise callbacks, and a microtask is the closest
 * a browser has.
 *
 * @example
 * nextTick((a, b) => console.log(a + b), 1, 2); // logs 3 after the current code
 */
export function nextTick(callback: Callback, ...args: unknown[]): void {
  queueMicrotask(() => callback(...args));
}

/**
 * The stand-in for `process`.
 *
 * @example
 * process.browser; // true
 */
export const process = {
  browser: true,
  env: {} as Record<string, string | undefined>,
  version: '',
  versions: {} as Record<string, string>,
  nextTick,
};
