/**
 * The stand-ins for Node's `process.nextTick` and `setImmediate` that exceljs and jszip get in
 * the browser build (webpack/shared/exceljsInBrowser.js): they run callbacks later, with their
 * arguments, and never turn text into code.
 */
import { nextTick, process } from '../../src/xlsx/browser/nodeProcess';
import { setImmediate } from '../../src/xlsx/browser/setImmediate';

describe('process stand-in', () => {
  it('runs a nextTick callback after the current code, with its arguments', async () => {
    const seen: unknown[] = [];
    process.nextTick((a, b) => seen.push(a, b), 1, 'two');
    seen.push('now');
    await Promise.resolve();
    expect(seen).toEqual(['now', 1, 'two']);
    expect(process.nextTick).toBe(nextTick);
  });

  it('says it is a browser, so exceljs takes its browser paths', () => {
    expect(process.browser).toBe(true);
  });
});

describe('setImmediate stand-in', () => {
  it('refuses code given as text, where the usual polyfill would compile it', () => {
    expect(() => setImmediate('globalThis.hacked = 1' as unknown as () => void)).toThrow(TypeError);
    expect((globalThis as { hacked?: number }).hacked).toBeUndefined();
  });

  it('runs callbacks later, in order, with their arguments', async () => {
    const seen: string[] = [];
    await new Promise<void>((resolve) => {
      setImmediate((x: string) => seen.push(x), 'first');
      setImmediate((x: string, done: () => void) => (seen.push(x), done()), 'second', resolve);
      seen.push('now');
    });
    expect(seen).toEqual(['now', 'first', 'second']);
  });
});
