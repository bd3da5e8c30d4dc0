/**
 * The countries' part of an import (see packages/runtime/src/imports.ts): what one article
 * says about the countries it mentions, i.e. the spellings it uses and the passages. Staged
 * after validation (every country is in the atlas, every span lies in the stored text and
 * holds its figures), applied once the import commits: the spellings the country does not
 * have yet become search names, the passages it does not cite yet become its citations
 * (a retracted one is not brought back). Countries themselves come only from the
 * reference list (upsertCountries).
 */
import { type Database } from "@atlas/db";
import { type Caller, IMPORT_APPLIER, ImportGate, journalImportStore, noReferences, type Peers, parseInput, type Problem, referenceProblems, refused, refuseIf, assertStageable } from "@atlas/runtime";
import { countryMention } from "@atlas/seeds/src/schema";
import { z } from "zod";
import { addNames, cite, citeKey, journalCountry, journalOf, snapshot, type Tx } from "./writes";

export const importPart = z
  .object({
    /** The document the import brings: its citations are attributed to "import:<document>". */
    document: z.string().min(1),
    countries: z.array(countryMention),
    /** People and events the same import introduces (other subgraphs own them; country mentions name neither). */
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

/** Every country named must be in the atlas (this subgraph's own table); every citation checked against the stored text. */
async function validateMentions(db: Database, peers: Peers, part: ImportPart, requestId?: string, importId?: string): Promise<void> {
  const codes = [...new Set(part.countries.map((m) => m.code))];
  const found = new Set((await db.prisma.country.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((c) => c.code));
  const local: Problem[] = part.countries.flatMap((m, i) => (found.has(m.code) ? [] : [{ field: `part.countries[${i}].code`, reason: `unknown country ${JSON.stringify(m.code)}` }]));
  refuseIf(local);
  const refs = noReferences();
  part.countries.forEach((m, i) => m.sources.forEach((ref, j) => refs.citations.push({ field: `part.countries[${i}].sources[${j}]`, ref })));
  refuseIf(await referenceProblems(peers, refs, { requestId, importId }));
}

async function applyPart(tx: Tx, part: ImportPart, importId: string): Promise<ApplyReport> {
  const by = `import:${part.document}`;
  const applier: Caller = { ...IMPORT_APPLIER, name: `import ${importId} of document ${part.document}` };
  const report: ApplyReport = { created: [], merged: [], unchanged: [], conflicts: [] };
  for (const m of part.countries) {
    const before = await snapshot(tx, m.code);
    if (!before) {
      report.conflicts.push({ id: m.code, reason: `country ${m.code} is not in the atlas; the reference list (upsertCountries) adds countries` });
      continue;
    }
    const names = await addNames(tx, m.code, m.spellings);
    const have = new Set(before.sources.map(citeKey));
    const fresh = m.sources.filter((s, i) => !have.has(citeKey(s)) && m.sources.findIndex((t) => citeKey(t) === citeKey(s)) === i);
    if (fresh.length) await tx.countrySource.createMany({ data: fresh.map((s) => ({ ownerId: m.code, ...cite(s), addedBy: by })) });
    if (names.length === 0 && fresh.length === 0) {
      if (!report.unchanged.includes(m.code)) report.unchanged.push(m.code);
      continue;
    }
    await journalCountry(tx, { caller: applier, operation: "mergeCountryMentions", code: m.code, before, after: await snapshot(tx, m.code) });
    if (!report.merged.includes(m.code)) report.merged.push(m.code);
    report.unchanged = report.unchanged.filter((c) => c !== m.code);
  }
  return report;
}

export function createImports(db: Database, peers: Peers) {
  const store = journalImportStore<Tx, ImportPart>(db.prisma, { journalOf: (tx) => journalOf(tx) as never, apply: (tx, part, importId) => applyPart(tx, part, importId) });
  const gate = new ImportGate(store, peers);
  return {
    gate,
    /** Validates the part and keeps it staged. */
    async stage(importId: string, rawPart: string, ctx: { caller: Caller; requestId?: string }) {
      let json: unknown;
      try {
        json = JSON.parse(rawPart);
      } catch {
        throw refused([{ field: "part", reason: "is not JSON" }]);
      }
      const part = parseInput(importPart, json, "part");
      await assertStageable(peers, importId, part.document, ctx.requestId);
      await validateMentions(db, peers, part, ctx.requestId, importId);
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
