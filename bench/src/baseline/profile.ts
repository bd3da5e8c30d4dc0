/**
 * System D: the deep bilateral profile (tests/support/queries.ts) answered in one process
 * with direct Prisma calls and no federation: the floor the gateway is measured against.
 * Three waves of batched statements: the pair's ids, the pair's rows with their children,
 * then the rows they point to (people, party countries, documents). The answer is the same JSON the
 * federation gives, field for field and in the same order (a test checks it).
 */
import type { PrismaDb } from "@atlas/db";
import { dateClaimOf, inLang, partialDate, type DateClaimRow } from "@atlas/runtime";
import { commonDate, datesDisputed } from "@atlas/runtime/src/date-claims";

const LEADER_KINDS = ["HEAD_OF_STATE", "HEAD_OF_GOVERNMENT"];
const ALPHA2 = /^[A-Za-z]{2}$/;

const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];
const present = <T>(xs: readonly (T | undefined)[]): T[] => xs.filter((x): x is T => x !== undefined);

/** The agreements subgraph's order key: earliest claimed date as YYYY-MM-DD (0 for unknown parts), undated last. */
function agreementKey(dates: readonly DateClaimRow[]): string {
  const pad = (n: number | null): string => String(n ?? 0).padStart(2, "0");
  return dates.map((d) => `${d.startYear}-${pad(d.startMonth)}-${pad(d.startDay)}`).sort()[0] ?? "9999";
}

/** The people subgraph's order key: earliest claimed date at its precision, undated last. */
function eventKey(dates: readonly DateClaimRow[]): string {
  return dates.map((d) => dateClaimOf(d).date.iso).sort()[0] ?? "9999";
}

/** The agreements subgraph's signedOn: the part of the date every claim shares. */
const signedOn = (dates: readonly DateClaimRow[]): { iso: string } | null => {
  const d = commonDate(dates.map(dateClaimOf));
  return d ? { iso: d.iso } : null;
};

/** The people subgraph's Event.date: the same rule as signedOn. */
const eventDate = signedOn;

export class BaselineInputError extends Error {}

/** The `bilateral` field of the deep profile, or null when either country is unknown. */
export async function bilateralProfile(prisma: PrismaDb, a: string, b: string) {
  if (!ALPHA2.test(a) || !ALPHA2.test(b)) throw new BaselineInputError("a and b must be ISO 3166-1 alpha-2 codes");
  const [x, y] = [a.toUpperCase(), b.toUpperCase()].sort() as [string, string];
  if (x === y) throw new BaselineInputError("a and b must name different countries");
  // The pair's rows, found from the join tables through their (countryCode, id) indexes:
  // rows of x whose owner also has y. (Filtering the owner tables with two `some` filters
  // instead makes SQLite scan every owner row: 20-25 ms on the scale set, whatever the pair.)
  const [countries, leaderRoles, agreementIds, indicatorIds, eventIds] = await Promise.all([
    prisma.country.findMany({ where: { code: { in: [x, y] } } }),
    prisma.role.findMany({
      where: { countryCode: { in: [x, y] }, kind: { in: LEADER_KINDS } },
      select: { countryCode: true, personId: true },
      orderBy: { personId: "asc" },
    }),
    prisma.agreementParty.findMany({ where: { countryCode: x, agreement: { parties: { some: { countryCode: y } } } }, select: { agreementId: true } }),
    prisma.indicatorCountry.findMany({ where: { countryCode: x, indicator: { countries: { some: { countryCode: y } } } }, select: { indicatorId: true } }),
    prisma.eventCountry.findMany({ where: { countryCode: x, event: { countries: { some: { countryCode: y } } } }, select: { eventId: true } }),
  ]);
  const [pairAgreements, pairIndicators, pairEvents] = await Promise.all([
    prisma.agreement.findMany({
      where: { id: { in: agreementIds.map((r) => r.agreementId) }, retractedAt: null },
      include: {
        parties: { orderBy: { countryCode: "asc" } },
        signatories: { orderBy: { personId: "asc" } },
        dates: { orderBy: { id: "asc" } },
        sources: { orderBy: { id: "asc" } },
      },
    }),
    prisma.indicator.findMany({
      where: { id: { in: indicatorIds.map((r) => r.indicatorId) }, retractedAt: null },
      include: { countries: { orderBy: { countryCode: "asc" } }, sources: { orderBy: { id: "asc" } } },
    }),
    prisma.event.findMany({
      where: { id: { in: eventIds.map((r) => r.eventId) }, retractedAt: null },
      include: {
        countries: { select: { countryCode: true } },
        participants: { orderBy: { personId: "asc" } },
        dates: { orderBy: { id: "asc" } },
        sources: { orderBy: { id: "asc" } },
      },
    }),
  ]);
  // The profile's lists at their defaults (issue 13): the two countries alone, and agreements only when they are instruments.
  const agreements = pairAgreements.filter((g) => g.nature === "INSTRUMENT" && unique(g.parties.map((p) => p.countryCode)).length === 2);
  const indicators = pairIndicators.filter((i) => unique(i.countries.map((c) => c.countryCode)).length === 2);
  const events = pairEvents.filter((e) => unique(e.countries.map((c) => c.countryCode)).length === 2);
  const countryByCode = new Map(countries.map((c) => [c.code, c]));
  if (!countryByCode.has(x) || !countryByCode.has(y)) return null;

  const participantIds = unique(events.flatMap((e) => e.participants.map((p) => p.personId))).sort();
  const personIds = unique([...leaderRoles.map((r) => r.personId), ...agreements.flatMap((g) => g.signatories.map((s) => s.personId)), ...participantIds]);
  const partyCodes = unique(agreements.flatMap((g) => g.parties.map((p) => p.countryCode)));
  const documentIds = unique([...agreements, ...indicators].flatMap((r) => r.sources.map((s) => s.documentId)));

  const [persons, roles, partyCountries, documents] = await Promise.all([
    prisma.person.findMany({ where: { id: { in: personIds } }, select: { id: true, nameEn: true } }),
    prisma.role.findMany({ where: { personId: { in: participantIds }, retractedAt: null }, include: { sources: { orderBy: { id: "asc" } } }, orderBy: { id: "asc" } }),
    prisma.country.findMany({ where: { code: { in: partyCodes } }, select: { code: true, nameEn: true } }),
    prisma.document.findMany({ where: { id: { in: documentIds } }, select: { id: true, publisher: true, publishedYear: true, publishedMonth: true, publishedDay: true } }),
  ]);
  const personById = new Map(persons.map((p) => [p.id, { id: p.id, name: p.nameEn }]));
  const people = (ids: readonly string[]) => present(ids.map((id) => personById.get(id)));
  const partyName = new Map(partyCountries.map((c) => [c.code, c.nameEn]));
  const documentById = new Map(documents.map((d) => [d.id, d]));
  const rolesOf = new Map<string, typeof roles>();
  for (const r of roles) rolesOf.set(r.personId, [...(rolesOf.get(r.personId) ?? []), r]);
  const leadersOf = (code: string) => unique(leaderRoles.filter((r) => r.countryCode === code).map((r) => r.personId));
  const fullSource = (s: { documentId: string; claim: string; start: number; end: number }) => {
    const d = documentById.get(s.documentId);
    return {
      document: s.documentId,
      publisher: d?.publisher ?? null,
      publishedOn: d ? (partialDate(d.publishedYear, d.publishedMonth, d.publishedDay)?.iso ?? null) : null,
      claim: s.claim,
      start: s.start,
      end: s.end,
    };
  };

  return {
    id: `${x}-${y}`,
    countries: [x, y].map((code) => {
      const c = countryByCode.get(code)!;
      return { code: c.code, iso3: c.iso3, name: c.nameEn, arabic: inLang("AR", c.nameEn, c.nameAr), leaders: people(leadersOf(code)) };
    }),
    agreements: agreements
      .map((g) => ({ g, key: agreementKey(g.dates) }))
      .sort((p, q) => p.key.localeCompare(q.key) || p.g.id.localeCompare(q.g.id))
      .map(({ g }) => ({
        id: g.id,
        title: g.titleEn,
        kind: g.kind,
        status: g.status,
        signedOn: signedOn(g.dates),
        signedOnDisputed: datesDisputed(g.dates.map(dateClaimOf)),
        parties: unique(g.parties.map((p) => p.countryCode))
          .sort()
          .map((code) => ({ code, name: partyName.get(code) ?? null })),
        signatories: people(g.signatories.map((s) => s.personId)),
        sources: g.sources.map(fullSource),
      })),
    indicators: [...indicators]
      .sort((p, q) => (p.year ?? 9999) - (q.year ?? 9999) || p.id.localeCompare(q.id))
      .map((i) => ({
        id: i.id,
        metric: i.metric,
        kind: i.kind,
        value: i.value,
        unit: i.unit,
        year: i.year,
        changePercent: i.changePercent,
        label: i.label,
        countries: unique(i.countries.map((c) => c.countryCode))
          .sort()
          .map((code) => ({ code })),
        sources: i.sources.map(fullSource),
      })),
    events: events
      .map((e) => ({ e, key: eventKey(e.dates) }))
      .sort((p, q) => p.key.localeCompare(q.key) || p.e.id.localeCompare(q.e.id))
      .map(({ e }) => ({
        id: e.id,
        kind: e.kind,
        title: e.titleEn,
        date: eventDate(e.dates),
        participants: people(e.participants.map((p) => p.personId)),
        sources: e.sources.map((s) => ({ document: s.documentId, claim: s.claim, start: s.start, end: s.end })),
      })),
    people: people(participantIds).map((p) => ({
      ...p,
      roles: (rolesOf.get(p.id) ?? []).map((r) => ({
        kind: r.kind,
        title: r.titleEn,
        country: r.countryCode ? { code: r.countryCode } : null,
        sources: r.sources.map((s) => ({ document: s.documentId, claim: s.claim })),
      })),
    })),
  };
}
