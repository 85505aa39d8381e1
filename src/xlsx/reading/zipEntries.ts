/**
 * The files inside a zip (an .xlsx file is one), read with Node's own zlib: only the central
 * directory is parsed, and a file is inflated when it is asked for. Enough for workbooks Excel,
 * Google Sheets, LibreOffice and exceljs write; anything else (ZIP64, encryption, other
 * compression) is refused with an error, and the caller reads the file the slower way instead.
 */
import { inflateRawSync } from 'zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * A zip's files by name, each inflated when read.
 *
 * @example
 * const zip = zipEntries(fs.readFileSync('team.xlsx'));
 * zip.text('xl/workbook.xml'); // '<?xml …'
 */
export function zipEntries(bytes: Buffer): { names: string[]; text(name: string): string | null } {
  const end = findEndOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = new Map<string, { method: number; size: number; offset: number; flags: number }>();
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error('The zip directory is damaged.');
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const offset = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, { method, size, offset, flags });
    at += 46 + nameLength + extra + comment;
  }
  return {
    names: [...entries.keys()],
    text(name: string): string | null {
      const e = entries.get(name);
      if (!e) return null;
      if (e.flags & 1) throw new Error('The zip is encrypted.');
      if (bytes.readUInt32LE(e.offset) !== LOCAL_HEADER) throw new Error('A zip entry is damaged.');
      const start = e.offset + 30 + bytes.readUInt16LE(e.offset + 26) + bytes.readUInt16LE(e.offset + 28);
      const data = bytes.subarray(start, start + e.size);
      if (e.method === 0) return data.toString('utf8');
      if (e.method === 8) return inflateRawSync(data).toString('utf8');
      throw new Error(`Zip compression method ${e.method} is not read here.`);
    },
  };
}

/** Where the end-of-directory record starts: searched from the end, past any zip comment. */
function findEndOfDirectory(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
      if (bytes.readUInt16LE(at + 10) === 0xffff || bytes.readUInt32LE(at + 16) === 0xffffffff)
        throw new Error('ZIP64 is not read here.');
      return at;
    }
  }
  throw new Error('Not a zip file.');
}
