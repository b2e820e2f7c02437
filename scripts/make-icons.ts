/**
 * Draws the Clear Lines icon (a teal-to-blue shield holding two clean white lines) at
 * every size Outlook asks for and writes them to assets/icon-<size>.png.
 *
 * Run with `npx tsx scripts/make-icons.ts`. The drawing is pure arithmetic (no fonts, no
 * browser), so the pixels are the same on every machine; scripts/manifest/icons.test.ts
 * checks that the committed PNGs still hold exactly these pixels.
 *
 * Sizes (see the manifest reference on learn.microsoft.com):
 * - 16, 32, 80: the mandatory <bt:Image> sizes of a ribbon button (OfficeAppBasicTypes
 *   ImageResourceReference: "Mandatory values are 16, 32, and 80");
 * - 64: <IconUrl> of a mail add-in ("Mail 64 x 64");
 * - 128: <HighResolutionIconUrl> of a mail add-in ("the image must be 128 x 128 pixels").
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];

/** Calm teal at the top of the shield, a quiet blue at its point. */
const TOP: Rgb = [0x0f, 0x8a, 0x84];
const BOTTOM: Rgb = [0x1f, 0x5c, 0xa6];
const LINE: Rgb = [0xff, 0xff, 0xff];

/** Samples per pixel along each axis; 16×16 gives smooth edges even at 128 px. */
const SUPERSAMPLE = 16;

interface Geometry {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly cornerRadius: number;
  /** The two lines, as capsules: [x0, x1] between the cap centres, y0..y1 vertically. */
  readonly lines: readonly { readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number }[];
}

/**
 * The drawing in pixel units for one size. The lines are snapped to whole pixels
 * (thickness s/8, rows at 5/16 and 9/16 of the height) so that at 16 px each line is
 * exactly two crisp rows instead of three blurred ones.
 */
function geometry(size: number): Geometry {
  const thickness = Math.max(2, Math.round(size / 8));
  const firstTop = Math.round((size * 5) / 16);
  const secondTop = firstTop + 2 * thickness;
  const cap = thickness / 2;
  const centre = size / 2;
  const firstHalf = size * 0.22;
  const secondHalf = size * 0.15;
  return {
    left: size * 0.125,
    right: size * 0.875,
    top: size * 0.06,
    bottom: size * 0.97,
    cornerRadius: size * 0.12,
    lines: [
      { x0: centre - firstHalf + cap, x1: centre + firstHalf - cap, y0: firstTop, y1: firstTop + thickness },
      { x0: centre - secondHalf + cap, x1: centre + secondHalf - cap, y0: secondTop, y1: secondTop + thickness },
    ],
  };
}

/**
 * Whether (x, y) lies inside the shield: straight sides down to 45 % of the height, then
 * sides that curve in (half-width ∝ 1 − t²) to a point, and rounded top corners.
 */
function inShield(g: Geometry, x: number, y: number): boolean {
  if (y < g.top || y > g.bottom) return false;
  const halfWidth = (g.right - g.left) / 2;
  const centre = (g.left + g.right) / 2;
  const v = (y - g.top) / (g.bottom - g.top);
  const shoulder = 0.45;
  const t = v <= shoulder ? 0 : (v - shoulder) / (1 - shoulder);
  const reach = halfWidth * (1 - t * t);
  const dx = Math.abs(x - centre);
  if (dx > reach) return false;
  // Round the two top corners: outside the corner circle means outside the shield.
  const r = g.cornerRadius;
  const cornerX = halfWidth - r;
  const cornerY = g.top + r;
  if (dx > cornerX && y < cornerY) return (dx - cornerX) ** 2 + (y - cornerY) ** 2 <= r * r;
  return true;
}

function inLine(g: Geometry, x: number, y: number): boolean {
  return g.lines.some(({ x0, x1, y0, y1 }) => {
    if (y < y0 || y > y1) return false;
    const r = (y1 - y0) / 2;
    const cy = y0 + r;
    const nearestX = Math.min(Math.max(x, x0), x1);
    return (x - nearestX) ** 2 + (y - cy) ** 2 <= r * r;
  });
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/** Renders one icon as straight (non-premultiplied) RGBA rows. */
export function renderIcon(size: number): Uint8Array {
  const g = geometry(size);
  const rgba = new Uint8Array(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied sums, so partially covered edge pixels keep their true colour.
      let r = 0;
      let gr = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = px + (sx + 0.5) / SUPERSAMPLE;
          const y = py + (sy + 0.5) / SUPERSAMPLE;
          if (!inShield(g, x, y)) continue;
          const colour = inLine(g, x, y) ? LINE : mix(TOP, BOTTOM, (y - g.top) / (g.bottom - g.top));
          r += colour[0];
          gr += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a === 0) continue;
      rgba[i] = Math.round(r / a);
      rgba[i + 1] = Math.round(gr / a);
      rgba[i + 2] = Math.round(b / a);
      rgba[i + 3] = Math.round((255 * a) / samples);
    }
  }
  return rgba;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes RGBA pixels as a PNG (RFC 2083): 8-bit RGBA, no interlace, filter type 0. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

/** The committed icon file for a size, relative to the repository. */
export function iconPath(size: number): string {
  return `assets/icon-${size}.png`;
}

function main(): void {
  for (const size of ICON_SIZES) {
    const file = join(__dirname, "..", iconPath(size));
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}

// Only when run as a script, so that the test can import the drawing without writing files.
if (require.main === module) main();
