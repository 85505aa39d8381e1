/**
 * `setImmediate` for the zip library exceljs writes .xlsx files with (jszip), in a browser.
 * jszip yields between chunks with setImmediate so a page stays responsive while it zips. The
 * usual browser polyfill (the setimmediate package) also accepts a string of code and turns it
 * into a function with `new Function`, which the pane's Content-Security-Policy forbids and
 * the bundle safety test refuses; this one only takes functions. webpack hands it to the
 * modules that use the global (see webpack/shared/exceljsInBrowser.js).
 */

type Task = () => void;

const queue: Task[] = [];
let channel: MessageChannel | null = null;

/**
 * Runs every task queued so far; tasks queued while running wait for the next message. With
 * nothing left to do, the channel is closed: an open one would keep a Node process (a test
 * run) alive, and a burst of work opens a new one.
 */
function runQueued(): void {
  for (const task of queue.splice(0, queue.length)) {
    try {
      task();
    } catch (e) {
      // One failing task must not drop the others: report it as uncaught, as Node would.
      queueMicrotask(() => {
        throw e;
      });
    }
  }
  if (queue.length === 0) {
    channel?.port1.close();
    channel = null;
  }
}

/**
 * Runs `callback` with `args` after the page has had a chance to do other work (a new task
 * on the event loop, as Node's setImmediate). A MessageChannel message is used rather than
 * setTimeout(…, 0), which browsers slow to 4 ms once timeouts nest, as jszip's do.
 *
 * @example
 * setImmediate((name) => console.log(`zipped ${name}`), 'Coaches');
 */
export function setImmediate<A extends unknown[]>(callback: (...args: A) => void, ...args: A): void {
  if (typeof callback !== 'function') throw new TypeError('setImmediate needs a function.');
  if (typeof MessageChannel === 'undefined') {
    setTimeout(() => callback(...args), 0);
    return;
  }
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = runQueued;
  }
  queue.push(() => callback(...args));
  if (queue.length === 1) channel.port2.postMessage(null);
}
