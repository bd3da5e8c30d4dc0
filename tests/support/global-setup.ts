/**
 * Prepares one seeded database for the run. On PostgreSQL (DATABASE_URL set to a
 * postgresql:// URL) a fresh database is created beside the given one, so the suite
 * never touches existing data; otherwise a SQLite file in a temp folder. The corpus is
 * loaded by `npm run seed` itself (in a child process: the subgraphs it starts in-process
 * would otherwise stay loaded in Jest's parent process, whose globals Jest copies into
 * every test environment).
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { freshDatabase } from "./db";

export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = "test";
  // Every gateway of the suite serves 127.0.0.1 (durability.e2e alone reads ~6,400 times in 30 s): no
  // per-address budget fits. gateway/src/__tests__/rate-limit.e2e.test.ts turns the limits on itself.
  process.env.RATE_LIMIT ??= "off";
  // Tests count subgraph requests and write straight to the store; tests/cache/ turns the response cache on itself.
  process.env.GATEWAY_RESPONSE_CACHE ??= "off";
  // As gateway/src/index.ts: the in-process gateways send Apollo no report of the machine.
  process.env.APOLLO_TELEMETRY_DISABLED ??= "true";
  if (process.env.DATABASE_URL && !process.env.ATLAS_TEST_BASE_URL) process.env.ATLAS_TEST_BASE_URL = process.env.DATABASE_URL;
  const test = await freshDatabase("suite");
  const root = join(__dirname, "..", "..");
  execFileSync(process.execPath, ["--import", "tsx", join(root, "scripts", "seed.ts")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: test.url, LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  process.env.DATABASE_URL = test.url;
  (globalThis as { __atlasTestDb?: typeof test }).__atlasTestDb = test;
}
