/**
 * Writes a new migration for both stores from the change to schema/models.prisma:
 *   npm run db:migration -w @atlas/db -- add_corridors
 * Diffs each provider's schema against the snapshot taken at its last migration
 * (offline: Prisma's `migrate diff` needs no database for two datamodels), then
 * moves the snapshot forward.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { providers, renderSchema } from "./schemas";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: new-migration.ts <snake_case_name>");
  process.exit(2);
}
const root = join(__dirname, "..");
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
for (const provider of providers) {
  const schemaFile = join(root, provider, "schema.prisma");
  writeFileSync(schemaFile, renderSchema(provider));
  const snapshot = join(root, provider, "migrations", "schema.snapshot.prisma");
  const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
  const sql = execFileSync(
    "npx",
    ["prisma", "migrate", "diff", "--config", `prisma.config.${provider}.ts`, ...from, "--to-schema-datamodel", schemaFile, "--script"],
    { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: provider === "sqlite" ? "file::memory:" : process.env.DATABASE_URL } },
  );
  if (/This is an empty migration/.test(sql) || !sql.trim()) {
    console.log(`${provider}: no changes`);
    continue;
  }
  const dir = join(root, provider, "migrations", `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql);
  writeFileSync(snapshot, readFileSync(schemaFile, "utf8"));
  console.log(`${provider}: wrote ${dir}`);
}
