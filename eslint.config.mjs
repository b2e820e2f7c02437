// Lint rules that carry the architecture (see ../shared/STYLE.md):
// - src/core is pure: no React, no Office, no DOM, no network, no console;
// - only src/office may touch the `Office` global;
// - the pane is keyboard- and screen-reader-friendly (jsx-a11y) and hooks follow the rules.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import globals from "globals";

const impureInCore = ["window", "document", "navigator", "localStorage", "sessionStorage", "fetch", "XMLHttpRequest", "console", "process", "Office"].map(
  (name) => ({ name, message: "src/core is pure: pass what it needs in as an argument." }),
);

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-output/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      eqeqeq: ["error", "always"],
      "no-restricted-globals": ["error", { name: "Office", message: "Only src/office talks to Outlook: use the Mailbox gateway." }],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/playground/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["src/**/*.tsx"],
    plugins: { "jsx-a11y": jsxA11y },
    rules: jsxA11y.flatConfigs.recommended.rules,
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "react/*", "@fluentui/*"], message: "src/core is pure: no UI libraries." },
            { group: ["**/office/**", "**/taskpane/**", "**/playground/**", "**/commands/**", "**/cli/**"], message: "src/core must not depend on the outer layers." },
            { group: ["node:*", "fs", "path", "http", "https", "child_process"], message: "src/core is pure: no Node APIs." },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...impureInCore],
    },
  },
  {
    files: ["src/core/**/*.test.ts"],
    rules: { "no-restricted-imports": "off", "no-restricted-globals": "off" },
  },
  {
    files: ["src/office/**/*.ts"],
    rules: { "no-restricted-globals": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
