/**
 * Statements for an abandoned request are not sent. A subgraph runs each request inside
 * `whileWanted(signal, …)`; once the signal aborts (the gateway gave up on the request:
 * its deadline passed or it closed the connection), every further SQL statement of that
 * request fails with AbandonedRequestError before it reaches the store. The check sits in
 * the driver adapter, so it covers every Prisma call, raw queries and transactions alike.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable, Transaction } from "@prisma/driver-adapter-utils";

const wanted = new AsyncLocalStorage<AbortSignal>();

/** Runs `fn` (and everything it starts) on behalf of a request that `signal` may abandon. */
export function whileWanted<T>(signal: AbortSignal, fn: () => T): T {
  return wanted.run(signal, fn);
}

/** Thrown instead of running a statement for a request that was abandoned. */
export class AbandonedRequestError extends Error {
  override readonly name = "AbandonedRequestError";
  constructor(readonly why: string) {
    super(`statement not run: ${why}`);
  }
}

/** Throws when the current request has been abandoned. */
export function checkWanted(): void {
  const signal = wanted.getStore();
  if (signal?.aborted) throw new AbandonedRequestError(signal.reason instanceof Error ? signal.reason.message : String(signal.reason ?? "the request was abandoned"));
}

/**
 * Before a statement of a request that may be abandoned: one turn of the event loop, so
 * the close of its connection or its deadline timer is seen (better-sqlite3 answers
 * synchronously: without it a whole request's statements run in one turn, and SQLite
 * requests never make way for each other), then the check.
 */
async function beforeStatementYielding(): Promise<void> {
  if (!wanted.getStore()) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
  checkWanted();
}

/** PostgreSQL's driver answers over the network, so its requests already yield between statements: the check alone. */
async function beforeStatementChecking(): Promise<void> {
  checkWanted();
}

function guardQueryable<T extends SqlQueryable>(target: T, beforeStatement: () => Promise<void>): T {
  return new Proxy(target, {
    get(obj, prop) {
      const value: unknown = Reflect.get(obj, prop, obj);
      if (typeof value !== "function") return value;
      if (prop === "queryRaw" || prop === "executeRaw" || prop === "executeScript") {
        return async (...args: unknown[]) => {
          await beforeStatement();
          return (value as (...a: unknown[]) => unknown).apply(obj, args);
        };
      }
      if (prop === "startTransaction") {
        return async (...args: unknown[]) => {
          await beforeStatement();
          return guardQueryable((await (value as (...a: unknown[]) => Promise<Transaction>).apply(obj, args)) as Transaction, beforeStatement);
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(obj);
    },
  });
}

/**
 * The adapter factory with every connection's statements guarded by checkWanted.
 * `synchronous`: the driver answers in the same turn (better-sqlite3), so each statement of a
 * request first yields a turn of the event loop.
 */
export function guardAdapter<F extends SqlDriverAdapterFactory>(factory: F, synchronous: boolean): F {
  const beforeStatement = synchronous ? beforeStatementYielding : beforeStatementChecking;
  return new Proxy(factory, {
    get(obj, prop) {
      const value: unknown = Reflect.get(obj, prop, obj);
      if (prop === "connect" && typeof value === "function") {
        return async () => guardQueryable((await (value as () => Promise<SqlDriverAdapter>).apply(obj)) as SqlDriverAdapter, beforeStatement);
      }
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(obj) : value;
    },
  });
}
