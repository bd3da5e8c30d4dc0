/**
 * Loading the corpus into a real database of the suite's kind (SQLite, or PostgreSQL
 * when the suite runs on it): one transaction, idempotent, all or nothing.
 */
import { createDb, type Database } from "@atlas/db";
import { freshDatabase, type TestDatabase } from "../../../tests/support/db";
import { buildCorpus, readSeedFiles, SeedError, type Corpus } from "../corpus";
import { countsOf, loadCorpus } from "../load";
import type { DocumentFileInput } from "../schema";

/** The seed state records the corpus checksum and the loader version that wrote it. */
const storedChecksum = (): RegExp => new RegExp(`^${corpus.checksum}/v\\d+$`);

let testDb: TestDatabase;
let db: Database;
const corpus = buildCorpus(readSeedFiles());

/** Row counts of every seeded table, and the largest generated ids. */
async function snapshot(d: Database): Promise<Record<string, number | null>> {
  const p = d.prisma;
  const maxId = async (q: Promise<{ _max: { id: number | null } }>): Promise<number | null> => (await q)._max.id;
  return {
    documents: await p.document.count(),
    documentSources: await p.documentSource.count(),
    countries: await p.country.count(),
    countryNames: await p.countryName.count(),
    countrySources: await p.countrySource.count(),
    people: await p.person.count(),
    personNames: await p.personName.count(),
    roles: await p.role.count(),
    roleSources: await p.roleSource.count(),
    agreements: await p.agreement.count(),
    agreementParties: await p.agreementParty.count(),
    agreementDates: await p.agreementDate.count(),
    agreementSources: await p.agreementSource.count(),
    indicators: await p.indicator.count(),
    indicatorCountries: await p.indicatorCountry.count(),
    indicatorSources: await p.indicatorSource.count(),
    events: await p.event.count(),
    eventParticipants: await p.eventParticipant.count(),
    eventDates: await p.eventDate.count(),
    eventSources: await p.eventSource.count(),
    maxRoleId: await maxId(p.role.aggregate({ _max: { id: true } })),
    maxRoleSourceId: await maxId(p.roleSource.aggregate({ _max: { id: true } })),
    maxCountryNameId: await maxId(p.countryName.aggregate({ _max: { id: true } })),
    maxAgreementSourceId: await maxId(p.agreementSource.aggregate({ _max: { id: true } })),
    maxIndicatorSourceId: await maxId(p.indicatorSource.aggregate({ _max: { id: true } })),
    maxEventDateId: await maxId(p.eventDate.aggregate({ _max: { id: true } })),
  };
}

beforeAll(async () => {
  testDb = await freshDatabase("seedload");
  db = createDb(testDb.url);
});

afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

describe("loadCorpus", () => {
  let first: Record<string, number | null>;

  test("starts from an empty database", async () => {
    const s = await snapshot(db);
    expect(s.documents).toBe(0);
    expect(s.agreements).toBe(0);
    expect(await db.prisma.seedState.count()).toBe(0);
  });

  test("loads the corpus in full: loaded, its checksum and counts", async () => {
    const r = await loadCorpus(db, corpus);
    expect(r.loaded).toBe(true);
    expect(r.checksum).toBe(corpus.checksum);
    expect(r.counts).toEqual(countsOf(corpus));
    first = await snapshot(db);
    expect(first.documents).toBe(corpus.documents.length);
    expect(first.countries).toBe(corpus.countries.length);
    expect(first.people).toBe(corpus.people.length);
    expect(first.roles).toBe(r.counts.roles);
    expect(first.agreements).toBe(corpus.agreements.length);
    expect(first.indicators).toBe(corpus.indicators.length);
    expect(first.events).toBe(corpus.events.length);
    expect(first.agreementDates).toBe(corpus.agreements.reduce((n, a) => n + a.signedOn.length, 0));
    expect(first.indicatorSources).toBe(corpus.indicators.reduce((n, i) => n + i.sources.length, 0));
    const state = await db.prisma.seedState.findUnique({ where: { id: "corpus" } });
    expect(state?.checksum).toMatch(storedChecksum());
    expect(JSON.parse(state!.counts)).toEqual(r.counts);
  });

  test("loading the same corpus again changes nothing", async () => {
    const before = await db.prisma.seedState.findUnique({ where: { id: "corpus" } });
    const r = await loadCorpus(db, buildCorpus(readSeedFiles()));
    expect(r.loaded).toBe(false);
    expect(r.checksum).toBe(corpus.checksum);
    expect(await snapshot(db)).toEqual(first);
    const after = await db.prisma.seedState.findUnique({ where: { id: "corpus" } });
    expect(after?.loadedAt.getTime()).toBe(before?.loadedAt.getTime());
  });

  test("a corrupted corpus stops in buildCorpus, before the database is touched", async () => {
    const files = readSeedFiles();
    const bad = { countries: files.countries, documents: files.documents.map((d) => structuredClone(d)) };
    const doc = bad.documents[2]!.content as DocumentFileInput;
    doc.agreements![0]!.parties = ["ZZ"];
    await expect(
      (async () => loadCorpus(db, buildCorpus(bad)))(),
    ).rejects.toBeInstanceOf(SeedError);
    expect(await snapshot(db)).toEqual(first);
    expect((await db.prisma.seedState.findUnique({ where: { id: "corpus" } }))?.checksum).toMatch(storedChecksum());
  });

  test("a failure inside the transaction leaves the previous data intact", async () => {
    // Bypasses buildCorpus: two agreements with one id make the insert hit the primary key.
    const broken: Corpus = {
      ...corpus,
      agreements: [...corpus.agreements, structuredClone(corpus.agreements[0]!)],
      checksum: "0".repeat(64),
    };
    await expect(loadCorpus(db, broken)).rejects.toThrow(/unique constraint/i);
    expect(await snapshot(db)).toEqual(first);
    expect((await db.prisma.seedState.findUnique({ where: { id: "corpus" } }))?.checksum).toMatch(storedChecksum());
  });

  test("a changed corpus replaces the seeded facts as a whole", async () => {
    const smaller: Corpus = {
      ...corpus,
      indicators: corpus.indicators.filter((i) => i.id !== "az-ru-trade-turnover-2023"),
      checksum: "1".repeat(64),
    };
    const r = await loadCorpus(db, smaller);
    expect(r.loaded).toBe(true);
    const s = await snapshot(db);
    expect(s.indicators).toBe(corpus.indicators.length - 1);
    expect(s.agreements).toBe(first.agreements);
    expect(await db.prisma.indicator.findUnique({ where: { id: "az-ru-trade-turnover-2023" } })).toBeNull();
    // and back: the real corpus loads again over it
    expect((await loadCorpus(db, corpus)).loaded).toBe(true);
    expect((await snapshot(db)).indicators).toBe(corpus.indicators.length);
  });
});
