/**
 * What a file the user gave is, by its bytes, whatever it is called: a zip is a workbook, text
 * is CSV, and anything else is a FileProblem with a plain reason. No file system here, so the
 * overview page's worker sorts the files it is given the same way as the command line.
 */
import { FILE_MESSAGES } from './fileMessages';

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

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: an old .xls, or an .xlsx saved with a password (encrypted). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

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
