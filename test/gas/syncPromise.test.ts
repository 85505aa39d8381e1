/**
 * SyncPromise and runToCompletion: async work that never waits finishes inside the call, with
 * promise semantics kept (chaining, thenables, errors), and the global Promise restored.
 */
import { runToCompletion } from '../../src/gas/server/runToCompletion';
import { SyncPromise } from '../../src/gas/server/syncPromise';

describe('SyncPromise', () => {
  it('runs callbacks as soon as it settles, through a chain', () => {
    const seen: unknown[] = [];
    SyncPromise.resolve(2)
      .then((n) => n * 3)
      .then((n) => SyncPromise.resolve(n + 1))
      .then((n) => seen.push(n));
    expect(seen).toEqual([7]);
  });

  it('adopts any thenable and passes errors to the first handler', () => {
    const thenable = { then: (ok: (v: string) => void) => ok('from a thenable') } as PromiseLike<string>;
    expect(SyncPromise.resolve(thenable).settled).toEqual({ ok: true, value: 'from a thenable' });
    const p = SyncPromise.resolve(1)
      .then(() => {
        throw new Error('bad row');
      })
      .then(() => 'skipped')
      .catch((e: unknown) => `caught ${(e as Error).message}`);
    expect(p.settled).toEqual({ ok: true, value: 'caught bad row' });
  });

  it('settles once: later resolve and reject calls are ignored', () => {
    const p = new SyncPromise<number>((resolve, reject) => {
      resolve(1);
      resolve(2);
      reject(new Error('late'));
    });
    expect(p.settled).toEqual({ ok: true, value: 1 });
  });

  it('waits for a later resolution, then runs what was queued', () => {
    let later: (v: number) => void = () => undefined;
    const seen: number[] = [];
    const p = new SyncPromise<number>((resolve) => (later = resolve));
    p.then((v) => seen.push(v));
    expect(p.settled).toBeNull();
    later(5);
    expect(seen).toEqual([5]);
  });

  it('collects all results in order, or the first failure', () => {
    expect(SyncPromise.all([1, SyncPromise.resolve(2), 3]).settled).toEqual({ ok: true, value: [1, 2, 3] });
    expect(SyncPromise.all([]).settled).toEqual({ ok: true, value: [] });
    const failed = SyncPromise.all([1, SyncPromise.reject(new Error('no'))]).settled;
    expect(failed?.ok).toBe(false);
    expect(SyncPromise.allSettled([1, SyncPromise.reject('x')]).settled).toEqual({
      ok: true,
      value: [
        { status: 'fulfilled', value: 1 },
        { status: 'rejected', reason: 'x' },
      ],
    });
  });

  it('runs finally on both paths, keeping the outcome', () => {
    const seen: string[] = [];
    expect(SyncPromise.resolve(1).finally(() => seen.push('a')).settled).toEqual({ ok: true, value: 1 });
    expect(SyncPromise.reject('e').finally(() => seen.push('b')).settled).toEqual({ ok: false, reason: 'e' });
    expect(seen).toEqual(['a', 'b']);
  });
});

describe('runToCompletion', () => {
  const g = globalThis as unknown as { Promise: PromiseConstructor };

  it('returns the value of work built on the global Promise, and puts the native one back', () => {
    const native = g.Promise;
    const work = () =>
      new Promise<number>((resolve) => resolve(20)).then((n) =>
        Promise.all([n, Promise.resolve(22)]).then(([a, b]) => a + b),
      );
    expect(runToCompletion(work)).toBe(42);
    expect(g.Promise).toBe(native);
  });

  it('throws the error the work rejected with, and still restores Promise', () => {
    const native = g.Promise;
    expect(() => runToCompletion(() => Promise.reject(new Error('Templates are not built yet.')))).toThrow(
      'Templates are not built yet.',
    );
    expect(() =>
      runToCompletion(() => {
        throw new Error('at once');
      }),
    ).toThrow('at once');
    expect(g.Promise).toBe(native);
  });

  it('passes a plain value through', () => {
    expect(runToCompletion(() => 'plain')).toBe('plain');
  });

  it('says so when work really waits, instead of returning a pending promise', () => {
    const native = g.Promise;
    // A native promise made before the call stays native: its callbacks need a later tick.
    const pending = new native<number>(() => undefined);
    expect(() => runToCompletion(() => pending)).toThrow(/could not finish/);
  });
});
