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
import { journaledWrite, type JournalDelegate, type TransactionRunner, type WriteOutcome } from "./journal";
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

  private async settleNow(requestId?: string): Promise<void> {
    const ids = [...this.pending!];
    let states;
    try {
      states = await this.peers.importStates(ids, { requestId });
    } catch (e) {
      // Without the commit point nothing is known to have committed: keep the parts staged (hidden).
      this.logger?.warn({ err: e, imports: ids }, "could not ask the sources subgraph about staged imports");
      return;
    }
    for (const s of states) {
      if (s.state === "COMMITTED") {
        await this.store.apply(s.id);
        this.pending!.delete(s.id);
      } else if (s.state === "ABANDONED" || s.state === "UNKNOWN") {
        this.pending!.delete(s.id);
      }
    }
  }
}

/** The identity an import's part is applied under, whoever triggers it: one key, so it applies once. */
export const IMPORT_APPLIER: Caller = { id: "import", name: "import (applied at commit)", role: "admin" };

export interface ImportJournal extends JournalDelegate {
  findMany(args: { where: { operation: string; entityId?: string }; select: { entityId: true; after?: true } }): Promise<{ entityId: string; after?: string | null }[]>;
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
    h.journalOf(tx).findMany({ where: { operation, ...(entityId ? { entityId } : {}) }, select: { entityId: true, after: true } });
  return {
    pendingImports: () =>
      db.$transaction(async (tx) => {
        const applied = new Set((await entries(tx, APPLY_OPERATION)).map((e) => e.entityId));
        return [...new Set((await entries(tx, STAGE_OPERATION)).map((e) => e.entityId))].filter((id) => !applied.has(id));
      }),
    stage: (importId, part, caller, requestId) =>
      journaledWrite(db, h.journalOf, {
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
      }),
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
