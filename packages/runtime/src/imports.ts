/**
 * A subgraph's side of an import (seeds/src/import.ts coordinates it):
 *
 *  1. stage: the subgraph validates its part of the import (the same checks as a
 *     curator's write) and keeps it in its journal, durably, without touching its facts;
 *  2. the import commits in the sources subgraph, in one transaction: the single point
 *     where it becomes true;
 *  3. apply: the subgraph writes the staged part, in one transaction with its journal
 *     entry, once and only once (the entry's key is unique).
 *
 * Readers never see half an import: until the commit nothing is applied anywhere; after
 * it, a subgraph that still holds a staged part applies it before it answers its next
 * request (`settle`), so no answer mixes applied and unapplied parts of one import. A
 * subgraph killed in between applies its part when it is back (its staged parts are in
 * its journal) and answers nothing while it is down.
 */
import { GraphQLError } from "graphql";
import type { Caller } from "./caller";
import { journaledWrite, TRANSACTION_OPTIONS, withBusyRetry, type JournalDelegate, type TransactionRunner, type WriteOutcome } from "./journal";
import type { Logger } from "./logger";
import type { Peers } from "./peers";

export const STAGE_OPERATION = "stageImport";
export const APPLY_OPERATION = "applyImport";

export interface StagedImportStore {
  /** Import ids staged here and not applied yet (read from the journal). */
  pendingImports(): Promise<string[]>;
  /** Applies one staged import if it is not applied yet (idempotent across processes). */
  apply(importId: string): Promise<unknown>;
}

/** Keeps track of staged imports in one subgraph process and applies them once they commit. */
export class ImportGate {
  private pending: Set<string> | null = null;
  private loading: Promise<void> | null = null;
  private settling: Promise<void> | null = null;

  constructor(
    private readonly store: StagedImportStore,
    private readonly peers: Peers,
    private readonly logger?: Logger,
  ) {
    // Read the journal at start-up, not inside the first request (it would cost that request
    // the statements); a failure here is retried by the first settle().
    this.load().catch(() => undefined);
  }

  private async load(): Promise<void> {
    this.loading ??= this.store.pendingImports().then(
      (ids) => {
        this.pending = new Set(ids);
      },
      (e: unknown) => {
        this.loading = null;
        throw e;
      },
    );
    return this.loading;
  }

  /** Called after a stage commits in this process. */
  staged(importId: string): void {
    this.pending?.add(importId);
  }

  /**
   * Before a request is served: when imports are staged here, asks the sources subgraph
   * which have committed and applies those. Free when nothing is staged (the usual case).
   */
  async settle(requestId?: string): Promise<void> {
    if (this.pending === null) await this.load();
    if (this.pending!.size === 0) return;
    // One settle at a time per process; concurrent requests wait for it.
    this.settling ??= this.settleNow(requestId).finally(() => {
      this.settling = null;
    });
    return this.settling;
  }

  /** Imports whose apply failed, and when to try again: a broken part must not fail every request. */
  private readonly retryAt = new Map<string, number>();

  private async settleNow(requestId?: string): Promise<void> {
    const ids = [...this.pending!].filter((id) => (this.retryAt.get(id) ?? 0) <= Date.now());
    if (ids.length === 0) return;
    let states;
    try {
      // Short: every request waits for this while a part is staged here.
      states = await this.peers.importStates(ids, { requestId, timeoutMs: 2_000 });
    } catch (e) {
      // Without the commit point nothing is known to have committed: keep the parts staged (hidden).
      this.logger?.warn({ err: e, imports: ids }, "could not ask the sources subgraph about staged imports");
      return;
    }
    for (const s of states) {
      if (s.state === "COMMITTED") {
        try {
          await this.store.apply(s.id);
          this.pending!.delete(s.id);
          this.retryAt.delete(s.id);
        } catch (e) {
          // The part stays staged (and hidden); requests go on being served; the apply is retried later.
          this.retryAt.set(s.id, Date.now() + 30_000);
          this.logger?.error({ err: e, import: s.id }, "a committed import's part could not be applied; retrying in 30 s");
        }
      } else if (s.state === "ABANDONED" || s.state === "UNKNOWN") {
        this.pending!.delete(s.id);
      }
    }
  }
}

/** The identity an import's part is applied under, whoever triggers it: one key, so it applies once. */
export const IMPORT_APPLIER: Caller = { id: "import", name: "import (applied at commit)", role: "admin" };

export interface ImportJournal extends JournalDelegate {
  findMany(args: {
    where: { operation: string; entityId?: string };
    select: { entityId: true; after?: true; result?: true };
    orderBy?: { id: "asc" };
  }): Promise<{ entityId: string; after?: string | null; result?: string | null }[]>;
}

export interface ImportPartHandlers<Tx, Part> {
  journalOf: (tx: Tx) => ImportJournal;
  /** Writes a staged part; returns what it did (created, merged, unchanged, conflicts) for the report. */
  apply: (tx: Tx, part: Part, importId: string) => Promise<unknown>;
}

/**
 * The journal-backed StagedImportStore every subgraph uses: a staged part is the
 * `after` of its stage entry; an apply entry (key "apply:<import>") marks it applied.
 */
export function journalImportStore<Tx, Part>(db: TransactionRunner<Tx>, h: ImportPartHandlers<Tx, Part>): StagedImportStore & {
  stage(importId: string, part: Part, caller: Caller, requestId?: string): Promise<{ importId: string; records: number }>;
} {
  const entries = (tx: Tx, operation: string, entityId?: string) =>
    h.journalOf(tx).findMany({ where: { operation, ...(entityId ? { entityId } : {}) }, select: { entityId: true, after: true, result: true }, orderBy: { id: "asc" } });
  return {
    pendingImports: () =>
      withBusyRetry(() =>
        db.$transaction(async (tx) => {
          const applied = new Set((await entries(tx, APPLY_OPERATION)).map((e) => e.entityId));
          return [...new Set((await entries(tx, STAGE_OPERATION)).map((e) => e.entityId))].filter((id) => !applied.has(id));
        }, TRANSACTION_OPTIONS),
      ),
    // One stage per import here, whoever sends it: a second one answers the first (the import is content-addressed).
    stage: async (importId, part, caller, requestId) => {
      const done = await withBusyRetry(() => db.$transaction(async (tx) => entries(tx, STAGE_OPERATION, importId), TRANSACTION_OPTIONS));
      if (done[0]) return JSON.parse(done[0].result ?? "null") as { importId: string; records: number };
      return journaledWrite(db, h.journalOf, {
        operation: STAGE_OPERATION,
        input: { importId, part },
        idempotencyKey: `stage:${importId}`,
        caller,
        requestId,
        run: async (): Promise<WriteOutcome<{ importId: string; records: number }>> => ({
          entityType: "import",
          entityId: importId,
          before: null,
          after: part,
          result: { importId, records: countRecords(part) },
        }),
      });
    },
    apply: (importId) =>
      journaledWrite(db, h.journalOf, {
        operation: APPLY_OPERATION,
        input: { importId },
        idempotencyKey: `apply:${importId}`,
        caller: IMPORT_APPLIER,
        run: async (tx) => {
          const staged = await entries(tx, STAGE_OPERATION, importId);
          if (staged.length === 0) throw new GraphQLError(`import ${importId} was not staged here`, { extensions: { code: "BAD_USER_INPUT", argumentName: "importId" } });
          const part = JSON.parse(staged[0]!.after ?? "null") as Part;
          const report = await h.apply(tx, part, importId);
          return { entityType: "import", entityId: importId, before: null, after: report, result: report };
        },
      }),
  };
}

function countRecords(part: unknown): number {
  if (!part || typeof part !== "object") return 0;
  return Object.values(part as Record<string, unknown>).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
}

/**
 * A part may be staged only for an import that has begun and not ended, and only for the
 * document that import brings (its records are attributed to that document).
 */
export async function assertStageable(peers: Peers, importId: string, document: string, requestId?: string): Promise<void> {
  const [state] = await peers.importStates([importId], { requestId });
  if (!state || state.state === "UNKNOWN") throw new GraphQLError(`importId: no import ${JSON.stringify(importId)} has begun (beginImport first)`, { extensions: { code: "BAD_USER_INPUT", argumentName: "importId" } });
  if (state.state !== "STAGED") throw new GraphQLError(`importId: import ${importId} is ${state.state}; parts are staged before the commit`, { extensions: { code: "BAD_USER_INPUT", argumentName: "importId" } });
  if (state.documentId !== document) {
    throw new GraphQLError(`part.document: import ${importId} brings document ${state.documentId}, not ${document}`, { extensions: { code: "BAD_USER_INPUT", argumentName: "part", field: "part.document" } });
  }
}
