/**
 * One Jest run for the whole repository. Unit tests are `*.test.ts`; tests that start
 * servers are `*.e2e.test.ts` (npm run test:unit / test:e2e pick one kind).
 * globalSetup prepares one seeded database per run: SQLite by default, a fresh
 * PostgreSQL database when DATABASE_URL is a postgresql:// URL.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/packages", "<rootDir>/prisma", "<rootDir>/seeds", "<rootDir>/services", "<rootDir>/gateway", "<rootDir>/tests", "<rootDir>/scripts", "<rootDir>/bench"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "/\\.scaffold-tmp-"],
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }],
  },
  globalSetup: "<rootDir>/tests/support/global-setup.ts",
  globalTeardown: "<rootDir>/tests/support/global-teardown.ts",
  testTimeout: 60000,
  maxWorkers: 2,
};
