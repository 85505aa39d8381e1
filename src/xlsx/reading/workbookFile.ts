/**
 * Opening a file the user named, as the command line does: only a regular file, no larger
 * than a limit, read in one go without waiting on a pipe or a device; then read by what its
 * bytes are (a zip is a workbook whatever it is called, text is CSV), so an .xlsx renamed
 * .csv still opens. Anything that cannot be read is a FileProblem with a plain reason.
 */
import * as fs from 'fs';
import { FILE_MESSAGES, type FileFormat } from './fileMessages';

/**
 * Why a file cannot be read, in words for the user (the CLI exits 2 with it).
 *
 * @example
 * throw new FileProblem(FILE_MESSAGES.missing('team.xlsx'));
 */
export class FileProblem extends Error {
  /** The underlying error, shown with HWBC_DEBUG=1. */
  constructor(
    message: string,
    readonly detail?: unknown,
  ) {
    super(message);
  }
}

/**
 * The largest file read (a workbook of 200,000 log rows is about 6 MB).
 *
 * @example
 * FILE_SIZE_LIMIT; // 100 MB
 */
export const FILE_SIZE_LIMIT = 100 * 1024 * 1024;

/** What a file turned out to be, said back to the user (defined beside the words that say it). */
export type { FileFormat };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: an old .xls, or an .xlsx saved with a password (encrypted). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

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

/**
 * What kind of file the bytes are: a workbook (zip), CSV text, or a reason it is neither.
 *
 * @example
 * sniffFile(bytes, 'team.csv'); // 'xlsx' for an .xlsx renamed .csv
 */
export function sniffFile(bytes: Uint8Array, file: string): 'xlsx' | 'csv' {
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE)) throw new FileProblem(FILE_MESSAGES.encryptedOrOld(file));
  if (bytes.length === 0) throw new FileProblem(FILE_MESSAGES.empty(file));
  // Text has no zero bytes except as UTF-16 (a byte order mark, or a zero at every other
  // place); a binary file (a PDF, an image) has zeros and controls scattered through it.
  const sample = bytes.subarray(0, 4000);
  const zeros = [0, 0];
  let odd = 0;
  sample.forEach((b, i) => {
    if (b === 0) zeros[i % 2]++;
    else if (b < 9 || (b > 13 && b < 32 && b !== 26)) odd++;
  });
  const bom = (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff);
  const wide = bom || Math.max(zeros[0], zeros[1]) > sample.length / 4;
  if (!wide && zeros[0] + zeros[1] + odd > sample.length / 20) throw new FileProblem(FILE_MESSAGES.wrongFormat(file));
  return 'csv';
}
