/**
 * What a request carries through its async work: its id (logs), the signal that abandons it
 * (abandon.ts) and its OpenTelemetry context (@atlas/runtime tracing.ts). One AsyncLocalStorage
 * holds all three because on Node 20 every AsyncLocalStorage a process has used adds work to
 * every promise it creates (a loop of 250 awaited promises, this machine: 32 µs with none, 78 µs
 * with one, 140 µs with two). There were a store for the request id, one for the signal and the
 * tracer's own: three in a traced subgraph, where one does.
 *
 * In @atlas/db because abandon.ts, the lowest user, lives here; nothing here loads Prisma, so the
 * gateway imports this file alone.
 */
import { AsyncLocalStorage } from "node:async_hooks";

export interface RequestScope {
  requestId?: string;
  /** Aborts when the request is abandoned (its deadline passed or its client left). */
  signal?: AbortSignal;
  /** The active OpenTelemetry context (an @opentelemetry/api Context), when tracing is on. */
  otel?: unknown;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** The current request's scope, if any. */
export function currentScope(): RequestScope | undefined {
  return scope.getStore();
}

/** Runs `fn` (and everything it starts) in the current scope with `patch` applied; the rest is kept. */
export function inScope<T>(patch: RequestScope, fn: () => T): T {
  const current = scope.getStore();
  return scope.run(current ? { ...current, ...patch } : patch, fn);
}

/**
 * Runs `fn` in a scope of its own: nothing of the current one is kept. For a request's start, and
 * for re-entering it where its async context was lost (a body parser's stream events run in
 * whatever context their stream was made in, maybe another request's).
 */
export function enterScope<T>(fresh: RequestScope, fn: () => T): T {
  return scope.run(fresh, fn);
}
