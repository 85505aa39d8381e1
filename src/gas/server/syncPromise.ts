/**
 * A promise whose callbacks run as soon as it settles, not on a later microtask. Apps Script
 * services are synchronous, so the shared code's `async` work (templates, the workbook check)
 * never really waits: with this promise in place it finishes before the server function
 * returns, and `google.script.run` gets the answer itself, not a pending Promise. See
 * runToCompletion.ts for how it is put in place.
 */

type Settled = { ok: true; value: unknown } | { ok: false; reason: unknown };
type Resolve<T> = (value: T | PromiseLike<T>) => void;
type Reject = (reason?: unknown) => void;

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return (typeof v === 'object' || typeof v === 'function') && v !== null && 'then' in v;
}

/**
 * Promise semantics (resolution of thenables, chaining, rejection), minus the deferral.
 *
 * @example
 * let seen = 0;
 * SyncPromise.resolve(2).then((n) => (seen = n));
 * seen; // 2, already
 */
export class SyncPromise<T> implements PromiseLike<T> {
  private outcome: Settled | null = null;
  private locked = false;
  private waiting: (() => void)[] = [];

  constructor(executor: (resolve: Resolve<T>, reject: Reject) => void) {
    try {
      executor(
        (value) => this.resolveWith(value),
        (reason) => this.lockAndSettle({ ok: false, reason }),
      );
    } catch (e) {
      this.lockAndSettle({ ok: false, reason: e });
    }
  }

  /** The settled outcome, or null while pending. */
  get settled(): Settled | null {
    return this.outcome;
  }

  private lockAndSettle(outcome: Settled): void {
    if (this.locked) return;
    this.locked = true;
    this.settle(outcome);
  }

  private settle(outcome: Settled): void {
    if (this.outcome) return;
    this.outcome = outcome;
    const waiting = this.waiting;
    this.waiting = [];
    waiting.forEach((run) => run());
  }

  private resolveWith(value: unknown): void {
    if (this.locked) return;
    this.locked = true;
    this.adopt(value);
  }

  private adopt(value: unknown): void {
    if (value === this) return this.settle({ ok: false, reason: new TypeError('A promise cannot resolve to itself.') });
    if (!isThenable(value)) return this.settle({ ok: true, value });
    let done = false;
    try {
      value.then(
        (v) => (done ? undefined : ((done = true), this.adopt(v))),
        (r) => (done ? undefined : ((done = true), this.settle({ ok: false, reason: r }))),
      );
    } catch (e) {
      if (!done) this.settle({ ok: false, reason: e });
    }
  }

  then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): SyncPromise<A | B> {
    return new SyncPromise<A | B>((resolve, reject) => {
      const run = (): void => {
        const o = this.outcome as Settled;
        try {
          if (o.ok) {
            if (onFulfilled) resolve(onFulfilled(o.value as T));
            else resolve(o.value as A);
          } else if (onRejected) resolve(onRejected(o.reason));
          else reject(o.reason);
        } catch (e) {
          reject(e);
        }
      };
      if (this.outcome) run();
      else this.waiting.push(run);
    });
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): SyncPromise<T | B> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): SyncPromise<T> {
    return this.then(
      (value) => {
        onFinally?.();
        return value;
      },
      (reason) => {
        onFinally?.();
        throw reason;
      },
    );
  }

  static resolve<V>(value: V | PromiseLike<V>): SyncPromise<V> {
    return value instanceof SyncPromise ? value : new SyncPromise<V>((resolve) => resolve(value));
  }

  static reject<V = never>(reason?: unknown): SyncPromise<V> {
    return new SyncPromise<V>((_, reject) => reject(reason));
  }

  static all<V>(items: Iterable<V | PromiseLike<V>>): SyncPromise<V[]> {
    return new SyncPromise<V[]>((resolve, reject) => {
      const list = Array.from(items);
      const results: V[] = new Array(list.length);
      let left = list.length;
      if (left === 0) resolve(results);
      list.forEach((item, i) =>
        SyncPromise.resolve(item).then((v) => {
          results[i] = v;
          if (--left === 0) resolve(results);
        }, reject),
      );
    });
  }

  static allSettled<V>(items: Iterable<V | PromiseLike<V>>): SyncPromise<PromiseSettledResult<V>[]> {
    return SyncPromise.all(
      Array.from(items, (item) =>
        SyncPromise.resolve(item).then(
          (value): PromiseSettledResult<V> => ({ status: 'fulfilled', value }),
          (reason): PromiseSettledResult<V> => ({ status: 'rejected', reason }),
        ),
      ),
    );
  }
}
