/**
 * Issue 11, "Batches of any size": a DataLoader batch is one SQL statement however many
 * keys it carries. SQLite refuses a statement with more than 999 bind parameters, so the
 * keys travel as one parameter (packages/runtime/src/batch.ts). On a throw-away database
 * holding the corpus, the RU–AZ relation is grown well past that limit (2,500 agreements,
 * 2,500 indicators, 1,200 events with 1,200 participants), and the deep profile must
 * answer in full with as many statements as the profile of a pair with a handful of rows.
 */
import { createDb, type Database, type Provider } from "@atlas/db";
import { idsByPair, linksOfPairs } from "@atlas/runtime";
import { keyedReadSql, rowsByKeys, type KeyedRead } from "@atlas/runtime/src/batch";
import { seedStore } from "../scripts/local-subgraphs";
import { freshDatabase, type TestDatabase } from "./support/db";
import { startFederation, type Federation } from "./support/federation";
import { BILATERAL_PROFILE } from "./support/queries";

const AGREEMENTS = 2500;
const INDICATORS = 2500;
const EVENTS = 1200;
const DOCUMENT = "002_76e874a06d3d543b";
const CITE = { documentId: DOCUMENT, start: 0, end: 10, claim: "synthetic row for the batch-size test", figures: "[]" };

/**
 * Every subgraph, the gateway and this test share one process (and, in CI, a busy CPU):
 * answers of thousands of entities take seconds here. This test is about complete answers
 * and statement counts, not latency, so the subgraphs get longer than the default 5 s, and
 * the whole request longer than the default 10 s (GATEWAY_REQUEST_TIMEOUT_MS): on a slow CI
 * machine the grown profile once took longer than that and ended in DEADLINE_EXCEEDED.
 */
// Batches, not budgets: the grown pair's profile is estimated at about 610,000 with its live list sizes.
const GENEROUS = { gateway: { subgraphTimeoutMs: 60_000, requestTimeoutMs: 120_000, limits: { maxCost: 100_000_000 } } };

let test: TestDatabase;
let db: Database;
let fed: Federation;

jest.setTimeout(240_000);

beforeAll(async () => {
  test = await freshDatabase("batches");
  db = createDb(test.url);
  await seedStore(db);
  fed = await startFederation(db, GENEROUS);
});
afterAll(async () => {
  await fed?.stop();
  await db?.close();
  await test?.drop();
});

/** createMany in slices: test set-up only (Prisma's own inserts bind every value). */
async function insert<T>(rows: T[], createMany: (data: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 50) await createMany(rows.slice(i, i + 50));
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/**
 * Adds to the pair (a, b) `n` agreements (parties, a signatory, a date, a source),
 * `n` indicators (countries, a source) and `e` events (countries, a date, a source, one
 * participant each: a new person with a sourced role).
 */
async function grow(tag: string, [a, b]: [string, string], n: number, e: number): Promise<void> {
  const p = db.prisma;
  const agreements = range(n).map((i) => `x-${tag}-agreement-${i}`);
  const indicators = range(n).map((i) => `x-${tag}-indicator-${i}`);
  const events = range(e).map((i) => `x-${tag}-event-${i}`);
  const people = range(e).map((i) => `x-${tag}-person-${i}`);
  await insert(agreements.map((id) => ({ id, kind: "MEMORANDUM", titleEn: id, status: "SIGNED" })), (data) => p.agreement.createMany({ data }));
  await insert(agreements.flatMap((agreementId) => [{ agreementId, countryCode: a }, { agreementId, countryCode: b }]), (data) => p.agreementParty.createMany({ data }));
  await insert(agreements.map((agreementId) => ({ agreementId, personId: "vladimir-putin" })), (data) => p.agreementSignatory.createMany({ data }));
  await insert(agreements.map((ownerId, i) => ({ ownerId, startYear: 2000 + (i % 25), basis: "STATED", ...CITE })), (data) => p.agreementDate.createMany({ data }));
  await insert(agreements.map((ownerId) => ({ ownerId, ...CITE })), (data) => p.agreementSource.createMany({ data }));
  await insert(indicators.map((id, i) => ({ id, metric: "SYNTHETIC", kind: "ACTUAL", value: i + 0.5, unit: "USD", year: 2000 + (i % 25), changePercent: 1.25, label: id })), (data) =>
    p.indicator.createMany({ data }),
  );
  await insert(indicators.flatMap((indicatorId) => [{ indicatorId, countryCode: a }, { indicatorId, countryCode: b }]), (data) => p.indicatorCountry.createMany({ data }));
  await insert(indicators.map((ownerId) => ({ ownerId, ...CITE })), (data) => p.indicatorSource.createMany({ data }));
  await insert(people.map((id) => ({ id, nameEn: id, nameAr: id })), (data) => p.person.createMany({ data }));
  await insert(people.map((personId, i) => ({ personId, kind: "OFFICIAL", titleEn: "synthetic", countryCode: i % 2 ? a : b })), (data) => p.role.createMany({ data }));
  const roles = await p.role.findMany({ where: { personId: { startsWith: `x-${tag}-person-` } }, select: { id: true } });
  await insert(roles.map(({ id }) => ({ ownerId: id, ...CITE })), (data) => p.roleSource.createMany({ data }));
  await insert(events.map((id) => ({ id, kind: "MEETING", titleEn: id })), (data) => p.event.createMany({ data }));
  await insert(events.flatMap((eventId) => [{ eventId, countryCode: a }, { eventId, countryCode: b }]), (data) => p.eventCountry.createMany({ data }));
  await insert(events.map((eventId, i) => ({ eventId, personId: people[i]! })), (data) => p.eventParticipant.createMany({ data }));
  await insert(events.map((ownerId, i) => ({ ownerId, startYear: 2000 + (i % 25), basis: "STATED", ...CITE })), (data) => p.eventDate.createMany({ data }));
  await insert(events.map((ownerId) => ({ ownerId, ...CITE })), (data) => p.eventSource.createMany({ data }));
}

interface Profile {
  bilateral: {
    agreements: { id: string; parties: { code: string }[]; signatories: { id: string }[]; sources: { document: string; publisher: string | null }[]; signedOn: { iso: string } | null }[];
    indicators: { id: string; value: number; changePercent: number | null; countries: { code: string }[]; sources: { document: string }[] }[];
    events: { id: string; date: { iso: string } | null; participants: { id: string; name: string }[]; sources: { document: string }[] }[];
    people: { id: string; roles: { kind: string; country: { code: string } | null; sources: { document: string }[] }[] }[];
  };
}

async function profile(a: string, b: string): Promise<{ statements: number; ms: number; data: Profile["bilateral"] }> {
  const before = db.statements.total;
  const t0 = Date.now();
  const r = await fed.query<Profile>(BILATERAL_PROFILE, { a, b });
  const ms = Date.now() - t0;
  const statements = db.statements.total - before;
  expect(r.errors).toBeUndefined();
  return { statements, ms, data: r.data!.bilateral };
}

const timings: Record<string, unknown> = {};

describe("batches over 999 keys", () => {
  let corpus: Profile["bilateral"];
  const small: [string, string] = ["AZ", "UZ"];

  beforeAll(async () => {
    await profile("RU", "AZ"); // warm-up: the gateway's first query plan
    corpus = (await profile("RU", "AZ")).data;
    const t0 = Date.now();
    // The small pair gets a few rows of every kind too, so both answers go through the same fetches and batches.
    await grow("small", small, 2, 2);
    await grow("big", ["RU", "AZ"], AGREEMENTS, EVENTS);
    timings.growMs = Date.now() - t0;
    // A new federation: the inserts above (synchronous on SQLite) can outlast the keep-alive of the client's idle sockets.
    await fed.stop();
    fed = await startFederation(db, GENEROUS);
    await profile(...small); // warm-up again
  });
  afterAll(() => console.log(`scale-batches on ${db.provider}: ${JSON.stringify(timings)}`));

  it("answers the deep RU–AZ profile in full, in as many statements as a small pair's", async () => {
    const few = await profile(...small);
    const big = await profile("RU", "AZ");
    Object.assign(timings, { smallPair: `${small.join("-")}`, smallStatements: few.statements, smallMs: few.ms, bigStatements: big.statements, bigMs: big.ms });

    const b = big.data;
    expect(b.agreements).toHaveLength(corpus.agreements.length + AGREEMENTS);
    expect(b.indicators).toHaveLength(corpus.indicators.length + INDICATORS);
    expect(b.events).toHaveLength(corpus.events.length + EVENTS);
    expect(b.people.length).toBeGreaterThanOrEqual(corpus.people.length + EVENTS);

    const synthetic = <T extends { id: string }>(xs: T[]): T[] => xs.filter((x) => x.id.startsWith("x-big-"));
    for (const ag of synthetic(b.agreements)) {
      expect(ag.parties.map((p) => p.code)).toEqual(["AZ", "RU"]);
      expect(ag.signatories.map((s) => s.id)).toEqual(["vladimir-putin"]);
      expect(ag.sources).toEqual([expect.objectContaining({ document: DOCUMENT, publisher: expect.any(String) })]);
      expect(ag.signedOn?.iso).toMatch(/^20\d\d/);
    }
    for (const ind of synthetic(b.indicators)) {
      expect(ind.countries.map((c) => c.code)).toEqual(["AZ", "RU"]);
      expect(ind.sources).toHaveLength(1);
      expect(ind.value % 1).toBe(0.5);
      expect(ind.changePercent).toBe(1.25);
    }
    const events = synthetic(b.events);
    expect(events).toHaveLength(EVENTS);
    for (const ev of events) {
      expect(ev.participants).toEqual([{ id: ev.id.replace("event", "person"), name: ev.id.replace("event", "person") }]);
      expect(ev.sources).toHaveLength(1);
      expect(ev.date?.iso).toMatch(/^20\d\d/);
    }
    const people = synthetic(b.people);
    expect(people).toHaveLength(EVENTS);
    for (const p of people) expect(p.roles).toEqual([{ kind: "OFFICIAL", country: { code: expect.stringMatching(/^(AZ|RU)$/) }, title: "synthetic", sources: [{ document: DOCUMENT, claim: CITE.claim }] }]);

    // The corpus's own facts are still there, unchanged.
    expect(b.agreements.filter((a) => !a.id.startsWith("x-"))).toEqual(corpus.agreements);
    expect(b.indicators.filter((i) => !i.id.startsWith("x-"))).toEqual(corpus.indicators);

    // Every list of the small pair is non-empty, so both profiles take the same fetches.
    for (const list of ["agreements", "indicators", "events", "people"] as const) expect(few.data[list].length).toBeGreaterThan(0);
    expect(big.statements).toBe(few.statements);
  });

  it("lists RU's agreements with their parties", async () => {
    const before = db.statements.total;
    const t0 = Date.now();
    const r = await fed.query<{ country: { agreements: { id: string; parties: { code: string }[] }[] } }>(`{ country(code: "RU") { agreements { id parties { code } } } }`);
    Object.assign(timings, { countryAgreementsStatements: db.statements.total - before, countryAgreementsMs: Date.now() - t0 });
    expect(r.errors).toBeUndefined();
    const agreements = r.data!.country.agreements;
    expect(agreements.length).toBeGreaterThanOrEqual(AGREEMENTS + corpus.agreements.length);
    for (const a of agreements) expect(a.parties.map((p) => p.code)).toContain("RU");
    expect(agreements.filter((a) => a.id.startsWith("x-big-")).every((a) => a.parties.map((p) => p.code).join() === "AZ,RU")).toBe(true);
  });
});

describe("rows read by key in one statement", () => {
  /** Tables the loaders read, with keys Prisma can still bind (< 999): raw rows must equal Prisma's rows, field for field and type for type. */
  type Row = Record<string, unknown>;
  const cases: [KeyedRead, () => Promise<Row[]>][] = [
    [{ table: "agreement", key: "id" }, () => db.prisma.agreement.findMany({ where: { id: { startsWith: "x-small-" } } })],
    [{ table: "agreement_date", key: "id" }, () => db.prisma.agreementDate.findMany({ take: 50 })],
    [{ table: "agreement_source", key: "id" }, () => db.prisma.agreementSource.findMany({ take: 50 })],
    [{ table: "indicator", key: "id" }, () => db.prisma.indicator.findMany({ take: 50 })],
    [{ table: "person", key: "id" }, () => db.prisma.person.findMany({ take: 50 })],
    [{ table: "role", key: "id" }, () => db.prisma.role.findMany({ take: 50 })],
    [{ table: "role_source", key: "id" }, () => db.prisma.roleSource.findMany({ take: 50 })],
    [{ table: "event", key: "id" }, () => db.prisma.event.findMany({ take: 50 })],
    [{ table: "event_date", key: "id" }, () => db.prisma.eventDate.findMany({ take: 50 })],
    [{ table: "country", key: "code" }, () => db.prisma.country.findMany({ take: 50 })],
    [{ table: "document", key: "id" }, () => db.prisma.document.findMany({ take: 50 })],
    [{ table: "corridor", key: "id" }, () => db.prisma.corridor.findMany({ take: 50 })],
    [{ table: "corridor_date", key: "id" }, () => db.prisma.corridorDate.findMany({ take: 50 })],
  ];
  it.each(cases.map(([read, rows]) => [read.table, read, rows] as const))("%s: the rows Prisma gives, field for field and type for type", async (_, read, prismaRows) => {
    const expected = await prismaRows();
    expect(expected.length).toBeGreaterThan(0);
    const keyOf = (r: Row) => r[read.key] as string | number;
    const raw = await rowsByKeys<Row>(db.prisma, db.provider, read, expected.map(keyOf));
    const inKeyOrder = (rows: Row[]) => [...rows].sort((x, y) => (keyOf(x) < keyOf(y) ? -1 : keyOf(x) > keyOf(y) ? 1 : 0));
    expect(inKeyOrder(raw)).toEqual(inKeyOrder(expected));
    // toEqual treats a Date and an ISO string as different, but say it plainly for DateTime columns.
    for (const r of raw) for (const c of ["updatedAt", "createdAt"]) if (c in r) expect(r[c]).toBeInstanceOf(Date);
  });

  it("takes 20,000 keys, text or integer, in one statement on either store", async () => {
    const ids = [...range(20_000).map((i) => `x-big-agreement-${i}`), "it's \"quoted\"", "[not json]"];
    const before = db.statements.total;
    const rows = await rowsByKeys<{ id: string }>(db.prisma, db.provider, { table: "agreement", key: "id", columns: ["id"], where: { retractedAt: null }, orderBy: "id" }, ids);
    expect(db.statements.total - before).toBe(1);
    expect(rows).toHaveLength(AGREEMENTS);
    const roleIds = (await db.prisma.role.findMany({ select: { id: true }, where: { personId: { startsWith: "x-big-" } } })).map((r) => r.id);
    const sources = await rowsByKeys<{ ownerId: number }>(db.prisma, db.provider, { table: "role_source", key: "ownerId", orderBy: "id" }, [...roleIds, ...range(5000).map((i) => -i)]);
    expect(sources.map((s) => s.ownerId).sort((x, y) => x - y)).toEqual([...roleIds].sort((x, y) => x - y));
  });

  it("finds the owners of 1,000 country pairs in one statement, as it does pair by pair", async () => {
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const codes = [...letters].flatMap((x) => [...letters].map((y) => x + y)).slice(0, 60);
    const pairIds = ["AZ-RU", "AZ-UZ", "AZ-KZ", ...codes.flatMap((x) => codes.filter((y) => x < y).map((y) => `${x}-${y}`))].slice(0, 1000);
    const link = { table: "agreement_party", owner: "agreementId" } as const;
    const before = db.statements.total;
    const all = idsByPair(pairIds, await linksOfPairs(db.prisma, link, pairIds, db.provider));
    expect(db.statements.total - before).toBe(1);
    for (const [i, pair] of ["AZ-RU", "AZ-UZ", "AZ-KZ"].entries()) {
      const one = idsByPair([pair], await linksOfPairs(db.prisma, link, [pair]));
      expect(all[i]).toEqual(one[0]);
      expect(one[0]!.length).toBeGreaterThan(0);
    }
    expect(all[0]!.filter((id) => id.startsWith("x-big-"))).toHaveLength(AGREEMENTS);
  });

  it("writes the same statement text for 3 keys as for 3,000", () => {
    const providers: Provider[] = ["sqlite", "postgresql"];
    for (const provider of providers) {
      const read: KeyedRead = { table: "agreement", key: "id", where: { retractedAt: null, kind: { in: ["A", "B"] } }, orderBy: ["id"] };
      const few = keyedReadSql(provider, read, ["a", "b", "c"]);
      const many = keyedReadSql(provider, read, range(3000).map(String));
      expect(many.sql).toBe(few.sql);
      expect(many.values).toHaveLength(2);
    }
  });
});
