/**
 * The countries subgraph's writes. Countries are reference data (ISO codes, names,
 * capitals) that an admin loads from the seed format's list (`upsertCountries`); what the
 * articles say about a country (its spellings there, the passages that mention it) comes
 * in with each document's import and can be retracted by a curator. Every write commits
 * with its journal entry; each country a write touches also gets an entry of its own, so
 * `Country.history` shows it.
 */
import { createHash } from "node:crypto";
import type { CountryRow, Database } from "@atlas/db";
import {
  type Caller,
  foldForSearch,
  isUniqueViolation,
  journaledWrite,
  notFound,
  parseInput,
  type Problem,
  reasonArg,
  refused,
  refuseIf, rowIdArg } from "@atlas/runtime";
import { countryRecord, type Citation, type CountryRecord } from "@atlas/seeds/src/schema";

export type Tx = Parameters<Parameters<Database["prisma"]["$transaction"]>[0]>[0];

export const journalOf = (tx: Tx) => tx.countriesWrite;

export interface WriteContext {
  db: Database;
  caller: Caller;
  requestId?: string;
}

export const cite = (c: Citation) => ({ documentId: c.document, start: c.start, end: c.end, claim: c.claim, figures: JSON.stringify(c.figures) });
/** A citation is the same citation when it points at the same span. */
export const citeKey = (c: { document: string; start: number; end: number }) => `${c.document}:${c.start}:${c.end}`;

/** The reference values of a country, as its row holds them. */
export interface Reference {
  iso3: string;
  nameEn: string;
  nameAr: string;
  capitalEn: string | null;
  capitalAr: string | null;
}

const referenceOf = (r: CountryRecord): Reference => ({
  iso3: r.iso3,
  nameEn: r.name.en,
  nameAr: r.name.ar,
  capitalEn: r.capital?.en ?? null,
  capitalAr: r.capital?.ar ?? null,
});
const storedReference = (row: CountryRow): Reference => ({ iso3: row.iso3, nameEn: row.nameEn, nameAr: row.nameAr, capitalEn: row.capitalEn, capitalAr: row.capitalAr });
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The search names a reference record gives: its names, aliases, and both codes (as the seed loader always wrote them). */
export const referenceNames = (r: CountryRecord): string[] => [...new Set([r.name.en, r.name.ar, ...r.aliases, r.code, r.iso3].map((n) => n.trim()).filter((n) => n.length > 0))];

/** Adds the spellings a country does not have yet; returns the added ones. */
export async function addNames(tx: Tx, code: string, names: readonly string[]): Promise<string[]> {
  const have = new Set((await tx.countryName.findMany({ where: { countryCode: code }, select: { name: true } })).map((n) => n.name));
  const fresh = [...new Set(names)].filter((n) => !have.has(n));
  if (fresh.length) await tx.countryName.createMany({ data: fresh.map((name) => ({ countryCode: code, name, folded: foldForSearch(name) })) });
  return fresh;
}

/** The country as stored, for the journal: reference values, spellings, citations (retracted ones flagged). */
export async function snapshot(tx: Tx, code: string) {
  const row = await tx.country.findUnique({ where: { code } });
  if (!row) return null;
  const [names, sources] = await Promise.all([
    tx.countryName.findMany({ where: { countryCode: code }, orderBy: { id: "asc" }, select: { name: true } }),
    tx.countrySource.findMany({ where: { ownerId: code }, orderBy: { id: "asc" } }),
  ]);
  return {
    code,
    reference: storedReference(row),
    names: names.map((n) => n.name),
    sources: sources.map((s) => ({ id: s.id, document: s.documentId, start: s.start, end: s.end, claim: s.claim, figures: JSON.parse(s.figures) as string[], retracted: s.retractedAt !== null })),
  };
}

/** Operations whose journal entry for a country records the reference values the list gave it. */
export const UPSERT_COUNTRY = "upsertCountry";

/** A journal entry of its own for one country a write touched (the write's own entry names the whole write). */
export async function journalCountry(tx: Tx, entry: { caller: Caller; requestId?: string; operation: string; code: string; before: unknown; after: unknown }): Promise<void> {
  await journalOf(tx).create({
    data: {
      idempotencyKey: null,
      requestHash: null,
      actor: entry.caller.id,
      actorName: entry.caller.name,
      role: entry.caller.role,
      requestId: entry.requestId ?? null,
      operation: entry.operation,
      entityType: "Country",
      entityId: entry.code,
      before: entry.before === null ? null : JSON.stringify(entry.before),
      after: JSON.stringify(entry.after),
      result: JSON.stringify(entry.code),
    },
  });
}

export interface UpsertReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  conflicts: { id: string; reason: string }[];
}

export interface UpsertResult {
  importId: string;
  records: number;
  report: UpsertReport;
}

/** Parses and checks the list: the seed format, each code and iso3 once. */
export function parseCountryList(raw: string): CountryRecord[] {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw refused([{ field: "countries", reason: "is not JSON (a JSON array in the format of seeds/data/countries.ts)" }]);
  }
  const list = parseInput(countryRecord.array().min(1, "give at least one country"), json, "countries");
  const problems: Problem[] = [];
  const codes = new Map<string, number>();
  const iso3s = new Map<string, number>();
  list.forEach((c, i) => {
    if (codes.has(c.code)) problems.push({ field: `countries[${i}].code`, reason: `${c.code} is listed twice (also countries[${codes.get(c.code)}])` });
    if (iso3s.has(c.iso3)) problems.push({ field: `countries[${i}].iso3`, reason: `${c.iso3} is listed twice (also countries[${iso3s.get(c.iso3)}])` });
    codes.set(c.code, i);
    iso3s.set(c.iso3, i);
  });
  refuseIf(problems);
  return list;
}

/** The values the reference list last gave each country (from the journal), for the ones that have an entry. */
async function lastListed(tx: Tx, codes: readonly string[]): Promise<Map<string, Reference>> {
  const rows = await journalOf(tx).findMany({
    where: { entityType: "Country", entityId: { in: [...codes] }, operation: UPSERT_COUNTRY },
    orderBy: { id: "asc" },
    select: { entityId: true, after: true },
  });
  const out = new Map<string, Reference>();
  for (const r of rows) {
    const after = JSON.parse(r.after ?? "null") as { reference?: Reference } | null;
    if (after?.reference) out.set(r.entityId, after.reference);
  }
  return out;
}

/**
 * upsertCountries (admin): creates the countries the list adds, with their spellings;
 * brings a listed country to the list's values when it still holds what the list last
 * gave it (or what the seed loader wrote, when no list has set it yet); a country whose
 * values were changed otherwise since — by a curator — is left as it is and reported as a
 * conflict. Spellings are only ever added (the articles' spellings stay). Running the same
 * list again changes nothing.
 */
export async function upsertCountries(ctx: WriteContext, raw: string, idempotencyKey?: string | null): Promise<UpsertResult> {
  const list = parseCountryList(raw);
  const importId = `countries@${createHash("sha256").update(JSON.stringify(list)).digest("hex").slice(0, 16)}`;
  const write = () =>
    journaledWrite(ctx.db.prisma, journalOf, {
      operation: "upsertCountries",
      input: list,
      idempotencyKey,
      caller: ctx.caller,
      requestId: ctx.requestId,
      run: async (tx) => {
        const codes = list.map((c) => c.code);
        const [rows, sameIso3, listed] = await Promise.all([
          tx.country.findMany({ where: { code: { in: codes } } }),
          tx.country.findMany({ where: { iso3: { in: list.map((c) => c.iso3) } }, select: { code: true, iso3: true } }),
          lastListed(tx, codes),
        ]);
        const taken = new Map(sameIso3.map((r) => [r.iso3, r.code]));
        refuseIf(
          list.flatMap((c, i) =>
            taken.has(c.iso3) && taken.get(c.iso3) !== c.code ? [{ field: `countries[${i}].iso3`, reason: `${c.iso3} is the iso3 of ${taken.get(c.iso3)}` }] : [],
          ),
        );
        const byCode = new Map(rows.map((r) => [r.code, r]));
        const report: UpsertReport = { created: [], updated: [], unchanged: [], conflicts: [] };
        for (const rec of list) {
          const want = referenceOf(rec);
          const row = byCode.get(rec.code);
          if (!row) {
            await tx.country.create({ data: { code: rec.code, ...want } });
            const names = await addNames(tx, rec.code, referenceNames(rec));
            await journalCountry(tx, { ...ctx, operation: UPSERT_COUNTRY, code: rec.code, before: null, after: { reference: want, names } });
            report.created.push(rec.code);
            continue;
          }
          const stored = storedReference(row);
          const baseline = listed.get(rec.code) ?? stored;
          if (!same(stored, want) && !same(stored, baseline)) {
            report.conflicts.push({
              id: rec.code,
              reason: `changed since the reference list last set it: stored ${JSON.stringify(stored)}, the list last gave ${JSON.stringify(baseline)}, now ${JSON.stringify(want)}; left as stored`,
            });
            continue;
          }
          if (!same(stored, want)) await tx.country.update({ where: { code: rec.code }, data: want });
          const added = await addNames(tx, rec.code, referenceNames(rec));
          if (same(stored, want) && added.length === 0) {
            report.unchanged.push(rec.code);
            continue;
          }
          await journalCountry(tx, { ...ctx, operation: UPSERT_COUNTRY, code: rec.code, before: { reference: stored }, after: { reference: want, names: added } });
          report.updated.push(rec.code);
        }
        return { entityType: "CountryList", entityId: importId, before: null, after: report, result: { importId, records: list.length, report } };
      },
    });
  try {
    return await write();
  } catch (e) {
    // Another upsert created one of these countries at the same moment: the list is idempotent, so run it again.
    if (!isUniqueViolation(e)) throw e;
    return write();
  }
}

/** retractCountryCitation (curator): the passage no longer counts as mentioning the country; public reads leave it out. */
export async function retractCountryCitation(ctx: WriteContext, citationId: string, rawReason: string, idempotencyKey?: string | null): Promise<string> {
  const reason = reasonArg(rawReason);
  const rowId = rowIdArg("citationId", citationId);
  return journaledWrite(ctx.db.prisma, journalOf, {
    operation: "retractCountryCitation",
    input: { citationId: rowId, reason },
    idempotencyKey,
    caller: ctx.caller,
    requestId: ctx.requestId,
    run: async (tx) => {
      const c = await tx.countrySource.findUnique({ where: { id: rowId } });
      if (!c) throw notFound("citation", "citationId", citationId);
      if (c.retractedAt) throw refused([{ field: "citationId", reason: `citation ${citationId} is already retracted` }]);
      const before = await snapshot(tx, c.ownerId);
      await tx.countrySource.update({ where: { id: rowId }, data: { retractedAt: new Date(), retractedBy: ctx.caller.id, retractReason: reason } });
      return { entityType: "Country", entityId: c.ownerId, before, after: await snapshot(tx, c.ownerId), result: c.ownerId };
    },
  });
}
