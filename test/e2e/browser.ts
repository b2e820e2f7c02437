import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";

/** Where screenshots go; CI keeps this folder with the test output. */
export const OUTPUT_DIR = join(__dirname, "..", "..", "test-output", "e2e");

/** The system Chromium (Debian's package); override with CHROMIUM_PATH. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    (path): path is string => Boolean(path),
  );
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error("No Chromium found: install Debian's `chromium` package or set CHROMIUM_PATH.");
  return found;
}

/**
 * Headless Chromium as this machine needs it: no sandbox (we run as root), and no
 * background networking, which would otherwise try hosts outside the closed network.
 */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** The origin of the served build, set by global-setup. */
export function appOrigin(): string {
  const origin = process.env.CLEAR_LINES_E2E_ORIGIN;
  if (!origin) throw new Error("global-setup did not start the server");
  return origin;
}
