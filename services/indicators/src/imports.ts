/**
 * The indicators' part of an import (see packages/runtime/src/imports.ts): staged after
 * the same validation as a curator's write, applied once the import commits. Applying
 * merges as the seed corpus always has: a new id is created; a known id gains the
 * document's citations when its defining values (metric, kind, value with its qualifier, unit, year) agree.
 * A record this document's own import wrote before is updated to the file's values; one a
 * curator has changed since, or another document defines differently, is left as it is
 * and reported as a conflict.
 */
import { type Database } from "@atlas/db";
import { type Caller, ImportGate, journalImportStore, type Peers, parseInput, refused, refuseIf, assertStageable } from "@atlas/runtime";
import { indicatorRecord, tradeFlowRecord } from "@atlas/seeds/src/schema";
import { z } from "zod";
import { applyTradeFlows, validateTradeFlows } from "./trade-flows";
import { insertIndicator, journalOf, partOfProblems, recordOf, snapshot, type Tx, validateIndicators, type IndicatorRecord } from "./writes";

export const importPart = z
  .object({
    /** The document the import brings: its facts are attributed to "import:<document>". */
    document: z.string().min(1),
    indicators: z.array(indicatorRecord),
    /** Trade flows the document states (issue 13): without numbers, so not indicators, but this subgraph's. */
    tradeFlows: z.array(tradeFlowRecord).default([]),
    /** People and events the same import introduces (other subgraphs own them). */
    known: z.object({ people: z.array(z.string()).default([]), events: z.array(z.string()).default([]) }).strict().default({ people: [], events: [] }),
  })
  .strict();
export type ImportPart = z.infer<typeof importPart>;

export interface ApplyReport {
  created: string[];
  merged: string[];
  unchanged: string[];
  conflicts: { id: string; reason: string }[];
}

const defining = (r: IndicatorRecord) => ({ metric: r.metric, kind: r.kind, value: r.value, qualifier: r.qualifier, valueMax: r.valueMax ?? null, unit: r.unit, year: r.year ?? null, partOf: r.partOf ?? null });
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const citeKey = (c: { document: string; start: number; end: number }) => `${c.document}:${c.start}:${c.end}`;

async function applyPart(tx: Tx, part: ImportPart): Promise<ApplyReport> {
  const by = `import:${part.document}`;
  const report: ApplyReport = { created: [], merged: [], unchanged: [], conflicts: [] };
  for (const rec of part.indicators) {
    const current = await snapshot(tx, rec.id);
    if (!current) {
      await insertIndicator(tx, rec, by);
      report.created.push(rec.id);
      continue;
    }
    if (current.row.retractedAt) {
      report.conflicts.push({ id: rec.id, reason: `retracted by ${current.row.retractedBy} (${current.row.retractReason}); the import does not bring it back` });
      continue;
    }
    const stored = recordOf(current.row, current.countries, []);
    if (!same(defining(stored), defining(rec))) {
      if (current.row.updatedBy !== by) {
        const who = current.row.updatedBy.startsWith("key:") ? `a curator (${current.row.updatedBy}) changed it since` : `${current.row.updatedBy} defines it differently`;
        report.conflicts.push({ id: rec.id, reason: `${who}: stored ${JSON.stringify(defining(stored))}, this file ${JSON.stringify(defining(rec))}; left as stored` });
        continue;
      }
      await tx.indicator.update({
        where: { id: rec.id },
        data: { metric: rec.metric, kind: rec.kind, value: rec.value, qualifier: rec.qualifier, valueMax: rec.valueMax ?? null, unit: rec.unit, year: rec.year ?? null, partOfId: rec.partOf ?? null, version: { increment: 1 }, updatedBy: by, updatedAt: new Date() },
      });
    }
    const have = new Set(current.sources.map(citeKey));
    const fresh = rec.sources.filter((s) => !have.has(citeKey(s)));
    if (fresh.length) {
      await tx.indicatorSource.createMany({
        data: fresh.map((s) => ({ ownerId: rec.id, documentId: s.document, start: s.start, end: s.end, claim: s.claim, figures: JSON.stringify(s.figures), addedBy: by })),
      });
      const links = new Set(current.countries);
      const more = [...new Set(rec.countries)].filter((c) => !links.has(c));
      if (more.length) await tx.indicatorCountry.createMany({ data: more.map((countryCode) => ({ indicatorId: rec.id, countryCode })) });
      // The record changed under anyone holding its old version: their update gets CONFLICT, not a silent overwrite.
      await tx.indicator.update({ where: { id: rec.id }, data: { version: { increment: 1 } } });
      report.merged.push(rec.id);
    } else if (same(defining(stored), defining(rec))) report.unchanged.push(rec.id);
    else report.merged.push(rec.id);
  }
  await applyTradeFlows(tx, part.tradeFlows, by, report);
  return report;
}

export function createImports(db: Database, peers: Peers) {
  const store = journalImportStore<Tx, ImportPart>(db.prisma, { journalOf: (tx) => journalOf(tx) as never, apply: (tx, part) => applyPart(tx, part) });
  const gate = new ImportGate(store, peers);
  return {
    gate,
    /** Validates the part like a curator's write and keeps it staged. */
    async stage(importId: string, rawPart: string, ctx: { caller: Caller; requestId?: string }) {
      let json: unknown;
      try {
        json = JSON.parse(rawPart);
      } catch {
        throw refused([{ field: "part", reason: "is not JSON" }]);
      }
      const part = parseInput(importPart, json, "part");
      await assertStageable(peers, importId, part.document, ctx.requestId);
      const items = part.indicators.map((rec, i) => ({ prefix: `part.indicators[${i}]`, rec }));
      await validateIndicators({ peers, requestId: ctx.requestId, importId }, items, part.known);
      refuseIf(await partOfProblems(db.prisma, items));
      await validateTradeFlows({ peers, requestId: ctx.requestId, importId }, part.tradeFlows.map((rec, i) => ({ prefix: `part.tradeFlows[${i}]`, rec })), part.known);
      const staged = await store.stage(importId, part, ctx.caller, ctx.requestId);
      gate.staged(importId);
      return staged;
    },
    /** Applies a committed import's part now (the gate would before the next request anyway). */
    async apply(importId: string, requestId?: string) {
      const [state] = await peers.importStates([importId], { requestId });
      if (state?.state !== "COMMITTED") throw refused([{ field: "importId", reason: `import ${importId} has not committed (${state?.state ?? "UNKNOWN"})` }]);
      return store.apply(importId);
    },
  };
}

export type Imports = ReturnType<typeof createImports>;
