/**
 * The agreements subgraph's writes. A curator's mutation and an import's applied part go
 * through the same validation (the seed contract's zod schema; parties, signatories and
 * the event checked with the subgraphs that own them; spans checked against the stored
 * text; a stated signing date's years read off its citation's figures) and the same row
 * writers; every write commits with its journal entry.
 */
import type { AgreementRow, Database } from "@atlas/db";
import {
  type Caller,
  compact,
  conflict,
  journaledWrite,
  type KnownIds,
  noReferences,
  notFound,
  type Peers,
  type Problem,
  reasonArg,
  referenceProblems,
  type References,
  refused,
  refuseIf,
  retractedRefusal,
  statedYearProblems, DATE_ID_PREFIX, rowIdArg } from "@atlas/runtime";
import { agreementRecord, citation as seedCitation, dateClaim as seedDateClaim } from "@atlas/seeds/src/schema";
import { z } from "zod";

export type Tx = Parameters<Parameters<Database["prisma"]["$transaction"]>[0]>[0];

/**
 * The seed contract, with one widening: a citation may also name a document added through
 * the API (the sources subgraph's addDocument gives it the id doc-<16 hex>, which the seed
 * files never use). Whether the document exists is asked of the sources subgraph.
 */
const documentRef = z.string().regex(/^(\d{3}_[0-9a-f]{16}|doc-[0-9a-f]{16})$/, "a document id: 000_<16 hex> (shipped article) or doc-<16 hex> (added document)");
export const citationSchema = seedCitation.safeExtend({ document: documentRef });
export const dateClaimSchema = seedDateClaim.safeExtend({ source: citationSchema });
export const agreementSchema = agreementRecord.safeExtend({
  signedOn: z.array(dateClaimSchema).default([]),
  sources: z.array(citationSchema).min(1),
});

export type AgreementRecord = z.infer<typeof agreementSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type DateClaim = z.infer<typeof dateClaimSchema>;

export const journalOf = (tx: Tx) => tx.agreementsWrite;

export interface WriteContext {
  db: Database;
  peers: Peers;
  caller: Caller;
  requestId?: string;
}

export const cite = (c: Citation) => ({ documentId: c.document, start: c.start, end: c.end, claim: c.claim, figures: JSON.stringify(c.figures) });

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

/** GraphQL's flat title fields as the seed contract's { en, ar }. */
function titleOf(input: { title?: unknown; titleAr?: unknown }, base?: AgreementRecord["title"]): unknown {
  if (input.title === undefined && input.titleAr === undefined) return base;
  const en = input.title ?? base?.en;
  const ar = input.titleAr ?? base?.ar;
  return { en, ...(ar !== undefined ? { ar } : {}) };
}

/** The GraphQL AgreementInput in the seed contract's record shape. */
export function recordInput(raw: Record<string, unknown>): Record<string, unknown> {
  const given = compact(raw);
  const { title: _title, titleAr: _titleAr, ...rest } = given;
  return { ...rest, title: titleOf(given) };
}

/** Names a zod issue path as the GraphQL input spells it (title.en is `title`, title.ar is `titleAr`). */
function fieldOf(prefix: string, path: readonly PropertyKey[]): string {
  const parts = path[0] === "title" && path.length === 2 ? [path[1] === "ar" ? "titleAr" : "title"] : path;
  return [prefix, ...parts].map((p, n) => (typeof p === "number" ? `[${p}]` : n === 0 ? String(p) : `.${String(p)}`)).join("");
}

/** Parses with a schema of the seed contract; refuses with every issue named by its input path. */
export function parseAs<T>(schema: z.ZodType<T>, input: unknown, prefix: string): T {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  throw refused(r.error.issues.map((i) => ({ field: fieldOf(prefix, i.path), reason: i.message })));
}

/** What a (partial) record names: its parties, signatories, event, and the citations of its dates and itself. */
export function referencesOf(rec: Partial<AgreementRecord>, prefix: string, sourcesField = `${prefix}.sources`): References {
  const refs = noReferences();
  rec.parties?.forEach((code, i) => refs.countries.push({ field: `${prefix}.parties[${i}]`, code }));
  rec.signatories?.forEach((id, i) => refs.people.push({ field: `${prefix}.signatories[${i}]`, id }));
  if (rec.event) refs.events.push({ field: `${prefix}.event`, id: rec.event });
  rec.signedOn?.forEach((d, i) => refs.citations.push({ field: `${prefix}.signedOn[${i}].source`, ref: d.source }));
  rec.sources?.forEach((c, i) => refs.citations.push({ field: `${sourcesField}[${i}]`, ref: c }));
  return refs;
}

const merge = (a: References, b: References): References => ({
  countries: [...a.countries, ...b.countries],
  people: [...a.people, ...b.people],
  events: [...a.events, ...b.events],
  citations: [...a.citations, ...b.citations],
  newIds: [...(a.newIds ?? []), ...(b.newIds ?? [])],
});

/** A STATED date's years must be among its own citation's figures. */
export function dateProblems(claims: readonly DateClaim[], prefix: string): Problem[] {
  return claims.flatMap((d, i) => statedYearProblems(d, d.source.figures).map((reason) => ({ field: `${prefix}[${i}]`, reason })));
}

/** Validates records as a whole: one reference check for all of them. Throws BAD_USER_INPUT naming every problem. */
export async function validateAgreements(ctx: Pick<WriteContext, "peers" | "requestId"> & { importId?: string }, items: { prefix: string; rec: AgreementRecord }[], known: KnownIds = {}): Promise<void> {
  let refs = noReferences();
  const local: Problem[] = [];
  for (const { prefix, rec } of items) {
    refs = merge(refs, referencesOf(rec, prefix));
    (refs.newIds ??= []).push({ field: `${prefix}.id`, id: rec.id, kind: "Agreement" });
    local.push(...dateProblems(rec.signedOn, `${prefix}.signedOn`));
  }
  refuseIf(local);
  refuseIf(await referenceProblems(ctx.peers, refs, { requestId: ctx.requestId, importId: ctx.importId }, known));
}

/** Creates an agreement with its parties, signatories, date claims and citations. */
export async function insertAgreement(tx: Tx, rec: AgreementRecord, by: string): Promise<void> {
  await tx.agreement.create({
    data: {
      id: rec.id,
      kind: rec.kind,
      nature: rec.nature,
      titleEn: rec.title.en,
      titleAr: rec.title.ar ?? null,
      status: rec.status,
      summary: rec.summary ?? null,
      eventId: rec.event ?? null,
      updatedBy: by,
    },
  });
  await tx.agreementParty.createMany({ data: [...new Set(rec.parties)].sort().map((countryCode) => ({ agreementId: rec.id, countryCode })) });
  await tx.agreementSignatory.createMany({ data: [...new Set(rec.signatories)].map((personId) => ({ agreementId: rec.id, personId })) });
  await tx.agreementDate.createMany({ data: rec.signedOn.map((d) => dateRow(rec.id, d, by)) });
  await tx.agreementSource.createMany({ data: rec.sources.map((s) => ({ ownerId: rec.id, ...cite(s), addedBy: by })) });
}

const citationOf = (s: { documentId: string; start: number; end: number; claim: string; figures: string }): Citation => ({
  document: s.documentId,
  start: s.start,
  end: s.end,
  claim: s.claim,
  figures: JSON.parse(s.figures) as string[],
});

/** The record as stored, every citation and date claim with its id and whether it is retracted: for history and merging. */
export async function snapshot(tx: Tx, id: string) {
  const row = await tx.agreement.findUnique({ where: { id } });
  if (!row) return null;
  const [parties, signatories, dates, sources] = await Promise.all([
    tx.agreementParty.findMany({ where: { agreementId: id }, orderBy: { countryCode: "asc" } }),
    tx.agreementSignatory.findMany({ where: { agreementId: id }, orderBy: { personId: "asc" } }),
    tx.agreementDate.findMany({ where: { ownerId: id }, orderBy: { id: "asc" } }),
    tx.agreementSource.findMany({ where: { ownerId: id }, orderBy: { id: "asc" } }),
  ]);
  const date = (y: number | null, m: number | null, d: number | null) =>
    y === null ? undefined : { year: y, ...(m !== null ? { month: m } : {}), ...(d !== null ? { day: d } : {}) };
  return {
    row,
    parties: parties.map((p) => p.countryCode),
    signatories: signatories.map((s) => s.personId),
    dates: dates.map((d) => {
      const end = date(d.endYear, d.endMonth, d.endDay);
      const claim: DateClaim = {
        start: date(d.startYear, d.startMonth, d.startDay)!,
        ...(end ? { end } : {}),
        basis: d.basis === "RELATIVE" || d.basis === "INFERRED" ? d.basis : "STATED",
        ...(d.basisNote !== null ? { basisNote: d.basisNote } : {}),
        source: citationOf(d),
      };
      return { id: d.id, ...claim, retracted: d.retractedAt !== null };
    }),
    sources: sources.map((s) => ({ id: s.id, ...citationOf(s), retracted: s.retractedAt !== null })),
  };
}
export type Snapshot = NonNullable<Awaited<ReturnType<typeof snapshot>>>;

export function recordOf(row: AgreementRow, rest: { parties: string[]; signatories: string[]; signedOn: DateClaim[]; sources: Citation[] }): AgreementRecord {
  return {
    id: row.id,
    kind: row.kind as AgreementRecord["kind"],
    nature: row.nature as AgreementRecord["nature"],
    title: { en: row.titleEn, ...(row.titleAr !== null ? { ar: row.titleAr } : {}) },
    parties: rest.parties,
    status: row.status as AgreementRecord["status"],
    signedOn: rest.signedOn,
    ...(row.eventId !== null ? { event: row.eventId } : {}),
    signatories: rest.signatories,
    ...(row.summary !== null ? { summary: row.summary } : {}),
    sources: rest.sources,
  };
}

/** The record as the public sees it: retracted citations and date claims left out. */
export function visibleRecord(s: Snapshot): AgreementRecord {
  return recordOf(s.row, {
    parties: s.parties,
    signatories: s.signatories,
    signedOn: s.dates.filter((d) => !d.retracted).map(({ id: _id, retracted: _r, ...d }) => d),
    sources: s.sources.filter((c) => !c.retracted).map(({ id: _id, retracted: _r, ...c }) => c),
  });
}

/** Reads a fact for a write: it must exist and not be retracted. */
async function writable(tx: Tx, id: string, field = "id"): Promise<Snapshot> {
  const s = await snapshot(tx, id);
  if (!s) throw notFound("Agreement", field, id);
  if (s.row.retractedAt) throw retractedRefusal("Agreement", field, id);
  return s;
}

/** Bumps the version if it is still `version`: the optimistic-concurrency gate every update passes. */
async function claimVersion(tx: Tx, id: string, version: number, by: string, data: Record<string, unknown> = {}): Promise<void> {
  const { count } = await tx.agreement.updateMany({ where: { id, version, retractedAt: null }, data: { ...data, version: { increment: 1 }, updatedBy: by, updatedAt: new Date() } });
  if (count === 1) return;
  const now = await tx.agreement.findUnique({ where: { id }, select: { version: true, retractedAt: true } });
  if (!now) throw notFound("Agreement", "id", id);
  if (now.retractedAt) throw retractedRefusal("Agreement", "id", id);
  throw conflict("Agreement", id, version, now.version);
}

const kebab = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/** A curator may leave the id out: it is made from the parties and the English title (or the kind). */
export function idFor(input: { id?: string | null; parties: readonly string[]; title: string; kind: string }): string {
  if (input.id) return input.id;
  const words = kebab(input.title) || kebab(input.kind);
  return kebab(`${[...new Set(input.parties)].sort().join("-")}-${words}`).slice(0, 80).replace(/-+$/, "");
}

const rowId = (field: string, raw: string): number => rowIdArg(field, raw);

// ─── curator mutations ───────────────────────────────────────────────────────

export async function createAgreement(ctx: WriteContext, raw: Record<string, unknown>, idempotencyKey?: string | null): Promise<string> {
  const rec = parseAs(agreementSchema, recordInput(raw), "input");
  await validateAgreements(ctx, [{ prefix: "input", rec }]);
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "createAgreement",
    input: rec,
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      if (await tx.agreement.findUnique({ where: { id: rec.id }, select: { id: true } })) {
        throw refused([{ field: "input.id", reason: `agreement ${rec.id} already exists; update it (with its version) or choose another id` }]);
      }
      await insertAgreement(tx, rec, ctx.caller.id);
      return { entityType: "Agreement", entityId: rec.id, before: null, after: await snapshot(tx, rec.id), result: rec.id };
    },
  });
}

export async function updateAgreement(
  ctx: WriteContext,
  id: string,
  version: number,
  rawPatch: Record<string, unknown>,
  rawSources: unknown,
  idempotencyKey?: string | null,
): Promise<string> {
  const sources = parseAs(citationSchema.array().min(1, "an update carries at least one citation for what it changes"), compact(rawSources), "sources");
  const patch = compact(rawPatch);
  const claims = parseAs(dateClaimSchema.array(), patch.signedOn ?? [], "patch.signedOn");
  const current = await writable(ctx.db.prisma as unknown as Tx, id);
  const base = visibleRecord(current);
  const { title: _t, titleAr: _ta, signedOn: _s, ...fields } = patch;
  const merged = parseAs(
    agreementSchema,
    { ...base, ...fields, title: titleOf(patch, base.title), id, signedOn: [...base.signedOn, ...claims], sources: [...base.sources, ...sources] },
    "patch",
  );
  refuseIf(dateProblems(claims, "patch.signedOn"));
  const changed: Partial<AgreementRecord> = {
    ...("parties" in patch ? { parties: merged.parties } : {}),
    ...("signatories" in patch ? { signatories: merged.signatories } : {}),
    ...("event" in patch ? { event: merged.event } : {}),
    signedOn: claims,
  };
  refuseIf(await referenceProblems(ctx.peers, merge(referencesOf(changed, "patch"), referencesOf({ sources }, "", "sources")), { requestId: ctx.requestId }));
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "updateAgreement",
    input: { id, version, patch, sources },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const before = await snapshot(tx, id);
      await claimVersion(tx, id, version, ctx.caller.id, {
        kind: merged.kind,
        nature: merged.nature,
        status: merged.status,
        titleEn: merged.title.en,
        titleAr: merged.title.ar ?? null,
        summary: merged.summary ?? null,
        eventId: merged.event ?? null,
      });
      // Link rows of this fact, rewritten with it (the journal keeps the old lists).
      if (changed.parties) {
        await tx.agreementParty.deleteMany({ where: { agreementId: id } });
        await tx.agreementParty.createMany({ data: [...new Set(merged.parties)].sort().map((countryCode) => ({ agreementId: id, countryCode })) });
      }
      if (changed.signatories) {
        await tx.agreementSignatory.deleteMany({ where: { agreementId: id } });
        await tx.agreementSignatory.createMany({ data: [...new Set(merged.signatories)].map((personId) => ({ agreementId: id, personId })) });
      }
      await tx.agreementDate.createMany({ data: claims.map((d) => dateRow(id, d, ctx.caller.id)) });
      await tx.agreementSource.createMany({ data: sources.map((s) => ({ ownerId: id, ...cite(s), addedBy: ctx.caller.id })) });
      return { entityType: "Agreement", entityId: id, before, after: await snapshot(tx, id), result: id };
    },
  });
}

export async function retractAgreement(ctx: WriteContext, id: string, version: number, rawReason: string, idempotencyKey?: string | null): Promise<string> {
  const reason = reasonArg(rawReason);
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "retractAgreement",
    input: { id, version, reason },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const before = await snapshot(tx, id);
      await claimVersion(tx, id, version, ctx.caller.id, { retractedAt: new Date(), retractedBy: ctx.caller.id, retractReason: reason });
      return { entityType: "Agreement", entityId: id, before, after: await snapshot(tx, id), result: id };
    },
  });
}

export async function addAgreementCitation(ctx: WriteContext, id: string, raw: unknown, idempotencyKey?: string | null): Promise<string> {
  const c = parseAs(citationSchema, compact(raw), "citation");
  await writable(ctx.db.prisma as unknown as Tx, id);
  refuseIf(await referenceProblems(ctx.peers, { ...noReferences(), citations: [{ field: "citation", ref: c }] }, { requestId: ctx.requestId }));
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "addAgreementCitation",
    input: { id, citation: c },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const before = await writable(tx, id);
      await claimVersion(tx, id, before.row.version, ctx.caller.id);
      await tx.agreementSource.create({ data: { ownerId: id, ...cite(c), addedBy: ctx.caller.id } });
      return { entityType: "Agreement", entityId: id, before, after: await snapshot(tx, id), result: id };
    },
  });
}

export async function retractAgreementCitation(ctx: WriteContext, citationId: string, rawReason: string, idempotencyKey?: string | null): Promise<string> {
  const reason = reasonArg(rawReason);
  const key = rowId("citationId", citationId);
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "retractAgreementCitation",
    input: { citationId: key, reason },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const c = await tx.agreementSource.findUnique({ where: { id: key } });
      if (!c) throw notFound("citation", "citationId", citationId);
      if (c.retractedAt) throw refused([{ field: "citationId", reason: `citation ${citationId} is already retracted` }]);
      const before = await writable(tx, c.ownerId, "citationId");
      if (before.sources.filter((s) => !s.retracted).length <= 1) {
        throw refused([{ field: "citationId", reason: `it is the last citation of agreement ${c.ownerId}: a fact keeps at least one; retract the fact instead` }]);
      }
      await claimVersion(tx, c.ownerId, before.row.version, ctx.caller.id);
      await tx.agreementSource.update({ where: { id: key }, data: { retractedAt: new Date(), retractedBy: ctx.caller.id, retractReason: reason } });
      return { entityType: "Agreement", entityId: c.ownerId, before, after: await snapshot(tx, c.ownerId), result: c.ownerId };
    },
  });
}

/** Retracts one signing-date claim; the agreement's signedOn and signedOnDisputed then leave it out. */
export async function retractAgreementDate(ctx: WriteContext, dateId: string, rawReason: string, idempotencyKey?: string | null): Promise<string> {
  const reason = reasonArg(rawReason);
  const key = rowIdArg("dateId", dateId, DATE_ID_PREFIX);
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "retractAgreementDate",
    input: { dateId: key, reason },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const d = await tx.agreementDate.findUnique({ where: { id: key } });
      if (!d) throw notFound("date claim", "dateId", dateId);
      if (d.retractedAt) throw refused([{ field: "dateId", reason: `date claim ${dateId} is already retracted` }]);
      const before = await writable(tx, d.ownerId, "dateId");
      await claimVersion(tx, d.ownerId, before.row.version, ctx.caller.id);
      await tx.agreementDate.update({ where: { id: key }, data: { retractedAt: new Date(), retractedBy: ctx.caller.id, retractReason: reason } });
      return { entityType: "Agreement", entityId: d.ownerId, before, after: await snapshot(tx, d.ownerId), result: d.ownerId };
    },
  });
}
