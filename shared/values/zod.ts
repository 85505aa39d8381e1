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
