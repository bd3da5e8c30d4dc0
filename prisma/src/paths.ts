import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The repository root: the nearest folder above this module holding turbo.json. Found
 * by walking up, so it is right both from source and from a bundle in some dist/.
 */
function findRepoRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, "turbo.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the repository root (turbo.json) above ${from}`);
    dir = parent;
  }
  return dir;
}

export const repoRoot = findRepoRoot(__dirname);

/** The embedded default store: a SQLite file under data/, created on first start. */
export const defaultDatabaseUrl = `file:${join(repoRoot, "data", "atlas.db")}`;

export const migrationsDir = (provider: "sqlite" | "postgresql"): string => join(repoRoot, "prisma", provider, "migrations");
