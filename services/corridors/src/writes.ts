/**
 * The corridors subgraph's writes. A curator's mutation and an import's applied part go
 * through the same validation (the seed contract's zod schema, countries checked with the
 * countries subgraph, spans checked against the sources subgraph's stored text, a stated
 * date's years read off its citation's figures) and the same row writers; every write
 * commits with its journal entry. The search names (corridor_name) follow the name and
 * aliases in the same transaction.
 */
import type { CorridorDateRow, CorridorRow, Database } from "@atlas/db";
import {
  type Caller,
  compact,
  conflict,
  foldForSearch,
  journaledWrite,
  type KnownIds,
  noReferences,
  notFound,
  parseInput,
  type Peers,
  type Problem,
  reasonArg,
  referenceProblems,
  type References,
  refused,
  refuseIf,
  retractedRefusal,
  statedYearProblems, DATE_ID_PREFIX, rowIdArg } from "@atlas/runtime";
import { citation as citationSchema, corridorRecord, dateClaim as dateClaimSchema } from "@atlas/seeds/src/schema";
import type { z } from "zod";

export type Tx = Parameters<Parameters<Database["prisma"]["$transaction"]>[0]>[0];
export type CorridorRecord = z.infer<typeof corridorRecord>;
export type Citation = z.infer<typeof citationSchema>;
export type DateClaim = z.infer<typeof dateClaimSchema>;

export const journalOf = (tx: Tx) => tx.corridorsWrite;

export interface WriteContext {
  db: Database;
  peers: Peers;
  caller: Caller;
  requestId?: string;
}

export const cite = (c: Citation) => ({ documentId: c.document, start: c.start, end: c.end, claim: c.claim, figures: JSON.stringify(c.figures) });

/** A date claim as a corridor_date row. */
export const dateRow = (ownerId: string, d: DateClaim, by: string) => ({
  ownerId,
  startYear: d.start.year,
  startMonth: d.start.month ?? null,
  startDay: d.start.day ?? null,
  endYear: d.end?.year ?? null,
  endMonth: d.end?.month ?? null,
  endDay: d.end?.day ?? null,
  basis: d.basis,
  basisNote: d.basisNote ?? null,
  ...cite(d.source),
  addedBy: by,
});

/** A citation is the same citation when it points at the same span. */
export const citeKey = (c: { document: string; start: number; end: number }) => `${c.document}:${c.start}:${c.end}`;
type Day = { year: number; month?: number | null; day?: number | null };
const iso = (d: Day | null | undefined) =>
  d ? [d.year, d.month, d.day].filter((x) => x !== null && x !== undefined).join("-") : "";
/** A date claim is the same claim when it gives the same dates, on the same basis, from the same span. */
export const dateKey = (d: DateClaim) => `${citeKey(d.source)}:${iso(d.start)}:${iso(d.end)}:${d.basis}`;

/** The search names of a record: its name in both languages and its aliases, once each. */
export const namesOf = (rec: Pick<CorridorRecord, "name" | "aliases">): string[] =>
  [...new Set([rec.name.en, rec.name.ar, ...rec.aliases].map((n) => n?.trim()).filter((n): n is string => !!n))];

/** What a record names: its countries, its citations and its date claims' citations. */
function referencesOf(rec: CorridorRecord, prefix: string): References {
  const refs = noReferences();
  rec.countries.forEach((code, i) => refs.countries.push({ field: `${prefix}.countries[${i}]`, code }));
  rec.sources.forEach((c, i) => refs.citations.push({ field: `${prefix}.sources[${i}]`, ref: c }));
  rec.dates.forEach((d, i) => refs.citations.push({ field: `${prefix}.dates[${i}].source`, ref: d.source }));
  return refs;
}

/** Whether `a` lies wholly before `b` (a missing month or day compares as unknown, not as earlier). */
const endsBefore = (a: Day, b: Day): boolean =>
  a.year !== b.year ? a.year < b.year : a.month != null && b.month != null && (a.month !== b.month ? a.month < b.month : a.day != null && b.day != null && a.day < b.day);

/** A STATED date's years must be among its own citation's figures; an end may not come before the start. */
function dateProblems(dates: readonly DateClaim[], prefix: string): Problem[] {
  return dates.flatMap((d, i) => [
    ...statedYearProblems(d, d.source.figures).map((reason) => ({ field: `${prefix}[${i}]`, reason })),
    ...(d.end && endsBefore(d.end, d.start) ? [{ field: `${prefix}[${i}].end`, reason: `ends (${iso(d.end)}) before it starts (${iso(d.start)})` }] : []),
  ]);
}

/** Validates records as a whole: one reference check for all of them. Throws BAD_USER_INPUT naming every problem. */
export async function validateCorridors(ctx: Pick<WriteContext, "peers" | "requestId"> & { importId?: string }, items: { prefix: string; rec: CorridorRecord }[], known: KnownIds = {}): Promise<void> {
  const refs = noReferences();
  const local: Problem[] = [];
  for (const { prefix, rec } of items) {
    const r = referencesOf(rec, prefix);
    refs.countries.push(...r.countries);
    refs.citations.push(...r.citations);
    refs.newIds!.push({ field: `${prefix}.id`, id: rec.id, kind: "Corridor" });
    local.push(...dateProblems(rec.dates, `${prefix}.dates`));
  }
  refuseIf(local);
  refuseIf(await referenceProblems(ctx.peers, refs, { requestId: ctx.requestId, importId: ctx.importId }, known));
}

/** Makes the corridor's search names exactly `names`: adds the missing ones, removes the rest. */
export async function syncNames(tx: Tx, id: string, names: readonly string[]): Promise<void> {
  const stored = await tx.corridorName.findMany({ where: { corridorId: id }, select: { id: true, name: true } });
  const want = new Set(names);
  const gone = stored.filter((n) => !want.has(n.name)).map((n) => n.id);
  if (gone.length) await tx.corridorName.deleteMany({ where: { id: { in: gone } } }); // search rows derived from name/aliases (the journal keeps the old ones)
  await addNames(tx, id, names, stored.map((n) => n.name));
}

async function addNames(tx: Tx, id: string, names: readonly string[], have: readonly string[]): Promise<string[]> {
  const known = new Set(have);
  const fresh = [...new Set(names)].filter((n) => !known.has(n));
  if (fresh.length) await tx.corridorName.createMany({ data: fresh.map((name) => ({ corridorId: id, name, folded: foldForSearch(name) })) });
  return fresh;
}

/** Creates a corridor with its names, country links, date claims and citations. */
export async function insertCorridor(tx: Tx, rec: CorridorRecord, by: string): Promise<void> {
  await tx.corridor.create({
    data: { id: rec.id, kind: rec.kind, nameEn: rec.name.en, nameAr: rec.name.ar ?? null, status: rec.status, summary: rec.summary ?? null, updatedBy: by },
  });
  await addNames(tx, rec.id, namesOf(rec), []);
  await tx.corridorCountry.createMany({ data: [...new Set(rec.countries)].map((countryCode) => ({ corridorId: rec.id, countryCode })) });
  if (rec.dates.length) await tx.corridorDate.createMany({ data: rec.dates.map((d) => dateRow(rec.id, d, by)) });
  await tx.corridorSource.createMany({ data: rec.sources.map((s) => ({ ownerId: rec.id, ...cite(s), addedBy: by })) });
}

const citationOf = (s: { documentId: string; start: number; end: number; claim: string; figures: string }): Citation => ({
  document: s.documentId,
  start: s.start,
  end: s.end,
  claim: s.claim,
  figures: JSON.parse(s.figures) as string[],
});

export function dateClaimOfRow(d: CorridorDateRow): DateClaim {
  const date = (y: number | null, m: number | null, day: number | null) =>
    y === null ? undefined : { year: y, ...(m !== null ? { month: m } : {}), ...(day !== null ? { day } : {}) };
  return {
    start: date(d.startYear, d.startMonth, d.startDay)!,
    ...(d.endYear !== null ? { end: date(d.endYear, d.endMonth, d.endDay)! } : {}),
    basis: d.basis === "RELATIVE" || d.basis === "INFERRED" ? d.basis : "STATED",
    ...(d.basisNote !== null ? { basisNote: d.basisNote } : {}),
    source: citationOf(d),
  };
}

/** The record as stored (retracted citations and date claims flagged), for history and for merging. */
export async function snapshot(tx: Tx, id: string) {
  const row = await tx.corridor.findUnique({ where: { id } });
  if (!row) return null;
  const [names, countries, dates, sources] = await Promise.all([
    tx.corridorName.findMany({ where: { corridorId: id }, orderBy: { id: "asc" } }),
    tx.corridorCountry.findMany({ where: { corridorId: id }, orderBy: { countryCode: "asc" } }),
    tx.corridorDate.findMany({ where: { ownerId: id }, orderBy: { id: "asc" } }),
    tx.corridorSource.findMany({ where: { ownerId: id }, orderBy: { id: "asc" } }),
  ]);
  return {
    row,
    names: names.map((n) => n.name),
    countries: countries.map((c) => c.countryCode),
    dates: dates.map((d) => ({ id: d.id, ...dateClaimOfRow(d), retracted: d.retractedAt !== null })),
    sources: sources.map((s) => ({ id: s.id, ...citationOf(s), retracted: s.retractedAt !== null })),
  };
}
export type Snapshot = NonNullable<Awaited<ReturnType<typeof snapshot>>>;

const visibleDates = (s: Snapshot): DateClaim[] => s.dates.filter((d) => !d.retracted).map(({ id: _id, retracted: _r, ...d }) => d);
const visibleSources = (s: Snapshot): Citation[] => s.sources.filter((c) => !c.retracted).map(({ id: _id, retracted: _r, ...c }) => c);

/** The stored corridor in the seed contract's shape; its aliases are its search names other than its name. */
export function recordOf(row: CorridorRow, names: readonly string[], countries: string[], dates: DateClaim[], sources: Citation[]): CorridorRecord {
  return {
    id: row.id,
    kind: row.kind as CorridorRecord["kind"],
    name: { en: row.nameEn, ...(row.nameAr !== null ? { ar: row.nameAr } : {}) },
    aliases: names.filter((n) => n !== row.nameEn && n !== row.nameAr),
    countries,
    status: row.status as CorridorRecord["status"],
    dates,
    ...(row.summary !== null ? { summary: row.summary } : {}),
    sources,
  };
}

export const storedRecord = (s: Snapshot): CorridorRecord => recordOf(s.row, s.names, s.countries, visibleDates(s), visibleSources(s));

/** Reads a fact for a write: it must exist and not be retracted. */
async function writable(tx: Tx, id: string, field = "id"): Promise<Snapshot> {
  const s = await snapshot(tx, id);
  if (!s) throw notFound("Corridor", field, id);
  if (s.row.retractedAt) throw retractedRefusal("Corridor", field, id);
  return s;
}

/** Bumps the version if it is still `version`: the optimistic-concurrency gate every update passes. */
async function claimVersion(tx: Tx, id: string, version: number, by: string, data: Record<string, unknown> = {}): Promise<void> {
  const { count } = await tx.corridor.updateMany({ where: { id, version, retractedAt: null }, data: { ...data, version: { increment: 1 }, updatedBy: by, updatedAt: new Date() } });
  if (count === 1) return;
  const now = await tx.corridor.findUnique({ where: { id }, select: { version: true, retractedAt: true } });
  if (!now) throw notFound("Corridor", "id", id);
  if (now.retractedAt) throw retractedRefusal("Corridor", "id", id);
  throw conflict("Corridor", id, version, now.version);
}

const kebab = (s: string): string =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/** A curator may leave the id out: it is made from the English name. */
export function idFor(input: { id?: string | null; name: { en: string } }): string {
  return input.id ?? kebab(input.name.en);
}

// ─── curator mutations ───────────────────────────────────────────────────────

export async function createCorridor(ctx: WriteContext, raw: unknown, idempotencyKey?: string | null): Promise<string> {
  const rec = parseInput(corridorRecord, compact(raw));
  await validateCorridors(ctx, [{ prefix: "input", rec }]);
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "createCorridor",
    input: rec,
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      if (await tx.corridor.findUnique({ where: { id: rec.id }, select: { id: true } })) {
        throw refused([{ field: "input.id", reason: `corridor ${rec.id} already exists; update it (with its version) or choose another id` }]);
      }
      await insertCorridor(tx, rec, ctx.caller.id);
      return { entityType: "Corridor", entityId: rec.id, before: null, after: await snapshot(tx, rec.id), result: rec.id };
    },
  });
}

export async function updateCorridor(ctx: WriteContext, id: string, version: number, rawPatch: Record<string, unknown>, rawSources: unknown, idempotencyKey?: string | null): Promise<string> {
  const sources = parseInput(citationSchema.array().min(1, "an update carries at least one citation for what it changes"), compact(rawSources), "sources");
  const { dates: rawDates, ...patch } = compact(rawPatch);
  const newDates = parseInput(dateClaimSchema.array(), rawDates ?? [], "patch.dates");
  const current = await writable(ctx.db.prisma as unknown as Tx, id);
  const base = storedRecord(current);
  const merged = parseInput(corridorRecord, { ...base, ...patch, id, dates: [...base.dates, ...newDates], sources: [...base.sources, ...sources] }, "patch");
  const refs = noReferences();
  if (patch.countries) merged.countries.forEach((code, i) => refs.countries.push({ field: `patch.countries[${i}]`, code }));
  sources.forEach((c, i) => refs.citations.push({ field: `sources[${i}]`, ref: c }));
  newDates.forEach((d, i) => refs.citations.push({ field: `patch.dates[${i}].source`, ref: d.source }));
  refuseIf(dateProblems(newDates, "patch.dates"));
  refuseIf(await referenceProblems(ctx.peers, refs, { requestId: ctx.requestId }));
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "updateCorridor",
    input: { id, version, patch: { ...patch, ...(newDates.length ? { dates: newDates } : {}) }, sources },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const before = await snapshot(tx, id);
      await claimVersion(tx, id, version, ctx.caller.id, {
        kind: merged.kind,
        nameEn: merged.name.en,
        nameAr: merged.name.ar ?? null,
        status: merged.status,
        summary: merged.summary ?? null,
      });
      if ("name" in patch || "aliases" in patch) await syncNames(tx, id, namesOf(merged));
      if (patch.countries) {
        await tx.corridorCountry.deleteMany({ where: { corridorId: id } }); // link rows of this fact, rewritten with it (the journal keeps the old list)
        await tx.corridorCountry.createMany({ data: [...new Set(merged.countries)].map((countryCode) => ({ corridorId: id, countryCode })) });
      }
      if (newDates.length) await tx.corridorDate.createMany({ data: newDates.map((d) => dateRow(id, d, ctx.caller.id)) });
      await tx.corridorSource.createMany({ data: sources.map((s) => ({ ownerId: id, ...cite(s), addedBy: ctx.caller.id })) });
      return { entityType: "Corridor", entityId: id, before, after: await snapshot(tx, id), result: id };
    },
  });
}

export async function retractCorridor(ctx: WriteContext, id: string, version: number, rawReason: string, idempotencyKey?: string | null): Promise<string> {
  const reason = reasonArg(rawReason);
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "retractCorridor",
    input: { id, version, reason },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const before = await snapshot(tx, id);
      await claimVersion(tx, id, version, ctx.caller.id, { retractedAt: new Date(), retractedBy: ctx.caller.id, retractReason: reason });
      return { entityType: "Corridor", entityId: id, before, after: await snapshot(tx, id), result: id };
    },
  });
}

export async function addCorridorCitation(ctx: WriteContext, id: string, raw: unknown, idempotencyKey?: string | null): Promise<string> {
  const c = parseInput(citationSchema, compact(raw), "citation");
  await writable(ctx.db.prisma as unknown as Tx, id);
  refuseIf(await referenceProblems(ctx.peers, { ...noReferences(), citations: [{ field: "citation", ref: c }] }, { requestId: ctx.requestId }));
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "addCorridorCitation",
    input: { id, citation: c },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const before = await writable(tx, id);
      await claimVersion(tx, id, before.row.version, ctx.caller.id);
      await tx.corridorSource.create({ data: { ownerId: id, ...cite(c), addedBy: ctx.caller.id } });
      return { entityType: "Corridor", entityId: id, before, after: await snapshot(tx, id), result: id };
    },
  });
}

export { DATE_ID_PREFIX };

export async function retractCorridorCitation(ctx: WriteContext, citationId: string, rawReason: string, idempotencyKey?: string | null): Promise<string> {
  const reason = reasonArg(rawReason);
  const rowId = rowIdArg("citationId", citationId);
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "retractCorridorCitation",
    input: { citationId: rowId, reason },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const c = await tx.corridorSource.findUnique({ where: { id: rowId } });
      if (!c) throw notFound("citation", "citationId", citationId);
      if (c.retractedAt) throw refused([{ field: "citationId", reason: `citation ${citationId} is already retracted` }]);
      const before = await writable(tx, c.ownerId, "citationId");
      if (before.sources.filter((s) => !s.retracted).length <= 1) {
        throw refused([{ field: "citationId", reason: `it is the last citation of corridor ${c.ownerId}: a fact keeps at least one; retract the fact instead` }]);
      }
      await claimVersion(tx, c.ownerId, before.row.version, ctx.caller.id);
      await tx.corridorSource.update({ where: { id: rowId }, data: { retractedAt: new Date(), retractedBy: ctx.caller.id, retractReason: reason } });
      return { entityType: "Corridor", entityId: c.ownerId, before, after: await snapshot(tx, c.ownerId), result: c.ownerId };
    },
  });
}

export async function retractCorridorDate(ctx: WriteContext, dateId: string, rawReason: string, idempotencyKey?: string | null): Promise<string> {
  const reason = reasonArg(rawReason);
  const rowId = rowIdArg("dateId", dateId, DATE_ID_PREFIX);
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "retractCorridorDate",
    input: { dateId: rowId, reason },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const d = await tx.corridorDate.findUnique({ where: { id: rowId } });
      if (!d) throw notFound("date claim", "dateId", dateId);
      if (d.retractedAt) throw refused([{ field: "dateId", reason: `date claim ${dateId} is already retracted` }]);
      const before = await writable(tx, d.ownerId, "dateId");
      await claimVersion(tx, d.ownerId, before.row.version, ctx.caller.id);
      await tx.corridorDate.update({ where: { id: rowId }, data: { retractedAt: new Date(), retractedBy: ctx.caller.id, retractReason: reason } });
      return { entityType: "Corridor", entityId: d.ownerId, before, after: await snapshot(tx, d.ownerId), result: d.ownerId };
    },
  });
}
