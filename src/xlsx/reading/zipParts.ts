/**
 * The parts of an .xlsx file (a zip) unpacked by an inflater the host hands in (the command
 * line passes Node's native zlib), the zip's central directory saying where each part's bytes
 * are. A coach's workbook holds tens of megabytes of sheet XML, most of it formulas, and
 * unpacking it in JavaScript (jszip) cost three times as long; the text is decoded by the
 * platform's TextDecoder. A zip this does not know (split, encrypted, Zip64) gives null, and
 * the caller reads it with jszip instead, as it does where no inflater is handed in (a browser).
 */

/**
 * Inflates raw deflate data (zip method 8) at once, such as Node's `zlib.inflateRawSync`;
 * `size` is what the zip's directory says it unpacks to (a hint, not to be trusted).
 *
 * @example
 * const inflate: InflateRaw = (packed) => zlib.inflateRawSync(packed);
 */
export type InflateRaw = (packed: Uint8Array, size: number) => Uint8Array;

/** Where one part's bytes are in the file and how they are packed. */
interface ZipEntry {
  method: number;
  /** Offset of the part's local header. */
  header: number;
  compressedSize: number;
  size: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes, plus a comment of up to 65,535. */
const END_SEARCH = 22 + 0xffff;

/** Each part's name → where it is, or null when the zip is not one this reader knows. */
function entries(bytes: Uint8Array): Map<string, ZipEntry> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - END_SEARCH); i--)
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const start = view.getUint32(end + 16, true);
  // 0xffff / 0xffffffff mark a Zip64 file; a disk number marks a split one.
  if (count === 0xffff || start === 0xffffffff || view.getUint16(end + 4, true) !== 0) return null;
  const out = new Map<string, ZipEntry>();
  const names = new TextDecoder();
  let at = start;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const header = view.getUint32(at + 42, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    // Encrypted (bit 0), or sizes kept in a Zip64 field.
    if (flags & 1 || compressedSize === 0xffffffff || header === 0xffffffff) return null;
    out.set(names.decode(bytes.subarray(at + 46, at + 46 + nameLength)), { method, header, compressedSize, size });
    at += 46 + skip;
  }
  return out;
}

/** The part's packed bytes, found after its local header. */
function packed(bytes: Uint8Array, e: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.header + 30 > bytes.length || view.getUint32(e.header, true) !== LOCAL_HEADER) return null;
  const data = e.header + 30 + view.getUint16(e.header + 26, true) + view.getUint16(e.header + 28, true);
  return data + e.compressedSize > bytes.length ? null : bytes.subarray(data, data + e.compressedSize);
}

/**
 * Reads a zip's parts as text, each inflated by `inflate`, or as bytes (for a host that sifts
 * them before decoding). Null when the zip is not one this reader knows; then the caller falls
 * back to jszip.
 *
 * @example
 * const parts = zipParts(bytes, (packed) => zlib.inflateRawSync(packed));
 * parts?.text('xl/workbook.xml'); // '<?xml …'
 */
export function zipParts(
  bytes: Uint8Array,
  inflate: InflateRaw,
): { text(name: string): string | null; bytes(name: string): Uint8Array | null } | null {
  const found = entries(bytes);
  if (found === null) return null;
  const utf8 = new TextDecoder();
  const unpacked = (name: string): Uint8Array | null => {
    const e = found.get(name);
    if (e === undefined) return null;
    const data = packed(bytes, e);
    if (data === null || (e.method !== 0 && e.method !== 8)) throw new Error(`Cannot unpack ${name}.`);
    return e.method === 0 ? data : inflate(data, e.size);
  };
  return {
    bytes: unpacked,
    text(name: string): string | null {
      const data = unpacked(name);
      return data === null ? null : utf8.decode(data);
    },
  };
}
