/**
 * The indicators subgraph's writes. A curator's mutation and an import's applied part
 * go through the same validation (the seed contract's zod schema, references checked
 * with their owners, spans checked against the stored text, the value read off the
 * figures) and the same row writers; every write commits with its journal entry.
 */
import type { Database, IndicatorRow } from "@atlas/db";
import {
  type Caller,
  compact,
  conflict,
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
  rowIdArg,
  statedYearProblems,
  valueProblem,
  yearSource,
  type KnownIds,
  type References,
} from "@atlas/runtime";
import { citation as citationSchema, indicatorRecord } from "@atlas/seeds/src/schema";
import type { z } from "zod";
import { qualifierProblem, rangeProblems } from "./qualifiers";

export type Tx = Parameters<Parameters<Database["prisma"]["$transaction"]>[0]>[0];
export type IndicatorRecord = z.infer<typeof indicatorRecord>;
export type Citation = z.infer<typeof citationSchema>;

export const journalOf = (tx: Tx) => tx.indicatorsWrite;

export interface WriteContext {
  db: Database;
  peers: Peers;
  caller: Caller;
  requestId?: string;
}

const cite = (c: Citation) => ({ documentId: c.document, start: c.start, end: c.end, claim: c.claim, figures: JSON.stringify(c.figures) });

/** What a record names: its countries, its citations. */
function referencesOf(rec: IndicatorRecord, prefix: string, sources: readonly Citation[] = rec.sources, sourcesField = `${prefix}.sources`): References {
  const refs = noReferences();
  rec.countries.forEach((code, i) => refs.countries.push({ field: `${prefix}.countries[${i}]`, code }));
  if (rec.from) refs.countries.push({ field: `${prefix}.from`, code: rec.from });
  if (rec.to) refs.countries.push({ field: `${prefix}.to`, code: rec.to });
  sources.forEach((c, i) => refs.citations.push({ field: `${sourcesField}[${i}]`, ref: c }));
  return refs;
}

/** The value and a stated year must be among the figures of the given citations. */
function figureProblems(rec: IndicatorRecord, prefix: string, figures: readonly string[]): Problem[] {
  const out: Problem[] = [];
  const v = valueProblem(rec, figures);
  if (v) out.push({ field: `${prefix}.value`, reason: v });
  out.push(...rangeProblems(rec, prefix, figures));
  if (rec.year != null && !rec.basisNote && yearSource(rec.year, figures) === null) {
    out.push({ field: `${prefix}.year`, reason: `year ${rec.year} is not among the citations' figures ${JSON.stringify(figures)}; a year resolved from words like "last year" needs basisNote` });
  }
  if (rec.period) out.push(...statedYearProblems({ ...rec.period, basis: rec.basisNote ? "RELATIVE" : "STATED" }, figures).map((reason) => ({ field: `${prefix}.period`, reason })));
  return out;
}

/** A qualifier other than EXACT must be said by one of the citations' spans (one call to the sources subgraph for all). */
async function qualifierProblems(ctx: Pick<WriteContext, "peers" | "requestId"> & { importId?: string }, items: { prefix: string; rec: Pick<IndicatorRecord, "qualifier">; sources: readonly Citation[] }[]): Promise<Problem[]> {
  const asked = items.filter((it) => it.rec.qualifier !== "EXACT");
  const refs = asked.flatMap((it) => it.sources);
  if (refs.length === 0) return [];
  const spans = await ctx.peers.spans(refs, { requestId: ctx.requestId, importId: ctx.importId });
  let at = 0;
  return asked.flatMap((it) => {
    const texts = spans.slice(at, (at += it.sources.length)).map((s) => s.text ?? "");
    const p = qualifierProblem(it.rec.qualifier, it.prefix, texts);
    return p ? [p] : [];
  });
}

/** Validates records as a whole: one reference check for all of them. Throws BAD_USER_INPUT naming every problem. */
export async function validateIndicators(ctx: Pick<WriteContext, "peers" | "requestId"> & { importId?: string }, items: { prefix: string; rec: IndicatorRecord }[], known: KnownIds = {}): Promise<void> {
  const refs = noReferences();
  const local: Problem[] = [];
  for (const { prefix, rec } of items) {
    const r = referencesOf(rec, prefix);
    refs.countries.push(...r.countries);
    refs.citations.push(...r.citations);
    refs.newIds!.push({ field: `${prefix}.id`, id: rec.id, kind: "Indicator" });
    local.push(...figureProblems(rec, prefix, rec.sources.flatMap((s) => s.figures)));
  }
  refuseIf(local);
  refuseIf(await referenceProblems(ctx.peers, refs, { requestId: ctx.requestId, importId: ctx.importId }, known));
  refuseIf(await qualifierProblems(ctx, items.map(({ prefix, rec }) => ({ prefix, rec, sources: rec.sources }))));
}

/**
 * A part names its whole: an indicator that stands (stored and not retracted, or in the same
 * batch), in the same unit, and not its own part. One statement for all items.
 */
export async function partOfProblems(prisma: Database["prisma"] | Tx, items: { prefix: string; rec: Pick<IndicatorRecord, "id" | "unit" | "partOf"> }[]): Promise<Problem[]> {
  const asked = items.filter((it) => it.rec.partOf);
  if (asked.length === 0) return [];
  const batch = new Map(items.map(({ rec }) => [rec.id, { unit: rec.unit, partOf: rec.partOf ?? null }]));
  const rows = await prisma.indicator.findMany({ where: { id: { in: [...new Set(asked.map((it) => it.rec.partOf!))] }, retractedAt: null }, select: { id: true, unit: true, partOfId: true } });
  const stored = new Map(rows.map((r) => [r.id, { unit: r.unit, partOf: r.partOfId }]));
  return asked.flatMap(({ prefix, rec }): Problem[] => {
    const whole = batch.get(rec.partOf!) ?? stored.get(rec.partOf!);
    const reason = !whole
      ? `no indicator ${rec.partOf} (or it is retracted)`
      : rec.partOf === rec.id || whole.partOf === rec.id
        ? `${rec.partOf} cannot be a part of its own part`
        : whole.unit !== rec.unit
          ? `the whole ${rec.partOf} is in ${whole.unit}, this part in ${rec.unit}: a part has its whole's unit`
          : null;
    return reason ? [{ field: `${prefix}.partOf`, reason }] : [];
  });
}

const periodColumns = (period: IndicatorRecord["period"]) => ({
  periodStartYear: period?.start.year ?? null,
  periodStartMonth: period?.start.month ?? null,
  periodStartDay: period?.start.day ?? null,
  periodEndYear: period?.end?.year ?? null,
  periodEndMonth: period?.end?.month ?? null,
  periodEndDay: period?.end?.day ?? null,
});

/** Creates an indicator with its country links and citations. */
export async function insertIndicator(tx: Tx, rec: IndicatorRecord, by: string): Promise<void> {
  await tx.indicator.create({
    data: {
      id: rec.id,
      metric: rec.metric,
      kind: rec.kind,
      value: rec.value,
      qualifier: rec.qualifier,
      valueMax: rec.valueMax ?? null,
      unit: rec.unit,
      year: rec.year ?? null,
      ...periodColumns(rec.period),
      changePercent: rec.changePercent ?? null,
      label: rec.label,
      fromCode: rec.from ?? null,
      toCode: rec.to ?? null,
      basisNote: rec.basisNote ?? null,
      partOfId: rec.partOf ?? null,
      updatedBy: by,
    },
  });
  await tx.indicatorCountry.createMany({ data: [...new Set(rec.countries)].map((countryCode) => ({ indicatorId: rec.id, countryCode })) });
  await tx.indicatorSource.createMany({ data: rec.sources.map((s) => ({ ownerId: rec.id, ...cite(s), addedBy: by })) });
}

/** The record as stored (visible citations only), for history and for merging updates. */
export async function snapshot(tx: Tx, id: string) {
  const row = await tx.indicator.findUnique({ where: { id } });
  if (!row) return null;
  const [countries, sources] = await Promise.all([
    tx.indicatorCountry.findMany({ where: { indicatorId: id }, orderBy: { countryCode: "asc" } }),
    tx.indicatorSource.findMany({ where: { ownerId: id }, orderBy: { id: "asc" } }),
  ]);
  return {
    row,
    countries: countries.map((c) => c.countryCode),
    sources: sources.map((s) => ({ id: s.id, document: s.documentId, start: s.start, end: s.end, claim: s.claim, figures: JSON.parse(s.figures) as string[], retracted: s.retractedAt !== null })),
  };
}

export function recordOf(row: IndicatorRow, countries: string[], sources: Citation[]): IndicatorRecord {
  const date = (y: number | null, m: number | null, d: number | null) =>
    y === null ? undefined : { year: y, ...(m !== null ? { month: m } : {}), ...(d !== null ? { day: d } : {}) };
  const start = date(row.periodStartYear, row.periodStartMonth, row.periodStartDay);
  const end = date(row.periodEndYear, row.periodEndMonth, row.periodEndDay);
  return {
    id: row.id,
    metric: row.metric,
    kind: row.kind as IndicatorRecord["kind"],
    value: row.value,
    qualifier: row.qualifier as IndicatorRecord["qualifier"],
    ...(row.valueMax !== null ? { valueMax: row.valueMax } : {}),
    unit: row.unit,
    year: row.year,
    period: start ? { start, ...(end ? { end } : {}) } : null,
    changePercent: row.changePercent,
    label: row.label,
    countries,
    from: row.fromCode,
    to: row.toCode,
    ...(row.basisNote !== null ? { basisNote: row.basisNote } : {}),
    ...(row.partOfId !== null ? { partOf: row.partOfId } : {}),
    sources,
  };
}

/** Reads a fact for a write: it must exist and not be retracted. */
async function writable(tx: Tx, id: string, field = "id") {
  const s = await snapshot(tx, id);
  if (!s) throw notFound("Indicator", field, id);
  if (s.row.retractedAt) throw retractedRefusal("Indicator", field, id);
  return s;
}

/** Bumps the version if it is still `version`: the optimistic-concurrency gate every update passes. */
async function claimVersion(tx: Tx, id: string, version: number, by: string, data: Record<string, unknown> = {}): Promise<void> {
  const { count } = await tx.indicator.updateMany({ where: { id, version, retractedAt: null }, data: { ...data, version: { increment: 1 }, updatedBy: by, updatedAt: new Date() } });
  if (count === 1) return;
  const now = await tx.indicator.findUnique({ where: { id }, select: { version: true, retractedAt: true } });
  if (!now) throw notFound("Indicator", "id", id);
  if (now.retractedAt) throw retractedRefusal("Indicator", "id", id);
  throw conflict("Indicator", id, version, now.version);
}

const kebab = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/** A curator may leave the id out: it is made from the countries, the metric and the year. */
export function idFor(input: { id?: string | null; countries: readonly string[]; metric: string; year?: number | null }): string {
  return input.id ?? kebab([...input.countries].sort().join("-") + `-${input.metric}` + (input.year ? `-${input.year}` : ""));
}

// ─── curator mutations ───────────────────────────────────────────────────────

export async function createIndicator(ctx: WriteContext, raw: unknown, idempotencyKey?: string | null): Promise<string> {
  const rec = parseInput(indicatorRecord, compact(raw));
  await validateIndicators(ctx, [{ prefix: "input", rec }]);
  refuseIf(await partOfProblems(ctx.db.prisma, [{ prefix: "input", rec }]));
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "createIndicator",
    input: rec,
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      if (await tx.indicator.findUnique({ where: { id: rec.id }, select: { id: true } })) {
        throw refused([{ field: "input.id", reason: `indicator ${rec.id} already exists; update it (with its version) or choose another id` }]);
      }
      await insertIndicator(tx, rec, ctx.caller.id);
      return { entityType: "Indicator", entityId: rec.id, before: null, after: await snapshot(tx, rec.id), result: rec.id };
    },
  });
}

/** Fields whose change the update's own citations must state: the value (in its unit, with its qualifier), the year, the period. */
const STATED = ["value", "qualifier", "valueMax", "unit", "year", "period", "changePercent"] as const;

export async function updateIndicator(ctx: WriteContext, id: string, version: number, patch: Record<string, unknown>, rawSources: unknown, idempotencyKey?: string | null): Promise<string> {
  const sources = parseInput(citationSchema.array().min(1, "an update carries at least one citation for what it changes"), compact(rawSources), "sources");
  patch = compact(patch);
  const current = await writable(ctx.db.prisma as unknown as Tx, id);
  const base = recordOf(current.row, current.countries, current.sources.filter((s) => !s.retracted).map(({ id: _id, retracted: _r, ...c }) => c));
  const next: Record<string, unknown> = { ...base, ...patch, id, sources: [...base.sources, ...sources] };
  if (next.qualifier !== "RANGE" && !("valueMax" in patch)) delete next.valueMax; // leaving a RANGE drops its upper end
  const merged = parseInput(indicatorRecord, next, "patch");
  const changed = STATED.filter((k) => k in patch && JSON.stringify(patch[k]) !== JSON.stringify(base[k]));
  const problems: Problem[] = changed.length ? figureProblems(merged, "patch", sources.flatMap((s) => s.figures)) : [];
  if (changed.includes("changePercent") && merged.changePercent != null && valueProblem({ value: merged.changePercent, unit: "PERCENT" }, sources.flatMap((s) => s.figures))) {
    problems.push({ field: "patch.changePercent", reason: `${merged.changePercent}% is not among the update's citations' figures` });
  }
  refuseIf(problems);
  if ("partOf" in patch || "unit" in patch) refuseIf(await partOfProblems(ctx.db.prisma, [{ prefix: "patch", rec: merged }]));
  refuseIf(await referenceProblems(ctx.peers, referencesOf(merged, "patch", sources, "sources"), { requestId: ctx.requestId }));
  // A changed number (or qualifier) is stated by the update's own citations, its bound included.
  if (changed.some((k) => k === "value" || k === "qualifier" || k === "valueMax")) refuseIf(await qualifierProblems(ctx, [{ prefix: "patch", rec: merged, sources }]));
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "updateIndicator",
    input: { id, version, patch, sources },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const before = await snapshot(tx, id);
      await claimVersion(tx, id, version, ctx.caller.id, {
        metric: merged.metric,
        kind: merged.kind,
        value: merged.value,
        qualifier: merged.qualifier,
        valueMax: merged.valueMax ?? null,
        unit: merged.unit,
        year: merged.year ?? null,
        changePercent: merged.changePercent ?? null,
        label: merged.label,
        fromCode: merged.from ?? null,
        toCode: merged.to ?? null,
        basisNote: merged.basisNote ?? null,
        partOfId: merged.partOf ?? null,
        ...periodColumns(merged.period),
      });
      if ("countries" in patch && patch.countries) {
        await tx.indicatorCountry.deleteMany({ where: { indicatorId: id } }); // link rows of this fact, rewritten with it (the journal keeps the old list)
        await tx.indicatorCountry.createMany({ data: [...new Set(merged.countries)].map((countryCode) => ({ indicatorId: id, countryCode })) });
      }
      await tx.indicatorSource.createMany({ data: sources.map((s) => ({ ownerId: id, ...cite(s), addedBy: ctx.caller.id })) });
      return { entityType: "Indicator", entityId: id, before, after: await snapshot(tx, id), result: id };
    },
  });
}

export async function retractIndicator(ctx: WriteContext, id: string, version: number, rawReason: string, idempotencyKey?: string | null): Promise<string> {
  const reason = reasonArg(rawReason);
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "retractIndicator",
    input: { id, version, reason },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const before = await snapshot(tx, id);
      await claimVersion(tx, id, version, ctx.caller.id, { retractedAt: new Date(), retractedBy: ctx.caller.id, retractReason: reason });
      return { entityType: "Indicator", entityId: id, before, after: await snapshot(tx, id), result: id };
    },
  });
}

export async function addIndicatorCitation(ctx: WriteContext, id: string, raw: unknown, idempotencyKey?: string | null): Promise<string> {
  const c = parseInput(citationSchema, compact(raw), "citation");
  const current = await writable(ctx.db.prisma as unknown as Tx, id);
  const rec = recordOf(current.row, current.countries, [c]);
  const problems = [
    ...(await referenceProblems(ctx.peers, { ...noReferences(), citations: [{ field: "citation", ref: c }] }, { requestId: ctx.requestId })),
    ...figureProblems(rec, "citation", [...current.sources.filter((s) => !s.retracted).flatMap((s) => s.figures), ...c.figures]),
  ];
  refuseIf(problems);
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "addIndicatorCitation",
    input: { id, citation: c },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const before = await writable(tx, id);
      await claimVersion(tx, id, before.row.version, ctx.caller.id);
      await tx.indicatorSource.create({ data: { ownerId: id, ...cite(c), addedBy: ctx.caller.id } });
      return { entityType: "Indicator", entityId: id, before, after: await snapshot(tx, id), result: id };
    },
  });
}

export async function retractIndicatorCitation(ctx: WriteContext, citationId: string, rawReason: string, idempotencyKey?: string | null): Promise<string> {
  const reason = reasonArg(rawReason);
  const rowId = rowIdArg("citationId", citationId);
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "retractIndicatorCitation",
    input: { citationId: rowId, reason },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const c = await tx.indicatorSource.findUnique({ where: { id: rowId } });
      if (!c) throw notFound("citation", "citationId", citationId);
      if (c.retractedAt) throw refused([{ field: "citationId", reason: `citation ${citationId} is already retracted` }]);
      const before = await writable(tx, c.ownerId, "citationId");
      if (before.sources.filter((s) => !s.retracted).length <= 1) {
        throw refused([{ field: "citationId", reason: `it is the last citation of indicator ${c.ownerId}: a fact keeps at least one; retract the fact instead` }]);
      }
      await claimVersion(tx, c.ownerId, before.row.version, ctx.caller.id);
      await tx.indicatorSource.update({ where: { id: rowId }, data: { retractedAt: new Date(), retractedBy: ctx.caller.id, retractReason: reason } });
      return { entityType: "Indicator", entityId: c.ownerId, before, after: await snapshot(tx, c.ownerId), result: c.ownerId };
    },
  });
}
