/**
 * zod, set up once for the whole add-in: import it as `import * as z from './zod'`,
 * never from 'zod' directly, so the setting below is always applied first.
 *
 * - The "mini" build, re-exported name by name: its functions tree-shake, so each bundle
 *   carries only the few schemas the add-in uses (the classic build added ~300 KB).
 * - `jitless` stops zod from compiling parsers with the Function constructor: the task pane's
 *   Content-Security-Policy forbids code generation, and the add-in promises never to
 *   evaluate generated code anywhere.
 *
 * @example
 * import * as z from './zod';
 * z.string().parse('ok');
 */
import { config } from 'zod/mini';

config({ jitless: true });

export * from 'zod/mini';

/**
 * A schema made the first time it is used rather than when its module loads: building zod
 * schemas is work every cold start of a script would pay (Apps Script loads the whole of
 * Code.js for each custom function call), even when nothing is ever validated.
 *
 * @example
 * const schema = lazySchema(() => z.object({ name: z.string() }));
 * schema().safeParse({ name: 'Sam' }).success; // true
 */
export function lazySchema<T>(build: () => T): () => T {
  let schema: T | undefined;
  return () => (schema ??= build());
}
