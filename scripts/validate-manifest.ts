/**
 * `npm run validate`: checks manifest.xml offline and prints one line per problem
 * (`manifest.xml:LINE:COLUMN: [check] message`), exiting 1 if there is any.
 *
 * Usage: tsx scripts/validate-manifest.ts [manifest.xml]
 * Icon URLs are mapped onto the repository next to the manifest:
 * https://localhost:3000/assets/icon-16.png → <manifest's folder>/assets/icon-16.png.
 */
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { imageSize } from "image-size";
import { formatProblem, validateManifest, type ReadImageSize } from "./manifest/validate";

function imageSizeReader(baseDir: string): ReadImageSize {
  return (repoPath) => {
    const file = resolve(baseDir, repoPath);
    // A URL path with ../ must not read files outside the repository.
    if (relative(baseDir, file).startsWith("..")) return null;
    try {
      const { width, height } = imageSize(readFileSync(file));
      return { width, height };
    } catch {
      return null;
    }
  };
}

function main(argv: readonly string[]): number {
  const manifestPath = argv[0] ?? "manifest.xml";
  let xml: string;
  try {
    xml = readFileSync(manifestPath, "utf8");
  } catch (error) {
    console.error(`${manifestPath}: cannot read the file (${error instanceof Error ? error.message : String(error)})`);
    return 1;
  }
  const result = validateManifest(xml, imageSizeReader(dirname(resolve(manifestPath))));
  for (const problem of result.problems) console.error(formatProblem(manifestPath, problem));
  if (result.problems.length > 0) {
    console.error(`${manifestPath} is not valid: ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}`);
    return 1;
  }
  console.log(`${manifestPath} is valid: ${result.passed} checks passed`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
