// The add-in's icons, drawn at build time: a white H on NHS blue in a rounded square. Drawn
// here (not downloaded, not committed) so every size stays the same picture.
'use strict';
const zlib = require('zlib');

const BLUE = [0, 94, 184]; // NHS Blue, #005EB8
const WHITE = [255, 255, 255];
const SAMPLES = 4; // 4×4 samples a pixel, for smooth edges

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Which part of the picture a point of the unit square is in: 'H', 'tile' or null. */
function shapeAt(x, y) {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const inBars = (x >= 0.25 && x <= 0.39) || (x >= 0.61 && x <= 0.75);
  const inCross = x >= 0.25 && x <= 0.75 && y >= 0.44 && y <= 0.56;
  return y >= 0.22 && y <= 0.78 && (inBars || inCross) ? 'H' : 'tile';
}

/**
 * A square PNG of the icon, `size` pixels wide.
 *
 * @example
 * fs.writeFileSync('icon-32.png', iconPng(32));
 * @param {number} size
 * @returns {Buffer}
 */
function iconPng(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = [0]; // filter type 0: none
    for (let px = 0; px < size; px++) {
      let white = 0;
      let blue = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const s = shapeAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (s === 'H') white++;
          else if (s === 'tile') blue++;
        }
      }
      const covered = white + blue;
      const alpha = Math.round((255 * covered) / SAMPLES ** 2);
      const mix = (i) => (covered ? Math.round((WHITE[i] * white + BLUE[i] * blue) / covered) : 0);
      row.push(mix(0), mix(1), mix(2), alpha);
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits a channel, RGBA, deflate, no filter set, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The sizes Office asks for: ribbon 16/32/80, store 64/128. */
const ICON_SIZES = [16, 32, 64, 80, 128];

module.exports = { iconPng, ICON_SIZES };
