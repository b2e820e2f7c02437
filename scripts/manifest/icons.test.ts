/**
 * The committed icons are exactly what scripts/make-icons.ts draws, so a reader can trust
 * the script as their source. Pixels are compared rather than bytes: deflate output may
 * differ between zlib versions, the image may not.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { ICON_SIZES, encodePng, iconPath, renderIcon } from "../make-icons";

const REPO = join(__dirname, "..", "..");

/** Decodes the 8-bit RGBA, filter-0 PNGs that encodePng writes (and only those). */
function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("ascii", offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9], data[12]]).toEqual([8, 6, 0]); // 8-bit RGBA, not interlaced
    }
    if (type === "IDAT") idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (stride + 1)]).toBe(0);
    rgba.set(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride);
  }
  return { width, height, rgba };
}

describe("assets/icon-*.png", () => {
  it.each(ICON_SIZES)("icon-%i.png holds the pixels make-icons draws", (size) => {
    const committed = decodePng(readFileSync(join(REPO, iconPath(size))));
    expect({ width: committed.width, height: committed.height }).toEqual({ width: size, height: size });
    expect(Buffer.from(committed.rgba).equals(Buffer.from(renderIcon(size)))).toBe(true);
  });

  it("round-trips through the encoder", () => {
    const rgba = renderIcon(16);
    expect(decodePng(encodePng(16, 16, rgba)).rgba).toEqual(rgba);
  });

  it("leaves the corners transparent and the shield opaque", () => {
    const rgba = renderIcon(32);
    const alpha = (x: number, y: number): number => rgba[(y * 32 + x) * 4 + 3] ?? -1;
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(31, 31)).toBe(0);
    expect(alpha(16, 16)).toBe(255);
  });
});
