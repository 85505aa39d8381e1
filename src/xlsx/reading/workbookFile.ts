/**
 * Opening a file the user named, as the command line does: only a regular file, no larger
 * than a limit, read in one go without waiting on a pipe or a device; then read by what its
 * bytes are (a zip is a workbook whatever it is called, text is CSV), so an .xlsx renamed
 * .csv still opens. Anything that cannot be read is a FileProblem with a plain reason.
 */
import * as fs from 'fs';
import { FILE_MESSAGES } from './fileMessages';
import { FILE_SIZE_LIMIT, FileProblem } from './sniffFile';

export { FILE_SIZE_LIMIT, FileProblem, sniffFile } from './sniffFile';
export type { FileFormat } from './fileMessages';

function openFailure(file: string, e: unknown): FileProblem {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return new FileProblem(FILE_MESSAGES.missing(file));
  if (code === 'EACCES' || code === 'EPERM') return new FileProblem(FILE_MESSAGES.permission(file));
  if (code === 'EISDIR') return new FileProblem(FILE_MESSAGES.folder(file));
  return new FileProblem(FILE_MESSAGES.unreadable(file));
}

/**
 * The bytes of a regular file of at most `limit` bytes. Opened non-blocking, so a FIFO or a
 * device never makes the command wait; checked with fstat on the open file (no race with a
 * swap between checking and reading).
 *
 * @example
 * readFileBytes('team.xlsx'); // Uint8Array
 */
export function readFileBytes(file: string, limit = FILE_SIZE_LIMIT): Uint8Array {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (e) {
    throw openFailure(file, e);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new FileProblem(FILE_MESSAGES.folder(file));
    if (!stat.isFile()) throw new FileProblem(FILE_MESSAGES.notRegular(file));
    if (stat.size > limit) throw new FileProblem(FILE_MESSAGES.tooLarge(file, stat.size, limit));
    const bytes = new Uint8Array(stat.size);
    let got = 0;
    while (got < stat.size) {
      const n = fs.readSync(fd, bytes, got, stat.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return bytes.subarray(0, got);
  } catch (e) {
    throw e instanceof FileProblem ? e : openFailure(file, e);
  } finally {
    fs.closeSync(fd);
  }
}
