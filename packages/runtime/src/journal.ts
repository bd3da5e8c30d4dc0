/**
 * Every write a subgraph acknowledges goes through `journaledWrite`: one database
 * transaction that holds the change and its journal entry (the audit trail: who, when,
 * request id, what, before and after). Nothing is acknowledged before that commit, so an
 * acknowledged write survives a kill -9 (SQLite in WAL mode and PostgreSQL both make a
 * commit durable before it returns).
 *
 * Idempotency: a write may carry a key. The journal entry is inserted first, under a
 * unique index on the key, so of two requests with one key only one transaction can
 * commit; the other fails on the index (PostgreSQL makes it wait for the first to
 * commit) and answers with the first one's stored result. A key reused with another
 * operation or input is refused.
 */
import { createHash } from "node:crypto";
import { GraphQLError } from "graphql";
import type { Caller } from "./caller";

/** The part of a Prisma `*Write` model delegate the journal uses (every subgraph's journal has this shape). */
export interface JournalDelegate {
  create(args: { data: JournalRow }): Promise<{ id: number }>;
  update(args: { where: { id: number }; data: Partial<JournalRow> }): Promise<unknown>;
  findUnique(args: { where: { idempotencyKey: string } }): Promise<(JournalRow & { id: number }) | null>;
}

export interface JournalRow {
  idempotencyKey: string | null;
  requestHash: string | null;
  actor: string;
  actorName: string;
  role: string;
  requestId: string | null;
  operation: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  result: string | null;
}

export interface WriteOutcome<T> {
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** What the mutation answers; stored (as JSON) for retries with the same key. */
  result: T;
}

export interface WriteRequest<Tx, T> {
  operation: string;
  /** The operation's input, hashed to recognise a key reused for another request. */
  input: unknown;
  idempotencyKey?: string | null;
  caller: Caller;
  requestId?: string;
  /** The change itself, inside the transaction. Throw to refuse (nothing is written). */
  run: (tx: Tx) => Promise<WriteOutcome<T>>;
}

export interface TransactionRunner<Tx> {
  $transaction<R>(fn: (tx: Tx) => Promise<R>, options?: { timeout?: number; maxWait?: number }): Promise<R>;
}

const MAX_KEY_LENGTH = 200;

export function requestHash(operation: string, input: unknown): string {
  return createHash("sha256").update(operation).update("\0").update(JSON.stringify(input ?? null)).digest("hex");
}

/**
 * SQLite lets one process write at a time. A transaction that read first and then writes
 * after another process committed is refused at once (SQLITE_BUSY: the busy timeout does
 * not apply to that upgrade); nothing of it was written, so it is run again.
 */
export function isStoreBusy(e: unknown): boolean {
  const err = e as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  // P1008: an operation timed out; P2028: a transaction could not start in time (the store is busy).
  return /SQLITE_BUSY|database is locked/i.test(`${err?.message ?? ""} ${err?.cause?.message ?? ""} ${err?.cause?.code ?? ""}`) || err?.code === "P1008" || err?.code === "P2028";
}

const BUSY_RETRIES = 8;

/** Every write transaction may wait this long for the store (Prisma's 2 s default fails under load) and run this long. */
export const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 60_000 } as const;

/** Runs a transaction, again after a short random pause while the store is busy (see isStoreBusy). */
export async function withBusyRetry<R>(run: () => Promise<R>): Promise<R> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      if (attempt >= BUSY_RETRIES || !isStoreBusy(e)) throw e;
      await new Promise((r) => setTimeout(r, 10 * 2 ** Math.min(attempt, 5) * (0.5 + Math.random())));
    }
  }
}

export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string }; message?: string; extensions?: { reason?: string } };
  // journaledWrite's own answer for a unique violation that was not the idempotency key.
  if (err?.extensions?.reason === "ALREADY_EXISTS") return true;
  return err?.code === "P2002" || err?.cause?.code === "23505" || /UNIQUE constraint failed|unique constraint/i.test(err?.message ?? "");
}

function replay<T>(row: JournalRow, hash: string, operation: string): T {
  if (row.requestHash !== hash) {
    throw new GraphQLError(
      `Idempotency key already used for a different request (${row.operation} of ${row.entityType} ${row.entityId}); use a new key for ${operation}`,
      { extensions: { code: "IDEMPOTENCY_KEY_REUSED", argumentName: "idempotencyKey" } },
    );
  }
  return JSON.parse(row.result ?? "null") as T;
}

/** Runs one write with its journal entry in one transaction; see the module comment. */
export async function journaledWrite<Tx, T>(
  db: TransactionRunner<Tx>,
  journalOf: (tx: Tx) => JournalDelegate,
  req: WriteRequest<Tx, T>,
): Promise<T> {
  const key = req.idempotencyKey ?? null;
  if (key !== null && (key.length === 0 || key.length > MAX_KEY_LENGTH)) {
    throw new GraphQLError(`Argument "idempotencyKey": must be 1 to ${MAX_KEY_LENGTH} characters`, {
      extensions: { code: "BAD_USER_INPUT", argumentName: "idempotencyKey" },
    });
  }
  const hash = requestHash(req.operation, req.input);
  const scopedKey = key === null ? null : `${req.caller.id}:${key}`;
  try {
    return await withBusyRetry(() => db.$transaction(
      async (tx) => {
        const journal = journalOf(tx);
        if (scopedKey !== null) {
          const done = await journal.findUnique({ where: { idempotencyKey: scopedKey } });
          if (done) return replay<T>(done, hash, req.operation);
        }
        // The entry goes in first: it claims the key before any work is done.
        const entry = await journal.create({
          data: {
            idempotencyKey: scopedKey,
            requestHash: hash,
            actor: req.caller.id,
            actorName: req.caller.name,
            role: req.caller.role,
            requestId: req.requestId ?? null,
            operation: req.operation,
            entityType: "pending",
            entityId: "pending",
            before: null,
            after: null,
            result: null,
          },
        });
        const out = await req.run(tx);
        await journal.update({
          where: { id: entry.id },
          data: {
            entityType: out.entityType,
            entityId: out.entityId,
            before: out.before === undefined || out.before === null ? null : JSON.stringify(out.before),
            after: out.after === undefined || out.after === null ? null : JSON.stringify(out.after),
            result: JSON.stringify(out.result ?? null),
          },
        });
        return out.result;
      },
      TRANSACTION_OPTIONS,
    ));
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // Another request with this key committed first: answer as it did.
    const first =
      scopedKey === null ? null : await withBusyRetry(() => db.$transaction(async (tx) => journalOf(tx).findUnique({ where: { idempotencyKey: scopedKey } }), TRANSACTION_OPTIONS));
    if (first) return replay<T>(first, hash, req.operation);
    // Not the key: another write created the same record at the same moment (PostgreSQL lets both pass the existence check).
    throw new GraphQLError(`${req.operation}: the record already exists: another write created it at the same moment; read it and update it instead`, {
      extensions: { code: "BAD_USER_INPUT", argumentName: "input", reason: "ALREADY_EXISTS" },
    });
  }
}

/** The journal entry as GraphQL's `Change` type shows it. */
export interface ChangeRow {
  id: number;
  at: Date;
  actor: string;
  actorName: string;
  role: string;
  requestId: string | null;
  operation: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
}

export function toChange(row: ChangeRow) {
  return {
    id: `${row.entityType}:${row.entityId}:${row.id}`,
    at: row.at.toISOString(),
    actor: row.actor,
    actorName: row.actorName,
    role: row.role,
    requestId: row.requestId,
    operation: row.operation,
    before: row.before,
    after: row.after,
  };
}
