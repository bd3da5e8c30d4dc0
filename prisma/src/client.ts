import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client";
import { PrismaClient as PostgresClient } from "../generated/postgresql/client";
import { guardAdapter } from "./abandon";
import { defaultDatabaseUrl } from "./paths";
import { providerOf, sqlitePath, type Provider } from "./provider";

/**
 * Both generated clients come from the same models, so they have the same shape;
 * the application is typed against one of them.
 */
export type PrismaDb = SqliteClient;

/** Counts SQL statements as Prisma reports them (its `query` log events). */
export class StatementCounter {
  total = 0;
  private listeners = new Set<(sql: string) => void>();
  record(sql: string): void {
    this.total++;
    for (const l of this.listeners) l(sql);
  }
  /** Calls `fn` for every statement until the returned function is called. */
  listen(fn: (sql: string) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}

export interface Database {
  prisma: PrismaDb;
  provider: Provider;
  statements: StatementCounter;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL pool size per process (default DATABASE_POOL_SIZE, else 10). */
  poolSize?: number;
}

function poolSizeFromEnv(): number {
  const raw = process.env.DATABASE_POOL_SIZE;
  const n = raw ? Number(raw) : 10;
  if (!Number.isInteger(n) || n < 1) throw new Error(`DATABASE_POOL_SIZE must be a positive integer, got ${JSON.stringify(raw)}`);
  return n;
}

interface QueryEventSource {
  $on(event: "query", cb: (e: { query: string }) => void): void;
}

export function createDb(url: string = process.env.DATABASE_URL || defaultDatabaseUrl, options: DatabaseOptions = {}): Database {
  const provider = providerOf(url);
  const log = [{ emit: "event" as const, level: "query" as const }];
  let prisma: PrismaDb;
  if (provider === "sqlite") {
    mkdirSync(dirname(sqlitePath(url)), { recursive: true });
    const adapter = guardAdapter(new PrismaBetterSQLite3({ url: `file:${sqlitePath(url)}` }), true);
    prisma = new SqliteClient({ adapter, log }) as unknown as PrismaDb;
  } else {
    const adapter = guardAdapter(new PrismaPg({ connectionString: url, max: options.poolSize ?? poolSizeFromEnv() }), false);
    prisma = new PostgresClient({ adapter, log }) as unknown as PrismaDb;
  }
  const statements = new StatementCounter();
  (prisma as unknown as QueryEventSource).$on("query", (e) => statements.record(e.query));
  return {
    prisma,
    provider,
    statements,
    close: () => prisma.$disconnect(),
  };
}

/** Tagged-template SQL helpers (Prisma.sql, Prisma.join, Prisma.raw) for $queryRaw; both clients share the runtime that builds them. */
export { Prisma } from "../generated/sqlite/client";
