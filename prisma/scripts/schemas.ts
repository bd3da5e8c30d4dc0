/**
 * Renders one Prisma schema per provider from schema/models.prisma, so SQLite and
 * PostgreSQL are served from the same models. `--check` fails when a committed
 * rendering is stale instead of writing it.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

export const providers = ["sqlite", "postgresql"] as const;
export type Provider = (typeof providers)[number];

const root = join(__dirname, "..");

export function renderSchema(provider: Provider): string {
  const models = readFileSync(join(root, "schema/models.prisma"), "utf8");
  return `// GENERATED from schema/models.prisma by scripts/schemas.ts. Do not edit.

generator client {
  provider     = "prisma-client"
  output       = "../generated/${provider}"
  engineType   = "client"
  moduleFormat = "cjs"
}

datasource db {
  provider = "${provider}"
  // Never used to connect: clients go through a driver adapter (src/client.ts), and an
  // env() here would make the CLI fall back to downloading the native engine when unset.
  url      = "${provider === "sqlite" ? "file:./unused.db" : "postgresql://unused@127.0.0.1/unused"}"
}

${models}`;
}

if (require.main === module) {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const provider of providers) {
    const file = join(root, provider, "schema.prisma");
    const next = renderSchema(provider);
    if (check) {
      let current = "";
      try {
        current = readFileSync(file, "utf8");
      } catch {
        /* missing counts as stale */
      }
      if (current !== next) {
        stale++;
        console.error(`${provider}/schema.prisma is stale: run npm run generate -w @atlas/db`);
      }
    } else {
      mkdirSync(join(root, provider), { recursive: true });
      writeFileSync(file, next);
    }
  }
  if (stale) process.exit(1);
}
