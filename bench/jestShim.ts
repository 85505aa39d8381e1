/**
 * test/support/officeFakes.ts is a Jest helper: its first statement is
 * `jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'))`.
 * Outside Jest this stands in for those two calls, so the bench loads office-addin-mock exactly
 * as the tests do: the factory's result goes into Node's module cache under the mocked name.
 * Import this module before officeFakes.
 */
import { createRequire } from 'module';

const load = createRequire(__filename);

/** The two Jest calls officeFakes makes, and nothing more. */
const jestStandIn = {
  mock(name: string, factory: () => unknown): void {
    const file = load.resolve(name);
    load.cache[file] = { id: file, filename: file, loaded: true, exports: factory() } as NodeJS.Module;
  },
  requireActual: (name: string): unknown => load(name),
};

const scope = globalThis as { jest?: unknown };
if (scope.jest === undefined) scope.jest = jestStandIn;
