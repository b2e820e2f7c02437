/**
 * One config for three pages:
 * - taskpane.html: the pane inside Outlook (loads Office.js from Microsoft's CDN);
 * - commands.html: the ribbon's FunctionFile;
 * - playground.html: the same pane beside an in-memory mailbox, for use without Outlook.
 *
 * `--env playground` (npm start) serves over plain http for a fresh machine with no
 * certificates; `--env https` (npm run dev-server) serves over https with the
 * office-addin-dev-certs certificate for sideloading.
 */
const path = require("path");
const fs = require("fs");
const os = require("os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { BundleBudgetPlugin } = require("./scripts/bundle-budget");
const { publicOrigin, rewriteManifest } = require("./scripts/public-origin");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PORT = 3000;

/**
 * The Content-Security-Policy of each page. Styles need 'unsafe-inline' because Fluent
 * UI's Griffel engine inserts <style> rules at run time; scripts come only from our own
 * origin (and, in Outlook, Office.js from Microsoft's CDN). In development the dev
 * server's live-reload socket is allowed too.
 */
function contentSecurityPolicy({ office, isProduction }) {
  const scripts = ["'self'", ...(office ? ["https://appsforoffice.microsoft.com"] : [])];
  const connect = ["'self'", ...(isProduction ? [] : [`ws://localhost:${PORT}`, `wss://localhost:${PORT}`])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect.join(" ")}`,
    // The analysis worker (src/taskpane/analysis) is a script of our own.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

function devServerHttps(env) {
  if (!env.https) return undefined;
  // office-addin-dev-certs installs its CA and writes these files (npm run dev-server).
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  return {
    type: "https",
    options: {
      key: fs.readFileSync(path.join(dir, "localhost.key")),
      cert: fs.readFileSync(path.join(dir, "localhost.crt")),
      ca: fs.readFileSync(path.join(dir, "ca.crt")),
    },
  };
}

module.exports = (env = {}, argv = {}) => {
  const isProduction = argv.mode === "production";
  const origin = publicOrigin(isProduction, process.env.ADDIN_PUBLIC_URL);
  const page = (name, chunks, office) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: path.resolve(__dirname, `src/${name === "taskpane" ? "taskpane" : name}/${name}.html`),
      chunks,
      templateParameters: { csp: contentSecurityPolicy({ office, isProduction }), officeJs: OFFICE_JS },
    });

  return {
    devtool: isProduction ? "source-map" : "cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      playground: "./src/playground/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: isProduction ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: isProduction ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type errors are caught by `npm test` (tsc --noEmit); the bundler only transpiles.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // React and Fluent change rarely: one long-cached chunk with what the pane uses. The
          // playground (a development page) is left out so its extra components don't weigh on the pane.
          ui: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc|rtl-css-js|stylis)[\\/]/,
            name: "ui",
            chunks: (chunk) => chunk.name === "taskpane",
            priority: 10,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      page("taskpane", ["taskpane"], true),
      page("commands", ["commands"], true),
      page("playground", ["playground"], false),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The manifest's SupportUrl: a static help and privacy page with no script.
          { from: "src/support/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString(), origin),
          },
        ],
      }),
      ...(isProduction ? [new BundleBudgetPlugin({ entry: "taskpane", maxGzipBytes: 164 * 1024 })] : []),
    ],
    devServer: {
      port: PORT,
      host: "localhost",
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: devServerHttps(env) ?? "http",
      static: false,
      historyApiFallback: false,
      devMiddleware: { index: env.https ? "taskpane.html" : "playground.html" },
      client: { overlay: { warnings: false } },
      onListening(devServer) {
        const protocol = env.https ? "https" : "http";
        const start = env.https ? "taskpane.html (sideload manifest.xml)" : "";
        console.log(`\nClear Lines ${env.https ? "add-in" : "playground"}: ${protocol}://localhost:${devServer.server.address().port}/${start}\n`);
      },
    },
  };
};
