/**
 * Unit and component tests. Tests sit beside their code; component tests opt into
 * jsdom with a `@jest-environment jsdom` docblock so the pure core runs in plain Node.
 * ts-jest only transpiles (isolatedModules): `npm test` type-checks with tsc first.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/scripts", "<rootDir>/test"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.(ts|tsx)$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // Component tests render the whole pane on a two-core machine: give them room.
  testTimeout: 20_000,
  setupFilesAfterEnv: ["<rootDir>/test/setup-tests.ts"],
  moduleNameMapper: {
    "\\.(css)$": "<rootDir>/test/style-stub.js",
  },
};
