/**
 * The corridors' part of an import (see packages/runtime/src/imports.ts): staged after the
 * same validation as a curator's write, applied once the import commits. Applying merges
 * as the seed corpus always has (seeds/src/corpus.ts): a new id is created; a known id
 * gains the document's countries, aliases, date claims and citations it does not have yet,
 * and a summary when it has none (first wins). A corridor has no defining values that
 * could disagree; only the record this document's own import wrote, untouched since, takes
 * the file's kind, name, status and summary. A retracted corridor is left retracted and
 * reported as a conflict.
 */
import { type Database } from "@atlas/db";
import { type Caller, IMPORT_APPLIER, ImportGate, journalImportStore, type Peers, parseInput, refused, assertStageable } from "@atlas/runtime";
import { corridorRecord } from "@atlas/seeds/src/schema";
import { z } from "zod";
import {
  cite,
  citeKey,
  type CorridorRecord,
  dateKey,
  dateRow,
  insertCorridor,
  journalOf,
  namesOf,
  snapshot,
  storedRecord,
  syncNames,
  type Tx,
  validateCorridors,
} from "./writes";

export const importPart = z
  .object({
    /** The document the import brings: its facts are attributed to "import:<document>". */
    document: z.string().min(1),
    corridors: z.array(corridorRecord),
    /** People and events the same import introduces (other subgraphs own them; corridors name neither). */
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

/** What the document's own record may correct on a re-import. */
const own = (r: CorridorRecord) => ({ kind: r.kind, name: { en: r.name.en, ar: r.name.ar ?? null }, status: r.status, summary: r.summary ?? null });
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** One journal entry per corridor an import writes, so the corridor's history shows it. */
async function journalRecord(tx: Tx, importId: string, document: string, id: string, before: unknown, after: unknown): Promise<void> {
  await journalOf(tx).create({
    data: {
      idempotencyKey: null,
      requestHash: null,
      actor: IMPORT_APPLIER.id,
      actorName: `import ${importId} of document ${document}`,
      role: IMPORT_APPLIER.role,
      requestId: null,
      operation: before === null ? "importCorridor" : "mergeCorridor",
      entityType: "Corridor",
      entityId: id,
      before: before === null ? null : JSON.stringify(before),
      after: JSON.stringify(after),
      result: JSON.stringify(id),
    },
  });
}

async function applyPart(tx: Tx, part: ImportPart, importId: string): Promise<ApplyReport> {
  const by = `import:${part.document}`;
  const report: ApplyReport = { created: [], merged: [], unchanged: [], conflicts: [] };
  for (const rec of part.corridors) {
    const current = await snapshot(tx, rec.id);
    if (!current) {
      await insertCorridor(tx, rec, by);
      await journalRecord(tx, importId, part.document, rec.id, null, await snapshot(tx, rec.id));
      report.created.push(rec.id);
      continue;
    }
    if (current.row.retractedAt) {
      report.conflicts.push({ id: rec.id, reason: `retracted by ${current.row.retractedBy} (${current.row.retractReason}); the import does not bring it back` });
      continue;
    }
    const stored = storedRecord(current);
    let changed = false;

    // Scalars: the document's own record takes the file's values; any other keeps its own, and gains a missing summary.
    const ownRecord = current.row.updatedBy === by;
    const scalars = ownRecord ? own(rec) : { ...own(stored), summary: stored.summary ?? rec.summary ?? null };
    if (!same(scalars, own(stored))) {
      await tx.corridor.update({
        where: { id: rec.id },
        data: { kind: scalars.kind, nameEn: scalars.name.en, nameAr: scalars.name.ar, status: scalars.status, summary: scalars.summary },
      });
      changed = true;
    }

    // Names: the (possibly corrected) name and every alias either side knows.
    const aliases = [...new Set([...stored.aliases, ...rec.aliases])];
    const names = namesOf({ name: { en: scalars.name.en, ar: scalars.name.ar ?? undefined }, aliases });
    if (!same([...names].sort(), [...current.names].sort())) {
      await syncNames(tx, rec.id, names);
      changed = true;
    }

    const links = new Set(current.countries);
    const moreCountries = [...new Set(rec.countries)].filter((c) => !links.has(c));
    if (moreCountries.length) {
      await tx.corridorCountry.createMany({ data: moreCountries.map((countryCode) => ({ corridorId: rec.id, countryCode })) });
      changed = true;
    }

    // Date claims and citations already there (retracted ones too: a retraction is not undone by a re-import).
    const haveDates = new Set(current.dates.map(dateKey));
    const freshDates = rec.dates.filter((d, i) => !haveDates.has(dateKey(d)) && rec.dates.findIndex((e) => dateKey(e) === dateKey(d)) === i);
    if (freshDates.length) {
      await tx.corridorDate.createMany({
        data: freshDates.map((d) => dateRow(rec.id, d, by)),
      });
      changed = true;
    }
    const haveSources = new Set(current.sources.map(citeKey));
    const freshSources = rec.sources.filter((s, i) => !haveSources.has(citeKey(s)) && rec.sources.findIndex((t) => citeKey(t) === citeKey(s)) === i);
    if (freshSources.length) {
      await tx.corridorSource.createMany({
        data: freshSources.map((s) => ({ ownerId: rec.id, ...cite(s), addedBy: by })),
      });
      changed = true;
    }

    if (!changed) {
      report.unchanged.push(rec.id);
      continue;
    }
    // The record changed: a curator's update read at the old version must not overwrite it unseen.
    await tx.corridor.update({ where: { id: rec.id }, data: { version: { increment: 1 }, updatedAt: new Date() } });
    await journalRecord(tx, importId, part.document, rec.id, current, await snapshot(tx, rec.id));
    report.merged.push(rec.id);
  }
  return report;
}

export function createImports(db: Database, peers: Peers) {
  const store = journalImportStore<Tx, ImportPart>(db.prisma, { journalOf: (tx) => journalOf(tx) as never, apply: (tx, part, importId) => applyPart(tx, part, importId) });
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
      await validateCorridors({ peers, requestId: ctx.requestId, importId }, part.corridors.map((rec, i) => ({ prefix: `part.corridors[${i}]`, rec })), part.known);
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
