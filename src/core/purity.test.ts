/**
 * The core is pure (../../shared/STYLE.md): no Office, React, DOM, network or Node
 * APIs. ESLint and tsconfig.core.json enforce it at build time; this test proves it at
 * run time too, by loading the core where none of those exist, and reads the sources
 * for imports that would slip past a narrower lint configuration.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const CORE = __dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("the core", () => {
  it("loads and reads an email where Office, window and document do not exist", async () => {
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
    expect(typeof (globalThis as { window?: unknown }).window).toBe("undefined");
    expect(typeof (globalThis as { document?: unknown }).document).toBe("undefined");
    const core = await import("./index");
    const [newest] = core.readThread("Hi Mara,\n\ncould you send the files?\n\nAnna", { format: "text" });
    expect(newest?.text).toContain("could you send the files?");
  });

  it.each(sourceFiles(CORE).map((path) => [relative(CORE, path), path]))("%s imports nothing from outside the core but pure libraries", (_name, path) => {
    const source = readFileSync(path, "utf8");
    const imports = [...source.matchAll(/\bfrom\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)|\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(
      (match) => match[1] ?? match[2] ?? match[3] ?? "",
    );
    const forbidden = imports.filter(
      (specifier) =>
        /^(react|react-dom|@fluentui\/|node:|fs$|path$|http|child_process)/.test(specifier) ||
        /(^|\/)\.\.\/(office|taskpane|playground|commands|cli)(\/|$)/.test(specifier) ||
        (specifier.startsWith("..") && !join(path, "..", specifier).startsWith(CORE)),
    );
    expect(forbidden).toEqual([]);
  });
});
