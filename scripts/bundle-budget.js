/**
 * Prints the gzipped size of each entry's initial JavaScript after a production build
 * and fails the build when the pane's exceeds its budget. Budget rationale: the
 * official React template's hello-world weighs 164 KB gzipped when built here, most of
 * it IE polyfills that no supported Outlook needs; our pane must not be heavier.
 */
const zlib = require("zlib");

class BundleBudgetPlugin {
  /** @param {{ entry: string, maxGzipBytes: number }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("BundleBudgetPlugin", (compilation) => {
      // The report stage sees the final, minified assets while their content is still in memory.
      compilation.hooks.processAssets.tap({ name: "BundleBudgetPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () =>
        this.report(compilation),
      );
    });
  }

  report(compilation) {
    {
      const rows = [];
      for (const [name, entrypoint] of compilation.entrypoints) {
        const files = entrypoint.getFiles().filter((file) => file.endsWith(".js"));
        const gzip = files.reduce((sum, file) => sum + zlib.gzipSync(compilation.assets[file].source(), { level: 9 }).length, 0);
        const raw = files.reduce((sum, file) => sum + compilation.assets[file].size(), 0);
        rows.push({ name, raw, gzip, files });
      }
      console.log("\nInitial JavaScript per page (what loads before first paint):");
      for (const row of rows) {
        console.log(`  ${row.name.padEnd(11)} ${kb(row.gzip).padStart(9)} gzipped  ${kb(row.raw).padStart(9)} raw  (${row.files.join(", ")})`);
      }
      const pane = compilation.entrypoints.get(this.options.entry);
      if (pane) {
        const initial = new Set(pane.chunks);
        const onDemand = new Set();
        const visit = (group) => {
          for (const child of group.getChildren()) {
            for (const chunk of child.chunks) if (!initial.has(chunk)) onDemand.add(chunk);
            visit(child);
          }
        };
        visit(pane);
        const files = [...onDemand].flatMap((chunk) => [...chunk.files].filter((file) => file.endsWith(".js")));
        const gzip = files.reduce((sum, file) => sum + zlib.gzipSync(compilation.assets[file].source(), { level: 9 }).length, 0);
        console.log(`  ${this.options.entry} loads ${kb(gzip)} gzipped more on demand, after first paint (${files.join(", ")})`);
      }
      const paneRow = rows.find((row) => row.name === this.options.entry);
      if (paneRow && paneRow.gzip > this.options.maxGzipBytes) {
        compilation.errors.push(
          new Error(`The ${paneRow.name} page loads ${kb(paneRow.gzip)} gzipped, over its ${kb(this.options.maxGzipBytes)} budget.`),
        );
      } else if (paneRow) {
        console.log(`  Budget: ${paneRow.name} ${kb(paneRow.gzip)} of ${kb(this.options.maxGzipBytes)} gzipped before first paint.\n`);
      }
    }
  }
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

module.exports = { BundleBudgetPlugin };
