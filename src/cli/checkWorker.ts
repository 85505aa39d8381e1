/**
 * A worker thread of `hwbc check` over many workbooks: checks the files it is sent, one at a
 * time, and sends each result back (plain data), so a machine's cores share a PCN's workbooks.
 */
import { parentPort } from 'worker_threads';
import { checkFile } from './checkFile';

/**
 * What the worker is sent: a file to check, and the as-of date when one was given.
 *
 * @example
 * worker.postMessage({ index: 3, file: 'team/sam.xlsx', asOf: '2026-03-20' } satisfies CheckJob);
 */
export interface CheckJob {
  index: number;
  file: string;
  asOf?: string;
}

parentPort?.on('message', (job: CheckJob) => {
  void checkFile(job.file, job.asOf).then((checked) => parentPort?.postMessage({ index: job.index, checked }));
});
