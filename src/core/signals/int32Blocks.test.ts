import { newInt32Array } from "./int32Blocks";

describe("newInt32Array", () => {
  it("gives zero-filled arrays of the asked length that never share elements, across blocks", () => {
    const arrays = Array.from({ length: 2000 }, (_, k) => newInt32Array(1 + (k % 200)));
    arrays.forEach((array, k) => {
      expect(array.length).toBe(1 + (k % 200));
      expect(array.every((value) => value === 0)).toBe(true);
      array.fill(k + 1);
    });
    // Had two arrays overlapped, the later fill would show in the earlier one.
    arrays.forEach((array, k) => expect(array.every((value) => value === k + 1)).toBe(true));
  });

  it("gives long arrays their own buffer", () => {
    const long = newInt32Array(100_000);
    expect(long.length).toBe(100_000);
    expect(long.byteOffset).toBe(0);
    expect(long.buffer.byteLength).toBe(400_000);
  });

  it("gives an empty array for length zero", () => {
    expect(newInt32Array(0).length).toBe(0);
  });
});
