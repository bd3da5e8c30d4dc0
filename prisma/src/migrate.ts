/**
 * Applies the SQL migrations that Prisma generated (prisma/<provider>/migrations)
 * to the store a URL names, each in one transaction, recording name and checksum
 * in `_atlas_migrations`. Our own runner because `prisma migrate deploy` through
 * the PostgreSQL driver adapter fails here (shared/PLATFORM.md); one runner serves
 * both stores so they cannot drift.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Client } from "pg";
import { defaultDatabaseUrl, migrationsDir } from "./paths";
import { providerOf, sqlitePath } from "./provider";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(provider: "sqlite" | "postgresql"): Migration[] {
  const dir = migrationsDir(provider);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

function checkRecorded(m: Migration, recorded: Map<string, string>): boolean {
  const checksum = recorded.get(m.name);
  if (checksum === undefined) return false;
  if (checksum !== m.checksum) {
    throw new Error(`migration ${m.name} was changed after it was applied (checksum differs); write a new migration instead`);
  }
  return true;
}

export async function migrate(url: string = process.env.DATABASE_URL || defaultDatabaseUrl): Promise<MigrateResult> {
  const provider = providerOf(url);
  const migrations = readMigrations(provider);
  const applied: string[] = [];
  if (provider === "sqlite") {
    const file = sqlitePath(url);
    mkdirSync(dirname(file), { recursive: true });
    const db = new BetterSqlite3(file);
    try {
      db.pragma("journal_mode = WAL");
      db.exec(`CREATE TABLE IF NOT EXISTS "_atlas_migrations" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
      const rows = db.prepare(`SELECT name, checksum FROM "_atlas_migrations"`).all() as { name: string; checksum: string }[];
      const recorded = new Map(rows.map((r) => [r.name, r.checksum]));
      for (const m of migrations) {
        if (checkRecorded(m, recorded)) continue;
        db.transaction(() => {
          db.exec(m.sql);
          db.prepare(`INSERT INTO "_atlas_migrations" (name, checksum, applied_at) VALUES (?, ?, ?)`).run(m.name, m.checksum, new Date().toISOString());
        })();
        applied.push(m.name);
      }
    } finally {
      db.close();
    }
  } else {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      // One migrator at a time, even when several services start together.
      await client.query("SELECT pg_advisory_lock(4711042)");
      await client.query(`CREATE TABLE IF NOT EXISTS "_atlas_migrations" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
      const { rows } = await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM "_atlas_migrations"`);
      const recorded = new Map(rows.map((r) => [r.name, r.checksum]));
      for (const m of migrations) {
        if (checkRecorded(m, recorded)) continue;
        await client.query("BEGIN");
        try {
          await client.query(m.sql);
          await client.query(`INSERT INTO "_atlas_migrations" (name, checksum) VALUES ($1, $2)`, [m.name, m.checksum]);
          await client.query("COMMIT");
        } catch (e) {
          await client.query("ROLLBACK");
          throw new Error(`migration ${m.name} failed: ${(e as Error).message}`, { cause: e });
        }
        applied.push(m.name);
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock(4711042)").catch(() => undefined);
      await client.end();
    }
  }
  return { applied, alreadyApplied: migrations.length - applied.length };
}
