/**
 * Int32Arrays for the per-message scans, carved out of shared blocks.
 *
 * V8 gives a typed array of more than 64 bytes its own off-heap buffer, and creating
 * one costs microseconds (measured with Node 20 on the project's machine: 2.4 µs for 64
 * elements, 1.3 µs even for 17, against 0.02 µs for a view into an existing buffer). A
 * thread of two thousand short messages made three of them per message: a sixth of the
 * whole analysis. A view stays valid for as long as it is referenced: a block is never
 * handed out twice, only dropped by the garbage collector once no view into it is left,
 * so a caller may keep what it got.
 */

const BLOCK_BYTES = 64 * 1024;
/** Longer arrays get their own buffer: their cost is small next to the work that fills them, and they would waste a block. */
const LARGEST_VIEW = BLOCK_BYTES / 16 / Int32Array.BYTES_PER_ELEMENT;

let block = new ArrayBuffer(BLOCK_BYTES);
let used = 0;

/** A new zero-filled Int32Array of `length` elements. */
export function newInt32Array(length: number): Int32Array<ArrayBuffer> {
  if (length > LARGEST_VIEW) return new Int32Array(length);
  const bytes = length * Int32Array.BYTES_PER_ELEMENT;
  if (used + bytes > BLOCK_BYTES) {
    block = new ArrayBuffer(BLOCK_BYTES);
    used = 0;
  }
  const view = new Int32Array(block, used, length);
  used += bytes;
  return view;
}

/** A copy of `array` in a new one of `capacity` elements (the rest zero), for tables that grow by doubling. */
export function growInt32Array(array: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(capacity);
  bigger.set(array);
  return bigger;
}
