/**
 * The core's public surface: pure functions of their input, no Office, no DOM, no I/O.
 * Import from here, not from the files behind it.
 */

export { readThread } from "./thread/readThread";
export type { Language, ReadThreadOptions, ThreadMessage } from "./thread/readThread";
export { detectLanguage } from "./thread/language";
export { parseMailDate } from "./thread/dates";
