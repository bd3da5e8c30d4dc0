/**
 * The agreements' part of an import (see packages/runtime/src/imports.ts): staged after
 * the same validation as a curator's write, applied once the import commits. Applying
 * merges as the seed corpus always has (seeds/src/corpus.ts buildCorpus): a new id is
 * created; a known id whose defining values (kind, status) agree gains the document's
 * parties and signatories (unions), date claims and citations (those it does not hold
 * yet, retracted ones included: a retraction is not undone by importing again). A record
 * this document's own import wrote before is updated to the file's values; one a curator
 * has changed since, or another document defines differently, is left as it is and
 * reported as a conflict.
 */
import type { Database } from "@atlas/db";
import { type Caller, IMPORT_APPLIER, ImportGate, journalImportStore, type Peers, refused, assertStageable } from "@atlas/runtime";
import { z } from "zod";
import {
  type AgreementRecord,
  agreementSchema,
  cite,
  dateRow,
  insertAgreement,
  journalOf,
  parseAs,
  snapshot,
  type Tx,
  validateAgreements,
  visibleRecord,
} from "./writes";

export const importPart = z
  .object({
    /** The document the import brings: its facts are attributed to "import:<document>". */
    document: z.string().min(1),
    agreements: z.array(agreementSchema),
    /** People and events the same import introduces (the people subgraph owns them). */
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

const defining = (r: AgreementRecord) => ({ kind: r.kind, nature: r.nature, status: r.status });
/** The values a document's own import may rewrite: everything that is not merged. */
const scalars = (r: AgreementRecord) => ({ kind: r.kind, nature: r.nature, status: r.status, title: r.title, summary: r.summary ?? null, event: r.event ?? null });
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const citeKey = (c: { document: string; start: number; end: number }) => `${c.document}:${c.start}:${c.end}`;
const iso = (d?: { year: number; month?: number; day?: number }) => (d ? [d.year, d.month, d.day].filter((x) => x !== undefined).join("-") : "");
const dateKey = (d: { start: { year: number }; end?: { year: number }; source: { document: string; start: number; end: number } }) =>
  `${citeKey(d.source)}|${iso(d.start)}|${iso(d.end)}`;

async function applyPart(tx: Tx, part: ImportPart, importId: string): Promise<ApplyReport> {
  const by = `import:${part.document}`;
  const report: ApplyReport = { created: [], merged: [], unchanged: [], conflicts: [] };
  const journal = async (id: string, before: unknown) =>
    journalOf(tx).create({
      data: {
        idempotencyKey: null,
        requestHash: null,
        actor: IMPORT_APPLIER.id,
        actorName: `import of ${part.document} (${importId})`,
        role: IMPORT_APPLIER.role,
        requestId: null,
        operation: "importAgreement",
        entityType: "Agreement",
        entityId: id,
        before: before === null ? null : JSON.stringify(before),
        after: JSON.stringify(await snapshot(tx, id)),
        result: JSON.stringify(id),
      },
    });
  for (const rec of part.agreements) {
    const current = await snapshot(tx, rec.id);
    if (!current) {
      await insertAgreement(tx, rec, by);
      await journal(rec.id, null);
      report.created.push(rec.id);
      continue;
    }
    if (current.row.retractedAt) {
      report.conflicts.push({ id: rec.id, reason: `retracted by ${current.row.retractedBy} (${current.row.retractReason}); the import does not bring it back` });
      continue;
    }
    const stored = visibleRecord(current);
    let rewrite = false;
    if (!same(scalars(stored), scalars(rec))) {
      if (current.row.updatedBy === by) rewrite = true;
      else if (!same(defining(stored), defining(rec))) {
        const who = current.row.updatedBy.startsWith("key:") ? `a curator (${current.row.updatedBy}) changed it since` : `${current.row.updatedBy} defines it differently`;
        report.conflicts.push({ id: rec.id, reason: `${who}: stored ${JSON.stringify(defining(stored))}, this file ${JSON.stringify(defining(rec))}; left as stored` });
        continue;
      }
      // Otherwise only wording differs from another document's: the first one's stays, as in the corpus.
    }
    const haveSources = new Set(current.sources.map(citeKey));
    const freshSources = rec.sources.filter((s) => !haveSources.has(citeKey(s)));
    const haveDates = new Set(current.dates.map(dateKey));
    const freshDates = rec.signedOn.filter((d) => !haveDates.has(dateKey(d)));
    const moreParties = [...new Set(rec.parties)].filter((c) => !current.parties.includes(c)).sort();
    const moreSignatories = [...new Set(rec.signatories)].filter((p) => !current.signatories.includes(p));
    if (!rewrite && !freshSources.length && !freshDates.length && !moreParties.length && !moreSignatories.length) {
      report.unchanged.push(rec.id);
      continue;
    }
    await tx.agreement.update({
      where: { id: rec.id },
      data: {
        ...(rewrite
          ? { kind: rec.kind, nature: rec.nature, status: rec.status, titleEn: rec.title.en, titleAr: rec.title.ar ?? null, summary: rec.summary ?? null, eventId: rec.event ?? null, updatedBy: by }
          : {}),
        version: { increment: 1 },
        updatedAt: new Date(),
      },
    });
    if (moreParties.length) await tx.agreementParty.createMany({ data: moreParties.map((countryCode) => ({ agreementId: rec.id, countryCode })) });
    if (moreSignatories.length) await tx.agreementSignatory.createMany({ data: moreSignatories.map((personId) => ({ agreementId: rec.id, personId })) });
    if (freshDates.length) await tx.agreementDate.createMany({ data: freshDates.map((d) => dateRow(rec.id, d, by)) });
    if (freshSources.length) await tx.agreementSource.createMany({ data: freshSources.map((s) => ({ ownerId: rec.id, ...cite(s), addedBy: by })) });
    await journal(rec.id, current);
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
      const part = parseAs(importPart, json, "part");
      await assertStageable(peers, importId, part.document, ctx.requestId);
      await validateAgreements({ peers, requestId: ctx.requestId, importId }, part.agreements.map((rec, i) => ({ prefix: `part.agreements[${i}]`, rec })), part.known);
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
