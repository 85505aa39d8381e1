/**
 * Checking many workbook files, each alone, using the machine's cores: a worker thread per
 * core (at most one per file) takes the next file as it finishes the last, so a slow file never
 * holds up the rest, and memory holds one workbook per worker. Results come back in the order
 * the files were given. Where the worker's compiled file is not there (the tests run the
 * TypeScript itself), the files are checked one after another here instead. HWBC_THREADS sets
 * how many threads (1: one file after another, in this thread), else one per core.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { checkFile } from './checkFile';
import type { CheckJob } from './checkWorker';

type Checked = Awaited<ReturnType<typeof checkFile>>;

/** The compiled worker beside this file, or null when running from TypeScript sources. */
function workerFile(): string | null {
  const file = path.join(__dirname, 'checkWorker.js');
  return __filename.endsWith('.js') && fs.existsSync(file) ? file : null;
}

/**
 * Each file's check (or the plain reason it has none), in the order given.
 *
 * @example
 * await checkFiles(['a.xlsx', 'b.csv'], '2026-03-20'); // [{ result }, { problem }]
 */
export async function checkFiles(files: readonly string[], asOf?: string): Promise<Checked[]> {
  const script = workerFile();
  const asked = Math.floor(Number(process.env.HWBC_THREADS));
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  const threads = Math.min(asked >= 1 ? asked : cores, files.length);
  const out: Checked[] = new Array(files.length);
  if (script === null || threads < 2) {
    for (let i = 0; i < files.length; i++) out[i] = await checkFile(files[i], asOf);
    return out;
  }
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= files.length) return resolve();
        const job: CheckJob = { index: next, file: files[next++], asOf };
        worker.postMessage(job);
      };
      worker.on('message', (m: { index: number; checked: Checked }) => {
        out[m.index] = m.checked;
        send();
      });
      worker.on('error', reject);
      send();
    });
  const workers = Array.from({ length: threads }, () => new Worker(script));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
