import JSZip from 'jszip';
import * as zlib from 'zlib';
import { zipParts } from './zipParts';

const inflate = (packed: Uint8Array) => zlib.inflateRawSync(packed);
const TEXT =
  '<?xml version="1.0"?><sheetData>' + '<c r="A1"><v>Sam &amp; Ali — café</v></c>'.repeat(2000) + '</sheetData>';

async function zipOf(options: JSZip.JSZipGeneratorOptions<'uint8array'>): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('xl/worksheets/sheet1.xml', TEXT);
  zip.file('[Content_Types].xml', '<Types/>');
  return zip.generateAsync({ ...options, type: 'uint8array' });
}

describe('zipParts', () => {
  it.each([
    ['deflated', { compression: 'DEFLATE' }],
    ['stored', { compression: 'STORE' }],
    ['deflated with sizes after the data', { compression: 'DEFLATE', streamFiles: true }],
    ['with a comment', { compression: 'DEFLATE', comment: 'saved by hand' }],
  ] as const)('reads each part of a %s zip as jszip does', async (_kind, options) => {
    const bytes = await zipOf(options);
    const parts = zipParts(bytes, inflate);
    expect(parts?.text('xl/worksheets/sheet1.xml')).toBe(TEXT);
    expect(parts?.text('[Content_Types].xml')).toBe('<Types/>');
    expect(parts?.text('xl/missing.xml')).toBeNull();
  });

  it('gives the inflater the size the directory records', async () => {
    const sizes: number[] = [];
    zipParts(await zipOf({ compression: 'DEFLATE' }), (packed, size) => {
      sizes.push(size);
      return inflate(packed);
    })?.text('xl/worksheets/sheet1.xml');
    expect(sizes).toEqual([Buffer.byteLength(TEXT)]);
  });

  it('gives null for bytes that are no zip, so the caller can say so or try jszip', () => {
    expect(zipParts(new Uint8Array(0), inflate)).toBeNull();
    expect(zipParts(new TextEncoder().encode('Name,Hours\nSam,3\n'), inflate)).toBeNull();
  });

  it('gives null for a zip it does not know (Zip64 count, encrypted part)', async () => {
    const bytes = await zipOf({ compression: 'DEFLATE' });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = bytes.length - 22;
    const zip64 = bytes.slice();
    new DataView(zip64.buffer).setUint16(end + 10, 0xffff, true);
    expect(zipParts(zip64, inflate)).toBeNull();
    const encrypted = bytes.slice();
    const directory = view.getUint32(end + 16, true);
    new DataView(encrypted.buffer).setUint16(directory + 8, 1, true);
    expect(zipParts(encrypted, inflate)).toBeNull();
  });

  it('throws for a part whose bytes are not where the directory says, rather than read garbage', async () => {
    const bytes = (await zipOf({ compression: 'DEFLATE' })).slice();
    // Every local header's signature (PK 3 4) spoilt; the directory at the end left as it was.
    for (let i = 0; i + 4 <= bytes.length; i++)
      if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 3 && bytes[i + 3] === 4) bytes[i] = 0;
    const parts = zipParts(bytes, inflate);
    expect(parts).not.toBeNull();
    expect(() => parts?.text('xl/worksheets/sheet1.xml')).toThrow(/Cannot unpack/);
  });
});
