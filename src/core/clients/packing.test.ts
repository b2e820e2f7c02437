import { deflateRawSync, deflateSync, inflateSync } from "node:zlib";
import fc from "fast-check";
import { packText, unpackText, UNPACKED_LIMIT } from "./packing";

const SAMPLE = '{"jürgen@müller-söhne.de":["Jürgen Müller",19800,400,"0tp 3 7wd","Zahlt erst nach der 2. Mahnung 🙂"]}';

describe("packing text", () => {
  it("writes zlib data in base64 that Node's zlib (which checks the Adler-32 checksum) reads back", () => {
    const packed = packText(SAMPLE);
    expect(packed).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(packed).toBe(Buffer.from(packed, "base64").toString("base64"));
    expect(inflateSync(Buffer.from(packed, "base64")).toString("utf8")).toBe(SAMPLE);
  });

  it("reads zlib data that Node's zlib wrote", () => {
    expect(unpackText(deflateSync(Buffer.from(SAMPLE, "utf8")).toString("base64"))).toBe(SAMPLE);
  });

  it("round-trips any text, and its base64 is the standard one", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const packed = packText(text);
        expect(Buffer.from(packed, "base64").toString("base64")).toBe(packed);
        expect(unpackText(packed)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it("makes repeated text much smaller", () => {
    const text = "Pays late, wants weekend work. ".repeat(40);
    expect(packText(text).length).toBeLessThan(text.length / 5);
  });

  it.each([
    ["an empty value", ""],
    ["text that is not base64", "not base64 at all!"],
    ["base64 with a line break in it", `${packText(SAMPLE).slice(0, 8)}\n${packText(SAMPLE).slice(8)}`],
    ["URL-safe base64", packText(SAMPLE).replace(/\+/g, "-").replace(/\//g, "_")],
    ["base64 without its padding", packText("ab").replace(/=+$/, "")],
    ["base64 of something that is not zlib data", Buffer.from("hello, world").toString("base64")],
    ["raw deflate without the zlib header", deflateRawSync(Buffer.from(SAMPLE)).toString("base64")],
    ["zlib data cut short", Buffer.from(packText(SAMPLE), "base64").subarray(0, 20).toString("base64")],
    ["zlib data without its checksum", Buffer.from(packText(SAMPLE), "base64").subarray(0, -4).toString("base64")],
  ])("reads %s as nothing", (_name, packed) => {
    expect(unpackText(packed)).toBeNull();
  });

  it("notices a damaged byte through the checksum", () => {
    const bytes = Buffer.from(packText(SAMPLE), "base64");
    let noticed = 0;
    for (let index = 2; index < bytes.length; index++) {
      const damaged = Buffer.from(bytes);
      damaged[index] = (damaged[index] ?? 0) ^ 0x10;
      if (unpackText(damaged.toString("base64")) === null) noticed++;
    }
    expect(noticed).toBe(bytes.length - 2);
  });

  it("refuses a value that would unpack to more than the limit, and unpacks one just under it", () => {
    // A few kilobytes that would expand to 9 MB: no real store looks like this.
    const bomb = deflateSync(Buffer.alloc(UNPACKED_LIMIT + 1024 * 1024, "a"), { level: 9 }).toString("base64");
    expect(bomb.length).toBeLessThan(32 * 1024);
    expect(unpackText(bomb)).toBeNull();
    const large = "x".repeat(UNPACKED_LIMIT - 1);
    expect(unpackText(packText(large))).toBe(large);
  });
});
