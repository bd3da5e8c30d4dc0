/**
 * Trade flows (issue 13): what one country supplies to another, or does in it, as an article
 * says it without a number. They enter as indicators do, through an import's validated part
 * (seed contract, countries asked of their owner, spans checked against the stored text) and
 * are merged as the corpus merges them: a new id is created; a known id gains the document's
 * citations, items and companies when its defining values (kind, from, to) agree; otherwise the
 * stored record stays and the conflict is reported. Curators record and retract them with
 * createTradeFlow / retractTradeFlow (journaled, as every write).
 */
import {
  compact,
  conflict,
  journaledWrite,
  type KnownIds,
  noReferences,
  notFound,
  parseInput,
  type Peers,
  type Problem,
  reasonArg,
  referenceProblems,
  refused,
  refuseIf,
  retractedRefusal,
} from "@atlas/runtime";
import { tradeFlowRecord } from "@atlas/seeds/src/schema";
import type { z } from "zod";
import { journalOf, type Tx, type WriteContext } from "./writes";

export type TradeFlowRecord = z.infer<typeof tradeFlowRecord>;

/** Countries and citations checked with their owners in one call; ids checked against other subgraphs' facts. */
export async function validateTradeFlows(
  ctx: { peers: Peers; requestId?: string; importId?: string },
  items: { prefix: string; rec: TradeFlowRecord }[],
  known: KnownIds = {},
): Promise<void> {
  const refs = noReferences();
  const local: Problem[] = [];
  for (const { prefix, rec } of items) {
    refs.countries.push({ field: `${prefix}.from`, code: rec.from });
    if (rec.to) refs.countries.push({ field: `${prefix}.to`, code: rec.to });
    rec.sources.forEach((c, i) => refs.citations.push({ field: `${prefix}.sources[${i}]`, ref: c }));
    // Clients' caches key on id: the other subgraphs' facts must not hold it (this subgraph's are checked where it writes).
    refs.newIds!.push({ field: `${prefix}.id`, id: rec.id, kind: "Indicator" });
    if (new Set(rec.items).size !== rec.items.length) local.push({ field: `${prefix}.items`, reason: "names an item twice" });
  }
  refuseIf(local);
  refuseIf(await referenceProblems(ctx.peers, refs, { requestId: ctx.requestId, importId: ctx.importId }, known));
}

const cite = (ownerId: string, c: TradeFlowRecord["sources"][number], by: string) => ({
  ownerId,
  documentId: c.document,
  start: c.start,
  end: c.end,
  claim: c.claim,
  figures: JSON.stringify(c.figures),
  addedBy: by,
});
const citeKey = (c: { document?: string; documentId?: string; start: number; end: number }) => `${c.document ?? c.documentId}:${c.start}:${c.end}`;
const defining = (r: { kind: string; from: string; to: string | null; toRegion: string | null }) => JSON.stringify([r.kind, r.from, r.to, r.toRegion]);

export interface FlowReport {
  created: string[];
  merged: string[];
  unchanged: string[];
  conflicts: { id: string; reason: string }[];
}

/** Applies an import's trade flows in its transaction, adding to the part's report. */
export async function applyTradeFlows(tx: Tx, flows: readonly TradeFlowRecord[], by: string, report: FlowReport): Promise<void> {
  for (const rec of flows) {
    const row = await tx.tradeFlow.findUnique({ where: { id: rec.id }, include: { sources: true } });
    if (!row) {
      await insertTradeFlow(tx, rec, by);
      report.created.push(rec.id);
      continue;
    }
    if (row.retractedAt) {
      report.conflicts.push({ id: rec.id, reason: `retracted by ${row.retractedBy} (${row.retractReason}); the import does not bring it back` });
      continue;
    }
    const stored = { kind: row.kind, from: row.fromCode, to: row.toCode, toRegion: row.toRegion };
    if (defining(stored) !== defining({ kind: rec.kind, from: rec.from, to: rec.to ?? null, toRegion: rec.toRegion ?? null })) {
      report.conflicts.push({ id: rec.id, reason: `${row.updatedBy} defines it differently: stored ${defining(stored)}; left as stored` });
      continue;
    }
    const have = new Set(row.sources.map(citeKey));
    const fresh = rec.sources.filter((s) => !have.has(citeKey(s)));
    const items = [...new Set([...(JSON.parse(row.items) as string[]), ...rec.items])];
    const companies = [...new Set([...(JSON.parse(row.companies) as string[]), ...rec.companies])];
    const grown = items.length !== (JSON.parse(row.items) as string[]).length || companies.length !== (JSON.parse(row.companies) as string[]).length;
    if (!fresh.length && !grown) {
      report.unchanged.push(rec.id);
      continue;
    }
    await tx.tradeFlow.update({ where: { id: rec.id }, data: { items: JSON.stringify(items), companies: JSON.stringify(companies), version: { increment: 1 }, updatedAt: new Date() } });
    if (fresh.length) await tx.tradeFlowSource.createMany({ data: fresh.map((s) => cite(rec.id, s, by)) });
    report.merged.push(rec.id);
  }
}

/** Creates a trade flow with its citations (the row writer imports and curators share). */
async function insertTradeFlow(tx: Tx, rec: TradeFlowRecord, by: string): Promise<void> {
  await tx.tradeFlow.create({
    data: {
      id: rec.id,
      kind: rec.kind,
      fromCode: rec.from,
      toCode: rec.to ?? null,
      toRegion: rec.toRegion ?? null,
      items: JSON.stringify(rec.items),
      companies: JSON.stringify(rec.companies),
      label: rec.label,
      updatedBy: by,
    },
  });
  await tx.tradeFlowSource.createMany({ data: rec.sources.map((s) => cite(rec.id, s, by)) });
}

/** The record as stored with every citation, for the journal. */
async function snapshotFlow(tx: Tx, id: string) {
  return tx.tradeFlow.findUnique({ where: { id }, include: { sources: { orderBy: { id: "asc" } } } });
}

// ─── curator mutations ───────────────────────────────────────────────────────

/** Records a new trade flow: the seed contract, its countries and spans asked of their owners, its id new to every kind. */
export async function createTradeFlow(ctx: WriteContext, raw: unknown, idempotencyKey?: string | null): Promise<string> {
  const rec = parseInput(tradeFlowRecord, compact(raw));
  await validateTradeFlows(ctx, [{ prefix: "input", rec }]);
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "createTradeFlow",
    input: rec,
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const [flow, indicator] = await Promise.all([tx.tradeFlow.findUnique({ where: { id: rec.id }, select: { id: true } }), tx.indicator.findUnique({ where: { id: rec.id }, select: { id: true } })]);
      if (flow || indicator) throw refused([{ field: "input.id", reason: `${rec.id} is already ${flow ? "a trade flow" : "an indicator"}'s id; choose another` }]);
      await insertTradeFlow(tx, rec, ctx.caller.id);
      return { entityType: "TradeFlow", entityId: rec.id, before: null, after: await snapshotFlow(tx, rec.id), result: rec.id };
    },
  });
}

/** Retracts a trade flow read at `version`: it keeps its record and history, public reads leave it out. */
export async function retractTradeFlow(ctx: WriteContext, id: string, version: number, rawReason: string, idempotencyKey?: string | null): Promise<string> {
  const reason = reasonArg(rawReason);
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "retractTradeFlow",
    input: { id, version, reason },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const before = await snapshotFlow(tx, id);
      if (!before) throw notFound("TradeFlow", "id", id);
      if (before.retractedAt) throw retractedRefusal("TradeFlow", "id", id);
      const by = ctx.caller.id;
      const { count } = await tx.tradeFlow.updateMany({
        where: { id, version, retractedAt: null },
        data: { retractedAt: new Date(), retractedBy: by, retractReason: reason, version: { increment: 1 }, updatedBy: by, updatedAt: new Date() },
      });
      if (count !== 1) throw conflict("TradeFlow", id, version, before.version);
      return { entityType: "TradeFlow", entityId: id, before, after: await snapshotFlow(tx, id), result: id };
    },
  });
}
