/**
 * zod, set up once for the whole add-in. `jitless` stops zod from compiling parsers with the
 * Function constructor: the task pane's Content-Security-Policy forbids code generation, and
 * the add-in promises never to evaluate generated code anywhere. Import `z` from here, never
 * from 'zod' directly, so the setting is always applied first.
 *
 * @example
 * import { z } from '../values/zod';
 * z.string().parse('ok');
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
