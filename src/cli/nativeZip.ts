/**
 * The command line's way of unpacking an .xlsx file: Node's native zlib through the zip's own
 * directory (zipParts.ts), in place of jszip's JavaScript inflate, which took three times as
 * long on a coach's year of logs (tens of megabytes of sheet XML, most of it formulas).
 */
import * as zlib from 'zlib';
import { zipParts } from '../xlsx/reading/zipParts';

/** Unpacking a part into one buffer of its size saves joining pieces; beyond this, pieces it is. */
const ONE_PIECE = 64 * 1024 * 1024;

/**
 * An .xlsx file's parts unpacked by Node's zlib, or null for a zip zipParts.ts does not know.
 *
 * @example
 * await readXlsx(bytes, {}, nativeZip);
 */
export const nativeZip = (bytes: Uint8Array): ReturnType<typeof zipParts> =>
  zipParts(bytes, (packed, size) =>
    zlib.inflateRawSync(packed, { chunkSize: Math.max(64 * 1024, Math.min(size + 1, ONE_PIECE)) }),
  );
