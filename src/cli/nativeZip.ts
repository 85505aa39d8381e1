/**
 * The command line's way of unpacking an .xlsx file: Node's native zlib through the zip's own
 * directory (zipParts.ts), in place of jszip's JavaScript inflate, which took three times as
 * long on a coach's year of logs (tens of megabytes of sheet XML, most of it formulas).
 */
import * as zlib from 'zlib';
import type { OpenParts } from '../xlsx/reading/readXlsx';
import { zipParts } from '../xlsx/reading/zipParts';
import { type FindFormula, numberFormulasDropped } from '../xlsx/reading/sheetXml/numberFormulasDropped';

/** `<f`, found by Node's native search for a run of bytes (twice as quick as byte by byte). */
const FORMULA = Buffer.from('<f');
const nodeFind: FindFormula = (bytes, from) => (bytes as Buffer).indexOf(FORMULA, from);

/** Unpacking a part into one buffer of its size saves joining pieces; beyond this, pieces it is. */
const ONE_PIECE = 64 * 1024 * 1024;

/**
 * An .xlsx file's parts unpacked by Node's zlib, or null for a zip zipParts.ts does not know.
 * Where only a formula's presence is asked for, the text of formulas that give numbers is
 * dropped before decoding, as the overview page does (xlsx/reading/sheetXml/numberFormulasDropped.ts,
 * searched here with Node's own Buffer.indexOf): most of a coach's workbook, never read.
 *
 * @example
 * await readXlsx(bytes, {}, nativeZip);
 */
export const nativeZip: OpenParts = (bytes) => {
  const parts = zipParts(bytes, (packed, size) =>
    zlib.inflateRawSync(packed, { chunkSize: Math.max(64 * 1024, Math.min(size + 1, ONE_PIECE)) }),
  );
  if (parts === null) return null;
  const utf8 = new TextDecoder();
  return {
    text(name, formulas) {
      if (formulas !== 'presence') return parts.text(name);
      const data = parts.bytes(name);
      if (data === null) return null;
      // A Buffer over the same memory, which nodeFind searches.
      return utf8.decode(numberFormulasDropped(Buffer.from(data.buffer, data.byteOffset, data.byteLength), nodeFind));
    },
  };
};
