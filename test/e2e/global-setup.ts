import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveDirectory } from "./static-server";

/**
 * Serves the production build (building it first when dist/ is missing), so the
 * browser tests exercise exactly what ships.
 */
export default async function globalSetup(): Promise<void> {
  const root = join(__dirname, "..", "..");
  const dist = join(root, "dist");
  if (!existsSync(join(dist, "playground.html"))) {
    execSync("npx webpack --mode production", { cwd: root, stdio: "inherit" });
  }
  const { server, origin } = await serveDirectory(dist);
  process.env.CLEAR_LINES_E2E_ORIGIN = origin;
  (globalThis as { __clearLinesServer?: unknown }).__clearLinesServer = server;
}
