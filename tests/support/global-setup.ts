/**
 * Prepares one seeded database for the run. On PostgreSQL (DATABASE_URL set to a
 * postgresql:// URL) a fresh database is created beside the given one, so the suite
 * never touches existing data; otherwise a SQLite file in a temp folder.
 */
import { createDb } from "@atlas/db";
import { seed } from "@atlas/seeds";
import { freshDatabase } from "./db";

export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = "test";
  if (process.env.DATABASE_URL && !process.env.ATLAS_TEST_BASE_URL) process.env.ATLAS_TEST_BASE_URL = process.env.DATABASE_URL;
  const test = await freshDatabase("suite");
  const db = createDb(test.url);
  try {
    await seed(db);
  } finally {
    await db.close();
  }
  process.env.DATABASE_URL = test.url;
  (globalThis as { __atlasTestDb?: typeof test }).__atlasTestDb = test;
}
