/**
 * The people subgraph's writes: people with their roles, and events. A curator's mutation
 * and an import's applied part go through the same validation (the seed contract's zod
 * schemas, countries, people and documents checked with their owners, spans checked
 * against the stored text, a stated date's years read off its citation's figures) and the
 * same row writers; every write commits with its journal entry.
 */
import type { Database, RoleRow } from "@atlas/db";
import {
  type Caller,
  compact,
  conflict,
  foldForSearch,
  journaledWrite,
  notFound,
  noReferences,
  parseInput,
  type Peers,
  type Problem,
  reasonArg,
  referenceProblems,
  refused,
  refuseIf,
  retractedRefusal,
  statedYearProblems,
  type KnownIds,
  type References, DATE_ID_PREFIX, rowIdArg } from "@atlas/runtime";
import { citation as citationSchema, dateClaim as dateClaimSchema, eventRecord, personRecord, role as roleSchema } from "@atlas/seeds/src/schema";
import type { z } from "zod";

export type Tx = Parameters<Parameters<Database["prisma"]["$transaction"]>[0]>[0];
export type PersonRecord = z.infer<typeof personRecord>;
export type RoleRecord = z.infer<typeof roleSchema>;
export type EventRecord = z.infer<typeof eventRecord>;
export type DateClaim = z.infer<typeof dateClaimSchema>;
export type Citation = z.infer<typeof citationSchema>;
type PartialDate = NonNullable<RoleRecord["start"]>;

export const journalOf = (tx: Tx) => tx.peopleWrite;

export interface WriteContext {
  db: Database;
  peers: Peers;
  caller: Caller;
  requestId?: string;
}

const uniq = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

// ─── rows ────────────────────────────────────────────────────────────────────

export const cite = (c: Citation) => ({ documentId: c.document, start: c.start, end: c.end, claim: c.claim, figures: JSON.stringify(c.figures) });

/** A citation's identity when an import merges: the same span of the same document is the same citation. */
export const citeKey = (c: { document: string; start: number; end: number }) => `${c.document}:${c.start}:${c.end}`;

const dateCols = (d: PartialDate | null | undefined) => ({ year: d?.year ?? null, month: d?.month ?? null, day: d?.day ?? null });

export function roleColumns(r: RoleRecord) {
  const [start, end, asOf] = [dateCols(r.start), dateCols(r.end), dateCols(r.asOf)];
  return {
    kind: r.kind,
    titleEn: r.title.en,
    titleAr: r.title.ar ?? null,
    countryCode: r.country,
    organization: r.organization ?? null,
    startYear: start.year,
    startMonth: start.month,
    startDay: start.day,
    endYear: end.year,
    endMonth: end.month,
    endDay: end.day,
    asOfYear: asOf.year,
    asOfMonth: asOf.month,
    asOfDay: asOf.day,
  };
}

export function eventColumns(e: EventRecord) {
  return {
    kind: e.kind,
    titleEn: e.title.en,
    titleAr: e.title.ar ?? null,
    placeCountryCode: e.place?.country ?? null,
    placeCityEn: e.place?.city?.en ?? null,
    placeCityAr: e.place?.city?.ar ?? null,
  };
}

export function dateClaimRow(ownerId: string, d: DateClaim, by: string) {
  return {
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
  };
}

/** A date claim's identity when an import merges: its source span and the dates it claims. */
export const dateKey = (d: { source: { document: string; start: number; end: number }; start: PartialDate; end?: PartialDate | null }) =>
  `${citeKey(d.source)}:${JSON.stringify(d.start)}:${JSON.stringify(d.end ?? null)}`;

/** Every spelling a person is found by: both names and the aliases. */
export const namesOf = (p: Pick<PersonRecord, "name" | "aliases">): string[] => uniq([p.name.en, p.name.ar, ...p.aliases]);

export async function insertRole(tx: Tx, personId: string, r: RoleRecord, by: string): Promise<number> {
  const row = await tx.role.create({
    data: { personId, ...roleColumns(r), updatedBy: by, sources: { createMany: { data: r.sources.map((s) => ({ ...cite(s), addedBy: by })) } } },
    select: { id: true },
  });
  return row.id;
}

export async function addNames(tx: Tx, personId: string, names: readonly string[]): Promise<void> {
  if (names.length) await tx.personName.createMany({ data: uniq(names).map((name) => ({ personId, name, folded: foldForSearch(name) })) });
}

/** Creates a person with its names and roles (each role with its citations). */
export async function insertPerson(tx: Tx, p: PersonRecord, by: string): Promise<void> {
  await tx.person.create({ data: { id: p.id, nameEn: p.name.en, nameAr: p.name.ar, updatedBy: by } });
  await addNames(tx, p.id, namesOf(p));
  // Roles have generated ids: one by one, each with its citations nested.
  for (const r of p.roles) await insertRole(tx, p.id, r, by);
}

/** Creates an event with its country and participant links, date claims and citations. */
export async function insertEvent(tx: Tx, e: EventRecord, by: string): Promise<void> {
  await tx.event.create({ data: { id: e.id, ...eventColumns(e), updatedBy: by } });
  await tx.eventCountry.createMany({ data: uniq(e.countries).map((countryCode) => ({ eventId: e.id, countryCode })) });
  if (e.participants.length) await tx.eventParticipant.createMany({ data: uniq(e.participants).map((personId) => ({ eventId: e.id, personId })) });
  if (e.dates.length) await tx.eventDate.createMany({ data: e.dates.map((d) => dateClaimRow(e.id, d, by)) });
  await tx.eventSource.createMany({ data: e.sources.map((s) => ({ ownerId: e.id, ...cite(s), addedBy: by })) });
}

// ─── snapshots: the record as stored, for history, merging and updates ───────

interface CitationView extends Citation {
  id: number;
  retracted: boolean;
}

const citationView = (s: { id: number; documentId: string; start: number; end: number; claim: string; figures: string; retractedAt: Date | null }): CitationView => ({
  id: s.id,
  document: s.documentId,
  start: s.start,
  end: s.end,
  claim: s.claim,
  figures: JSON.parse(s.figures) as string[],
  retracted: s.retractedAt !== null,
});

const visibleCitations = (list: readonly CitationView[]): Citation[] => list.filter((s) => !s.retracted).map(({ id: _id, retracted: _r, ...c }) => c);

export async function roleSnapshot(tx: Tx, id: number) {
  const found = await tx.role.findUnique({ where: { id }, include: { sources: { orderBy: { id: "asc" } } } });
  if (!found) return null;
  const { sources, ...row } = found;
  return { row: row as RoleRow, sources: sources.map(citationView) };
}
export type RoleSnapshot = NonNullable<Awaited<ReturnType<typeof roleSnapshot>>>;

export async function personSnapshot(tx: Tx, id: string) {
  const row = await tx.person.findUnique({ where: { id } });
  if (!row) return null;
  const [names, roles] = await Promise.all([
    tx.personName.findMany({ where: { personId: id }, orderBy: { id: "asc" } }),
    tx.role.findMany({ where: { personId: id }, orderBy: { id: "asc" }, include: { sources: { orderBy: { id: "asc" } } } }),
  ]);
  return {
    row,
    names: names.map((n) => n.name),
    roles: roles.map(({ sources, ...r }): RoleSnapshot => ({ row: r as RoleRow, sources: sources.map(citationView) })),
  };
}

export async function eventSnapshot(tx: Tx, id: string) {
  const row = await tx.event.findUnique({ where: { id } });
  if (!row) return null;
  const [countries, participants, dates, sources] = await Promise.all([
    tx.eventCountry.findMany({ where: { eventId: id }, orderBy: { countryCode: "asc" } }),
    tx.eventParticipant.findMany({ where: { eventId: id }, orderBy: { personId: "asc" } }),
    tx.eventDate.findMany({ where: { ownerId: id }, orderBy: { id: "asc" } }),
    tx.eventSource.findMany({ where: { ownerId: id }, orderBy: { id: "asc" } }),
  ]);
  return {
    row,
    countries: countries.map((c) => c.countryCode),
    participants: participants.map((p) => p.personId),
    dates: dates.map((d) => ({
      id: d.id,
      start: { year: d.startYear, ...(d.startMonth !== null ? { month: d.startMonth } : {}), ...(d.startDay !== null ? { day: d.startDay } : {}) },
      ...(d.endYear !== null ? { end: { year: d.endYear, ...(d.endMonth !== null ? { month: d.endMonth } : {}), ...(d.endDay !== null ? { day: d.endDay } : {}) } } : {}),
      basis: d.basis as DateClaim["basis"],
      ...(d.basisNote !== null ? { basisNote: d.basisNote } : {}),
      source: { document: d.documentId, start: d.start, end: d.end, claim: d.claim, figures: JSON.parse(d.figures) as string[] },
      retracted: d.retractedAt !== null,
    })),
    sources: sources.map(citationView),
  };
}
export type EventSnapshot = NonNullable<Awaited<ReturnType<typeof eventSnapshot>>>;

const partialDateOf = (y: number | null, m: number | null, d: number | null): PartialDate | null =>
  y === null ? null : { year: y, ...(m !== null ? { month: m } : {}), ...(d !== null ? { day: d } : {}) };

export function roleRecordOf(row: RoleRow, sources: Citation[]): RoleRecord {
  return {
    kind: row.kind as RoleRecord["kind"],
    title: { en: row.titleEn, ...(row.titleAr !== null ? { ar: row.titleAr } : {}) },
    country: row.countryCode,
    organization: row.organization,
    start: partialDateOf(row.startYear, row.startMonth, row.startDay),
    end: partialDateOf(row.endYear, row.endMonth, row.endDay),
    asOf: partialDateOf(row.asOfYear, row.asOfMonth, row.asOfDay),
    sources,
  };
}

export function eventRecordOf(s: EventSnapshot): EventRecord {
  const { row } = s;
  return {
    id: row.id,
    kind: row.kind as EventRecord["kind"],
    title: { en: row.titleEn, ...(row.titleAr !== null ? { ar: row.titleAr } : {}) },
    dates: s.dates.filter((d) => !d.retracted).map(({ id: _id, retracted: _r, ...d }) => d),
    place:
      row.placeCountryCode !== null || row.placeCityEn !== null
        ? { country: row.placeCountryCode, city: row.placeCityEn !== null ? { en: row.placeCityEn, ...(row.placeCityAr !== null ? { ar: row.placeCityAr } : {}) } : null }
        : null,
    countries: s.countries,
    participants: s.participants,
    sources: visibleCitations(s.sources),
  };
}

// ─── validation ──────────────────────────────────────────────────────────────

function citationRefs(refs: References, sources: readonly Citation[], field: string): void {
  sources.forEach((c, i) => refs.citations.push({ field: `${field}[${i}]`, ref: c }));
}

function roleRefs(refs: References, r: RoleRecord, prefix: string, countries = true): void {
  if (countries && r.country) refs.countries.push({ field: `${prefix}.country`, code: r.country });
  citationRefs(refs, r.sources, `${prefix}.sources`);
}

function personRefs(refs: References, p: PersonRecord, prefix: string): void {
  p.roles.forEach((r, i) => roleRefs(refs, r, `${prefix}.roles[${i}]`));
}

function placeRefs(refs: References, e: Pick<EventRecord, "place">, prefix: string): void {
  if (e.place?.country) refs.countries.push({ field: `${prefix}.place.country`, code: e.place.country });
}

function countryListRefs(refs: References, codes: readonly string[], field: string): void {
  codes.forEach((code, i) => refs.countries.push({ field: `${field}[${i}]`, code }));
}

function participantRefs(refs: References, ids: readonly string[], field: string): void {
  ids.forEach((id, i) => refs.people.push({ field: `${field}[${i}]`, id }));
}

function dateRefs(refs: References, dates: readonly DateClaim[], field: string): void {
  dates.forEach((d, i) => refs.citations.push({ field: `${field}[${i}].source`, ref: d.source }));
}

function eventRefs(refs: References, e: EventRecord, prefix: string): void {
  countryListRefs(refs, e.countries, `${prefix}.countries`);
  placeRefs(refs, e, prefix);
  participantRefs(refs, e.participants, `${prefix}.participants`);
  dateRefs(refs, e.dates, `${prefix}.dates`);
  citationRefs(refs, e.sources, `${prefix}.sources`);
}

/** The years of STATED date claims must be among their own citation's figures. */
function dateProblems(dates: readonly DateClaim[], field: string): Problem[] {
  return dates.flatMap((d, i) => statedYearProblems(d, d.source.figures).map((reason) => ({ field: `${field}[${i}]`, reason })));
}

async function checkReferences(ctx: Pick<WriteContext, "peers" | "requestId"> & { importId?: string }, refs: References, known: KnownIds = {}): Promise<void> {
  refuseIf(await referenceProblems(ctx.peers, refs, { requestId: ctx.requestId, importId: ctx.importId }, known));
}

/**
 * Validates people and events as a whole: one reference check for all of them. People the
 * same batch brings count as existing participants. Throws BAD_USER_INPUT naming every problem.
 */
export async function validateRecords(
  ctx: Pick<WriteContext, "peers" | "requestId"> & { importId?: string },
  items: { people?: { prefix: string; rec: PersonRecord }[]; events?: { prefix: string; rec: EventRecord }[] },
  known: KnownIds = {},
): Promise<void> {
  const refs = noReferences();
  const local: Problem[] = [];
  for (const { prefix, rec } of items.people ?? []) {
    personRefs(refs, rec, prefix);
    refs.newIds!.push({ field: `${prefix}.id`, id: rec.id, kind: "Person" });
  }
  for (const { prefix, rec } of items.events ?? []) {
    eventRefs(refs, rec, prefix);
    refs.newIds!.push({ field: `${prefix}.id`, id: rec.id, kind: "Event" });
    local.push(...dateProblems(rec.dates, `${prefix}.dates`));
  }
  refuseIf(local);
  await checkReferences(ctx, refs, { people: [...(known.people ?? []), ...(items.people ?? []).map((p) => p.rec.id)], events: known.events });
}

// ─── optimistic concurrency ──────────────────────────────────────────────────

type Versioned = "Person" | "Role" | "Event";

/** Bumps the version if it is still `version`: the optimistic-concurrency gate every update passes. */
async function claimVersion(tx: Tx, type: Versioned, id: string, version: number, by: string, data: Record<string, unknown> = {}): Promise<void> {
  const where = { version, retractedAt: null };
  const set = { ...data, version: { increment: 1 }, updatedBy: by, updatedAt: new Date() };
  const select = { version: true, retractedAt: true } as const;
  let count: number;
  let now: { version: number; retractedAt: Date | null } | null;
  if (type === "Role") {
    ({ count } = await tx.role.updateMany({ where: { id: Number(id), ...where }, data: set }));
    now = count === 1 ? null : await tx.role.findUnique({ where: { id: Number(id) }, select });
  } else if (type === "Person") {
    ({ count } = await tx.person.updateMany({ where: { id, ...where }, data: set }));
    now = count === 1 ? null : await tx.person.findUnique({ where: { id }, select });
  } else {
    ({ count } = await tx.event.updateMany({ where: { id, ...where }, data: set }));
    now = count === 1 ? null : await tx.event.findUnique({ where: { id }, select });
  }
  if (count === 1) return;
  if (!now) throw notFound(type, "id", id);
  if (now.retractedAt) throw retractedRefusal(type, "id", id);
  throw conflict(type, id, version, now.version);
}

const retraction = (ctx: WriteContext, reason: string) => ({ retractedAt: new Date(), retractedBy: ctx.caller.id, retractReason: reason });

/**
 * A role's id as clients see it: "Role:<row id>", unique across types (a bare number could
 * be another type's id in a client's cache). Arguments take it or the bare number.
 */
export const ROLE_ID_PREFIX = "Role:";
export const roleIdOf = (rowId: number): string => `${ROLE_ID_PREFIX}${rowId}`;

/** A row id argument (roles, citations, date claims have integer ids, given as ID strings). */
const rowIdOf = (id: string, field: string, what: string): number =>
  what === "date claim" ? rowIdArg(field, id, DATE_ID_PREFIX) : what === "role" ? rowIdArg(field, id, ROLE_ID_PREFIX) : rowIdArg(field, id);

async function writablePerson(tx: Tx, id: string, field = "id") {
  const s = await personSnapshot(tx, id);
  if (!s) throw notFound("Person", field, id);
  if (s.row.retractedAt) throw retractedRefusal("Person", field, id);
  return s;
}

async function writableRole(tx: Tx, id: number, field = "id") {
  const s = await roleSnapshot(tx, id);
  if (!s) throw notFound("Role", field, String(id));
  if (s.row.retractedAt) throw retractedRefusal("Role", field, String(id));
  const person = await tx.person.findUnique({ where: { id: s.row.personId }, select: { retractedAt: true } });
  if (person?.retractedAt) throw retractedRefusal("Person", field, s.row.personId);
  return s;
}

async function writableEvent(tx: Tx, id: string, field = "id") {
  const s = await eventSnapshot(tx, id);
  if (!s) throw notFound("Event", field, id);
  if (s.row.retractedAt) throw retractedRefusal("Event", field, id);
  return s;
}

const kebab = (s: string): string =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/** Whether two roles are the same role (as the seed corpus merges them): kind, country and English title. */
export const sameRole = (a: Pick<RoleRecord, "kind" | "country" | "title">, b: Pick<RoleRecord, "kind" | "country" | "title">): boolean =>
  a.kind === b.kind && (a.country ?? null) === (b.country ?? null) && a.title.en.toLowerCase() === b.title.en.toLowerCase();

// ─── GraphQL input → the seed contract's record shape ────────────────────────

type Json = Record<string, unknown>;

/** GraphQL input for a role: nulls dropped, `country` present (the contract requires the key). */
const roleInput = (raw: unknown): Json => {
  const r = compact(raw) as Json;
  return { ...r, country: r.country ?? null };
};

/** A curator may leave a person's id out: it is made from the English name. */
export function personInput(raw: unknown): Json {
  const p = compact(raw) as Json;
  const name = p.name as { en?: unknown } | undefined;
  return {
    ...p,
    id: p.id ?? (typeof name?.en === "string" ? kebab(name.en) : undefined),
    roles: Array.isArray(p.roles) ? p.roles.map(roleInput) : p.roles,
  };
}

const placeInput = (place: unknown): unknown => {
  if (!place || typeof place !== "object") return place;
  const p = place as Json;
  return { country: p.country ?? null, city: p.city ?? null };
};

/** A curator may leave an event's id out: it is made from the English title. */
export function eventInput(raw: unknown): Json {
  const e = compact(raw) as Json;
  const title = e.title as { en?: unknown } | undefined;
  return {
    ...e,
    id: e.id ?? (typeof title?.en === "string" ? kebab(title.en) : undefined),
    ...("place" in e ? { place: placeInput(e.place) } : {}),
  };
}

const atLeastOneCitation = () => citationSchema.array().min(1, "a change carries at least one citation for what it changes");

// ─── people ──────────────────────────────────────────────────────────────────

export async function createPerson(ctx: WriteContext, raw: unknown, idempotencyKey?: string | null): Promise<string> {
  const rec = parseInput(personRecord, personInput(raw));
  await validateRecords(ctx, { people: [{ prefix: "input", rec }] });
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "createPerson",
    input: rec,
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      if (await tx.person.findUnique({ where: { id: rec.id }, select: { id: true } })) {
        throw refused([{ field: "input.id", reason: `person ${rec.id} already exists; update it (with its version), add a role, or choose another id` }]);
      }
      await insertPerson(tx, rec, ctx.caller.id);
      return { entityType: "Person", entityId: rec.id, before: null, after: await personSnapshot(tx, rec.id), result: rec.id };
    },
  });
}

const personNames = personRecord.pick({ id: true, name: true, aliases: true });

export async function updatePerson(ctx: WriteContext, id: string, version: number, rawPatch: unknown, rawSources: unknown, idempotencyKey?: string | null): Promise<string> {
  const sources = parseInput(atLeastOneCitation(), compact(rawSources), "sources");
  const patch = compact(rawPatch ?? {}) as { name?: unknown; aliases?: unknown };
  if (patch.name === undefined && patch.aliases === undefined) throw refused([{ field: "patch", reason: "give a name or aliases to change" }]);
  const current = await writablePerson(ctx.db.prisma as unknown as Tx, id);
  const aliasesNow = current.names.filter((n) => n !== current.row.nameEn && n !== current.row.nameAr);
  const next = parseInput(personNames, { id, name: patch.name ?? { en: current.row.nameEn, ar: current.row.nameAr }, aliases: patch.aliases ?? aliasesNow }, "patch");
  const refs = noReferences();
  citationRefs(refs, sources, "sources");
  await checkReferences(ctx, refs);
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "updatePerson",
    input: { id, version, patch: next, sources },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const before = await personSnapshot(tx, id);
      await claimVersion(tx, "Person", id, version, ctx.caller.id, { nameEn: next.name.en, nameAr: next.name.ar });
      const wanted = namesOf(next);
      // Search rows of this person, rewritten with it (the journal keeps the old list).
      await tx.personName.deleteMany({ where: { personId: id, name: { notIn: wanted } } });
      await addNames(tx, id, wanted.filter((n) => !before!.names.includes(n)));
      // A person's citations live on its roles: the change's own are kept with its journal entry.
      return { entityType: "Person", entityId: id, before, after: { ...(await personSnapshot(tx, id)), cited: sources }, result: id };
    },
  });
}

/**
 * Facts still standing that name a person: agreements they signed (asked of the agreements
 * subgraph) and events they took part in. A person named by a visible fact cannot be
 * retracted, or that fact would point at nobody (its signatories/participants are non-null).
 */
async function factsNaming(ctx: WriteContext, id: string): Promise<string[]> {
  const data = await ctx.peers.request<{ _entities: ({ agreementsSigned: { id: string }[] | null } | null)[] }>(
    "agreements",
    "query Signed($r: [_Any!]!) { _entities(representations: $r) { ... on Person { agreementsSigned { id } } } }",
    { r: [{ __typename: "Person", id }] },
    { requestId: ctx.requestId },
  );
  const agreements = (data._entities[0]?.agreementsSigned ?? []).map((a) => `agreement ${a.id}`);
  const events = await ctx.db.prisma.eventParticipant.findMany({ where: { personId: id, event: { retractedAt: null } }, select: { eventId: true } });
  return [...agreements, ...events.map((e) => `event ${e.eventId}`)];
}

export async function retractPerson(ctx: WriteContext, id: string, version: number, rawReason: string, idempotencyKey?: string | null): Promise<string> {
  const reason = reasonArg(rawReason);
  const naming = await factsNaming(ctx, id);
  if (naming.length) {
    throw refused([{ field: "id", reason: `person ${id} is named by ${naming.length} fact(s) still standing (${naming.slice(0, 5).join(", ")}${naming.length > 5 ? ", …" : ""}); retract or change those first` }]);
  }
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "retractPerson",
    input: { id, version, reason },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const before = await personSnapshot(tx, id);
      await claimVersion(tx, "Person", id, version, ctx.caller.id, retraction(ctx, reason));
      return { entityType: "Person", entityId: id, before, after: await personSnapshot(tx, id), result: id };
    },
  });
}

// ─── roles ───────────────────────────────────────────────────────────────────

export async function createRole(ctx: WriteContext, personId: string, raw: unknown, idempotencyKey?: string | null): Promise<number> {
  const rec = parseInput(roleSchema, roleInput(raw));
  await writablePerson(ctx.db.prisma as unknown as Tx, personId, "personId");
  const refs = noReferences();
  roleRefs(refs, rec, "input");
  await checkReferences(ctx, refs);
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "createRole",
    input: { personId, role: rec },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const person = await writablePerson(tx, personId, "personId");
      const same = person.roles.find((r) => !r.row.retractedAt && sameRole(roleRecordOf(r.row, []), rec));
      if (same) {
        throw refused([{ field: "input", reason: `${personId} already holds this role (${roleIdOf(same.row.id)}: ${same.row.kind}, ${same.row.countryCode ?? "no country"}, "${same.row.titleEn}"); cite it with addRoleCitation or change it with updateRole` }]);
      }
      const roleId = await insertRole(tx, personId, rec, ctx.caller.id);
      return { entityType: "Role", entityId: String(roleId), before: null, after: { personId, ...(await roleSnapshot(tx, roleId)) }, result: roleId };
    },
  });
}

export async function updateRole(ctx: WriteContext, rawId: string, version: number, rawPatch: unknown, rawSources: unknown, idempotencyKey?: string | null): Promise<number> {
  const id = rowIdOf(rawId, "id", "role");
  const sources = parseInput(atLeastOneCitation(), compact(rawSources), "sources");
  const patch = compact(rawPatch ?? {}) as Json;
  const current = await writableRole(ctx.db.prisma as unknown as Tx, id);
  const base = roleRecordOf(current.row, visibleCitations(current.sources));
  const merged = parseInput(roleSchema, { ...base, ...patch, sources: [...base.sources, ...sources] }, "patch");
  const refs = noReferences();
  if (patch.country !== undefined && merged.country) refs.countries.push({ field: "patch.country", code: merged.country });
  citationRefs(refs, sources, "sources");
  await checkReferences(ctx, refs);
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "updateRole",
    input: { id, version, patch, sources },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const before = await writableRole(tx, id);
      const twin = await tx.role.findMany({ where: { personId: before.row.personId, id: { not: id }, retractedAt: null } });
      const same = twin.find((r) => sameRole(roleRecordOf(r, []), merged));
      if (same) throw refused([{ field: "patch", reason: `${before.row.personId} already holds this role (role ${same.id}); retract one of them instead of making them the same` }]);
      await claimVersion(tx, "Role", String(id), version, ctx.caller.id, roleColumns(merged));
      await tx.roleSource.createMany({ data: sources.map((s) => ({ ownerId: id, ...cite(s), addedBy: ctx.caller.id })) });
      return { entityType: "Role", entityId: String(id), before, after: await roleSnapshot(tx, id), result: id };
    },
  });
}

export async function retractRole(ctx: WriteContext, rawId: string, version: number, rawReason: string, idempotencyKey?: string | null): Promise<number> {
  const id = rowIdOf(rawId, "id", "role");
  const reason = reasonArg(rawReason);
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "retractRole",
    input: { id, version, reason },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const before = await roleSnapshot(tx, id);
      if (!before) throw notFound("Role", "id", rawId);
      await claimVersion(tx, "Role", String(id), version, ctx.caller.id, retraction(ctx, reason));
      const left = await tx.role.count({ where: { personId: before.row.personId, retractedAt: null } });
      if (left === 0) {
        throw refused([{ field: "id", reason: `it is the last role of ${before.row.personId}: a person keeps at least one; retract the person instead` }]);
      }
      return { entityType: "Role", entityId: String(id), before, after: await roleSnapshot(tx, id), result: id };
    },
  });
}

export async function addRoleCitation(ctx: WriteContext, rawId: string, raw: unknown, idempotencyKey?: string | null): Promise<number> {
  const id = rowIdOf(rawId, "id", "role");
  const c = parseInput(citationSchema, compact(raw), "citation");
  await writableRole(ctx.db.prisma as unknown as Tx, id);
  await checkReferences(ctx, { ...noReferences(), citations: [{ field: "citation", ref: c }] });
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "addRoleCitation",
    input: { id, citation: c },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const before = await writableRole(tx, id);
      await claimVersion(tx, "Role", String(id), before.row.version, ctx.caller.id);
      await tx.roleSource.create({ data: { ownerId: id, ...cite(c), addedBy: ctx.caller.id } });
      return { entityType: "Role", entityId: String(id), before, after: await roleSnapshot(tx, id), result: id };
    },
  });
}

export async function retractRoleCitation(ctx: WriteContext, citationId: string, rawReason: string, idempotencyKey?: string | null): Promise<number> {
  const reason = reasonArg(rawReason);
  const rowId = rowIdOf(citationId, "citationId", "citation");
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "retractRoleCitation",
    input: { citationId: rowId, reason },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const c = await tx.roleSource.findUnique({ where: { id: rowId } });
      if (!c) throw notFound("citation", "citationId", citationId);
      if (c.retractedAt) throw refused([{ field: "citationId", reason: `citation ${citationId} is already retracted` }]);
      const before = await writableRole(tx, c.ownerId, "citationId");
      if (before.sources.filter((s) => !s.retracted).length <= 1) {
        throw refused([{ field: "citationId", reason: `it is the last citation of role ${c.ownerId}: a role keeps at least one; retract the role instead` }]);
      }
      await claimVersion(tx, "Role", String(c.ownerId), before.row.version, ctx.caller.id);
      await tx.roleSource.update({ where: { id: rowId }, data: retraction(ctx, reason) });
      return { entityType: "Role", entityId: String(c.ownerId), before, after: await roleSnapshot(tx, c.ownerId), result: c.ownerId };
    },
  });
}

// ─── events ──────────────────────────────────────────────────────────────────

export async function createEvent(ctx: WriteContext, raw: unknown, idempotencyKey?: string | null): Promise<string> {
  const rec = parseInput(eventRecord, eventInput(raw));
  await validateRecords(ctx, { events: [{ prefix: "input", rec }] });
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "createEvent",
    input: rec,
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      if (await tx.event.findUnique({ where: { id: rec.id }, select: { id: true } })) {
        throw refused([{ field: "input.id", reason: `event ${rec.id} already exists; update it (with its version) or choose another id` }]);
      }
      await insertEvent(tx, rec, ctx.caller.id);
      return { entityType: "Event", entityId: rec.id, before: null, after: await eventSnapshot(tx, rec.id), result: rec.id };
    },
  });
}

export async function updateEvent(ctx: WriteContext, id: string, version: number, rawPatch: unknown, rawSources: unknown, idempotencyKey?: string | null): Promise<string> {
  const sources = parseInput(atLeastOneCitation(), compact(rawSources), "sources");
  const { dates: rawDates, ...patch } = compact(rawPatch ?? {}) as Json;
  if (patch.place !== undefined) patch.place = placeInput(patch.place);
  const dates = parseInput(dateClaimSchema.array(), rawDates ?? [], "patch.dates");
  const current = await writableEvent(ctx.db.prisma as unknown as Tx, id);
  const base = eventRecordOf(current);
  const merged = parseInput(eventRecord, { ...base, ...patch, id, dates: [...base.dates, ...dates], sources: [...base.sources, ...sources] }, "patch");
  refuseIf(dateProblems(dates, "patch.dates"));
  const refs = noReferences();
  if (patch.countries !== undefined) countryListRefs(refs, merged.countries, "patch.countries");
  if (patch.place !== undefined) placeRefs(refs, merged, "patch");
  if (patch.participants !== undefined) participantRefs(refs, merged.participants, "patch.participants");
  dateRefs(refs, dates, "patch.dates");
  citationRefs(refs, sources, "sources");
  await checkReferences(ctx, refs);
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "updateEvent",
    input: { id, version, patch, dates, sources },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const before = await eventSnapshot(tx, id);
      await claimVersion(tx, "Event", id, version, ctx.caller.id, eventColumns(merged));
      // Link rows of this fact, rewritten with it (the journal keeps the old lists).
      if (patch.countries !== undefined) {
        await tx.eventCountry.deleteMany({ where: { eventId: id } });
        await tx.eventCountry.createMany({ data: uniq(merged.countries).map((countryCode) => ({ eventId: id, countryCode })) });
      }
      if (patch.participants !== undefined) {
        await tx.eventParticipant.deleteMany({ where: { eventId: id } });
        if (merged.participants.length) await tx.eventParticipant.createMany({ data: uniq(merged.participants).map((personId) => ({ eventId: id, personId })) });
      }
      if (dates.length) await tx.eventDate.createMany({ data: dates.map((d) => dateClaimRow(id, d, ctx.caller.id)) });
      await tx.eventSource.createMany({ data: sources.map((s) => ({ ownerId: id, ...cite(s), addedBy: ctx.caller.id })) });
      return { entityType: "Event", entityId: id, before, after: await eventSnapshot(tx, id), result: id };
    },
  });
}

export async function retractEvent(ctx: WriteContext, id: string, version: number, rawReason: string, idempotencyKey?: string | null): Promise<string> {
  const reason = reasonArg(rawReason);
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "retractEvent",
    input: { id, version, reason },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const before = await eventSnapshot(tx, id);
      await claimVersion(tx, "Event", id, version, ctx.caller.id, retraction(ctx, reason));
      return { entityType: "Event", entityId: id, before, after: await eventSnapshot(tx, id), result: id };
    },
  });
}

export async function addEventCitation(ctx: WriteContext, id: string, raw: unknown, idempotencyKey?: string | null): Promise<string> {
  const c = parseInput(citationSchema, compact(raw), "citation");
  await writableEvent(ctx.db.prisma as unknown as Tx, id);
  await checkReferences(ctx, { ...noReferences(), citations: [{ field: "citation", ref: c }] });
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "addEventCitation",
    input: { id, citation: c },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const before = await writableEvent(tx, id);
      await claimVersion(tx, "Event", id, before.row.version, ctx.caller.id);
      await tx.eventSource.create({ data: { ownerId: id, ...cite(c), addedBy: ctx.caller.id } });
      return { entityType: "Event", entityId: id, before, after: await eventSnapshot(tx, id), result: id };
    },
  });
}

export async function retractEventCitation(ctx: WriteContext, citationId: string, rawReason: string, idempotencyKey?: string | null): Promise<string> {
  const reason = reasonArg(rawReason);
  const rowId = rowIdOf(citationId, "citationId", "citation");
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "retractEventCitation",
    input: { citationId: rowId, reason },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const c = await tx.eventSource.findUnique({ where: { id: rowId } });
      if (!c) throw notFound("citation", "citationId", citationId);
      if (c.retractedAt) throw refused([{ field: "citationId", reason: `citation ${citationId} is already retracted` }]);
      const before = await writableEvent(tx, c.ownerId, "citationId");
      if (before.sources.filter((s) => !s.retracted).length <= 1) {
        throw refused([{ field: "citationId", reason: `it is the last citation of event ${c.ownerId}: a fact keeps at least one; retract the fact instead` }]);
      }
      await claimVersion(tx, "Event", c.ownerId, before.row.version, ctx.caller.id);
      await tx.eventSource.update({ where: { id: rowId }, data: retraction(ctx, reason) });
      return { entityType: "Event", entityId: c.ownerId, before, after: await eventSnapshot(tx, c.ownerId), result: c.ownerId };
    },
  });
}

/** Retracts one date claim (DateClaim.source.citationId is its id); the event's other claims stay. */
export async function retractEventDate(ctx: WriteContext, dateId: string, rawReason: string, idempotencyKey?: string | null): Promise<string> {
  const reason = reasonArg(rawReason);
  const rowId = rowIdOf(dateId, "dateId", "date claim");
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "retractEventDate",
    input: { dateId: rowId, reason },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const d = await tx.eventDate.findUnique({ where: { id: rowId } });
      if (!d) throw notFound("date claim", "dateId", dateId);
      if (d.retractedAt) throw refused([{ field: "dateId", reason: `date claim ${dateId} is already retracted` }]);
      const before = await writableEvent(tx, d.ownerId, "dateId");
      await claimVersion(tx, "Event", d.ownerId, before.row.version, ctx.caller.id);
      await tx.eventDate.update({ where: { id: rowId }, data: retraction(ctx, reason) });
      return { entityType: "Event", entityId: d.ownerId, before, after: await eventSnapshot(tx, d.ownerId), result: d.ownerId };
    },
  });
}
