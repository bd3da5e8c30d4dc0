/**
 * Statements for an abandoned request are not sent. A subgraph runs each request inside
 * `whileWanted(signal, …)`; once the signal aborts (the gateway gave up on the request:
 * its deadline passed or it closed the connection), every further SQL statement of that
 * request fails with AbandonedRequestError before it reaches the store. The check sits in
 * the driver adapter, so it covers every Prisma call, raw queries and transactions alike.
 * The same wrapper gives each statement of a traced request its OpenTelemetry span (`traced`).
 */
import { context, SpanKind, SpanStatusCode, trace, type Span } from "@opentelemetry/api";

import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable, Transaction } from "@prisma/driver-adapter-utils";
import { currentScope, inScope } from "./scope";

/**
 * The context key under which a loader batch's span (@atlas/runtime tracing.ts inBatchSpan) offers
 * itself to the one SQL statement it runs: that statement's attributes go on the batch span instead
 * of a child span of their own. A batch is exactly one statement, so one span records both.
 */
export const STATEMENT_SPAN_KEY = Symbol.for("atlas.statement-span"); // .for: one key even if a bundle held two copies of this file

/** What a batch span offers its statement: the span, and whether a statement has taken it. */
export interface StatementSpan {
  span: Span;
  taken: boolean;
}

/** Runs `fn` (and everything it starts) on behalf of a request that `signal` may abandon. */
export function whileWanted<T>(signal: AbortSignal, fn: () => T): T {
  return inScope({ signal }, fn);
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
  const signal = currentScope()?.signal;
  if (signal?.aborted) throw new AbandonedRequestError(signal.reason instanceof Error ? signal.reason.message : String(signal.reason ?? "the request was abandoned"));
}

/**
 * Before a statement of a request that may be abandoned: one turn of the event loop, so
 * the close of its connection or its deadline timer is seen (better-sqlite3 answers
 * synchronously: without it a whole request's statements run in one turn, and SQLite
 * requests never make way for each other), then the check.
 */
async function beforeStatementYielding(): Promise<void> {
  if (!currentScope()?.signal) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
  checkWanted();
}

/** PostgreSQL's driver answers over the network, so its requests already yield between statements: the check alone. */
async function beforeStatementChecking(): Promise<void> {
  checkWanted();
}

/** Longest statement text a span carries (the text has placeholders, never the values). */
const MAX_STATEMENT_CHARS = 500;
const tracer = trace.getTracer("@atlas/db");

/**
 * A statement's operation and span text, worked out once per distinct text: a service's
 * statements are a few dozen texts with placeholders (never values), repeated on every request.
 */
const describedTexts = new Map<string, { operation: string; text: string }>();
const MAX_REMEMBERED_TEXTS = 1_000;

function statementAttributes(provider: string | undefined, sql: string) {
  let described = describedTexts.get(sql);
  if (!described) {
    described = {
      operation: /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? "SQL",
      text: sql.length > MAX_STATEMENT_CHARS ? `${sql.slice(0, MAX_STATEMENT_CHARS)}…` : sql,
    };
    // Bounded: texts that vary (a statement built per call) must not grow it without end.
    if (describedTexts.size >= MAX_REMEMBERED_TEXTS) describedTexts.clear();
    describedTexts.set(sql, described);
  }
  return { "db.system": provider === "postgres" ? "postgresql" : (provider ?? "other_sql"), "db.operation.name": described.operation, "db.statement": described.text };
}

/**
 * Runs one statement, in a span of its own when the request it serves is traced (a recording
 * span is active: tracing on, see @atlas/runtime tracing.ts, and the request sampled). Prisma's
 * own statement spans need @prisma/instrumentation; every statement passes here anyway.
 */
function traced(provider: string | undefined, query: unknown, run: () => unknown): unknown {
  if (!trace.getActiveSpan()?.isRecording()) return run();
  const sql = typeof query === "string" ? query : String((query as { sql?: unknown } | undefined)?.sql ?? "");
  const attributes = statementAttributes(provider, sql);
  const operation = attributes["db.operation.name"];
  // A loader batch's span (@atlas/runtime tracing.ts inBatchSpan) takes its one statement; any other statement gets a span of its own.
  const offer = context.active().getValue(STATEMENT_SPAN_KEY) as StatementSpan | undefined;
  const own = !offer || offer.taken;
  if (offer && !offer.taken) {
    offer.taken = true;
    offer.span.setAttributes(attributes);
  }
  // Not made the active span: nothing runs below a statement.
  const span = own ? tracer.startSpan(operation, { kind: SpanKind.CLIENT, attributes }) : offer.span;
  const failed = (e: unknown): never => {
    span.recordException(e as Error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: (e as Error).message });
    if (own) span.end();
    throw e;
  };
  try {
    return Promise.resolve(run()).then((result) => {
      if (typeof result === "number") span.setAttribute("db.response.affected_rows", result);
      else if (Array.isArray((result as { rows?: unknown } | undefined)?.rows)) span.setAttribute("db.response.returned_rows", (result as { rows: unknown[] }).rows.length);
      if (own) span.end();
      return result;
    }, failed);
  } catch (e) {
    return failed(e);
  }
}

function guardQueryable<T extends SqlQueryable>(target: T, beforeStatement: () => Promise<void>): T {
  return new Proxy(target, {
    get(obj, prop) {
      const value: unknown = Reflect.get(obj, prop, obj);
      if (typeof value !== "function") return value;
      if (prop === "queryRaw" || prop === "executeRaw" || prop === "executeScript") {
        return async (...args: unknown[]) => {
          await beforeStatement();
          return traced(obj.provider, args[0], () => (value as (...a: unknown[]) => unknown).apply(obj, args));
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
