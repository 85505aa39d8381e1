import { SyncPromise } from './syncPromise';

type Global = { Promise: PromiseConstructor };

function globalScope(): Global {
  // Apps Script's V8 has globalThis; the add-in never builds code with the Function constructor.
  return globalThis as unknown as Global;
}

/**
 * Runs async work that never really waits (every Apps Script call is synchronous) and returns
 * its result, or throws its error, before returning. The bundle's async functions are
 * compiled to generators driven by whatever `Promise` is global when they are called, so for
 * the length of the call the global Promise is SyncPromise; the native one is put back after.
 *
 * Why: `google.script.run` and menu handlers need a plain value from a top-level function;
 * a Promise would reach the sidebar as nothing.
 *
 * @example
 * runToCompletion(() => paneService(port, 'sheets').listTemplateSheets()); // ['Coaches', …]
 */
export function runToCompletion<T>(work: () => PromiseLike<T> | T): T {
  const scope = globalScope();
  const native = scope.Promise;
  scope.Promise = SyncPromise as unknown as PromiseConstructor;
  let result: PromiseLike<T> | T;
  try {
    result = work();
  } finally {
    scope.Promise = native;
  }
  const settled = result instanceof SyncPromise ? result.settled : isPromiseLike(result) ? null : undefined;
  if (settled === undefined) return result as T;
  if (settled === null) {
    // Only a real asynchronous wait (a timer, a network call) gets here: none exists in Apps Script.
    throw new Error('The add-on started work that could not finish in one go. Please try again.');
  }
  if (!settled.ok) throw settled.reason;
  return settled.value as T;
}

function isPromiseLike(v: unknown): v is PromiseLike<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}
