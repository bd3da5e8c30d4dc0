/**
 * Databases for tests. The suite runs on the store DATABASE_URL names (PostgreSQL in
 * CI's second pass) or, by default, on SQLite files under a temp folder.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { createDb, migrate, providerOf, type Database } from "@atlas/db";

const baseUrl = (): string | undefined => process.env.ATLAS_TEST_BASE_URL || undefined;

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new, migrated, empty database of the suite's kind. */
export async function freshDatabase(label = "t"): Promise<TestDatabase> {
  const base = baseUrl();
  if (base && providerOf(base) === "postgresql") {
    const name = `atlas_${label}_${randomBytes(4).toString("hex")}`.toLowerCase();
    const admin = new Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    await migrate(url.toString());
    return {
      url: url.toString(),
      drop: async () => {
        const c = new Client({ connectionString: base });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), `atlas-${label}-`));
  const url = `file:${join(dir, "atlas.db")}`;
  await migrate(url);
  return { url, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** The shared seeded database that globalSetup prepared for this run. */
export function seededDb(): Database {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the suite through jest (tests/support/global-setup.ts)");
  return createDb(url);
}

/**
 * A new database of the suite's kind with the corpus loaded, for tests that write: their
 * facts must not show up in the profiles other test files check on the shared store.
 */
export async function freshSeededDatabase(label: string): Promise<TestDatabase> {
  const test = await freshDatabase(label);
  const db = createDb(test.url);
  try {
    // Loaded on demand: it brings every subgraph into this process, which only writing tests need.
    const { seedStore } = await import("../../scripts/local-subgraphs");
    await seedStore(db);
  } finally {
    await db.close();
  }
  return test;
}
