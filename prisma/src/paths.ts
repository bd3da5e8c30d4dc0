import { join, resolve } from "node:path";

/** The repository root, found from this file so it never depends on the working directory. */
export const repoRoot = resolve(__dirname, "../..");

/** The embedded default store: a SQLite file under data/, created on first start. */
export const defaultDatabaseUrl = `file:${join(repoRoot, "data", "atlas.db")}`;

export const migrationsDir = (provider: "sqlite" | "postgresql"): string =>
  join(repoRoot, "prisma", provider, "migrations");
