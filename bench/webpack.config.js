/**
 * Builds the benchmarks the way the pane's code ships: webpack in production mode,
 * ts-loader, one bundle with the modules concatenated (`npm run bench` builds it, then
 * runs it in Node).
 *
 * Running the TypeScript through tsx instead measures a development transform: each
 * module is CommonJS whose exports are getters, so every call from one module into
 * another goes through a getter, and every closure is named at run time (esbuild's
 * keepNames). On the analysis that costs about 15 to 20 percent, which no user pays.
 */
const path = require("path");
const appConfig = require("../webpack.config.js");

const root = path.resolve(__dirname, "..");
// The app's own resolution and loaders, so the benchmarks are compiled as the pane is.
const app = appConfig({}, { mode: "production" });

module.exports = {
  mode: "production",
  target: "node20",
  context: root,
  entry: "./bench/run.ts",
  output: { path: path.join(root, "node_modules/.cache/clear-lines-bench"), filename: "run.js", clean: true },
  resolve: app.resolve,
  module: app.module,
  // `__dirname` stays the source file's folder (relative to the repository, where npm
  // runs the script), so the benchmarks find the fixtures they read.
  node: { __dirname: true },
  devtool: "source-map",
  stats: "errors-warnings",
  performance: { hints: false },
};
