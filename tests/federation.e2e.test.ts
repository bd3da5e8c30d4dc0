/**
 * The federation end to end: the real gateway over HTTP, every subgraph on its own
 * HTTP server, the seeded store of this run (SQLite by default, PostgreSQL in CI's
 * second pass).
 */
import type { Database } from "@atlas/db";
import { seededDb } from "./support/db";
import { startFederation, type Federation } from "./support/federation";
import { BILATERAL_PROFILE } from "./support/queries";

let db: Database;
let fed: Federation;

beforeAll(async () => {
  db = seededDb();
  fed = await startFederation(db);
});
afterAll(async () => {
  await fed.stop();
  await db.close();
});

interface Profile {
  bilateral: {
    id: string;
    countries: { code: string; name: string; leaders: { name: string }[] }[];
    agreements: { id: string }[];
    events: { id: string }[];
    indicators: { metric: string; kind: string; value: number; unit: string; year: number; changePercent: number | null; sources: { document: string; publisher: string | null; claim: string; start: number; end: number }[] }[];
    people: { id: string }[];
  } | null;
}

describe("bilateral profile through the gateway", () => {
  it("answers AZ–RU with both countries, agreements or meetings, and the 2023 trade figure with its source", async () => {
    const r = await fed.query<Profile>(BILATERAL_PROFILE, { a: "AZ", b: "RU" });
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
    const b = r.data!.bilateral!;
    expect(b.id).toBe("AZ-RU");
    expect(b.countries.map((c) => [c.code, c.name])).toEqual([["AZ", "Azerbaijan"], ["RU", "Russia"]]);
    expect(b.agreements.length + b.events.length).toBeGreaterThan(0);
    const trade = b.indicators.find((i) => i.metric === "TRADE_TURNOVER" && i.year === 2023);
    expect(trade).toMatchObject({ kind: "ACTUAL", value: 4.4e9, unit: "USD", changePercent: 17.5 });
    expect(trade!.sources[0]).toMatchObject({ document: "002_76e874a06d3d543b", publisher: expect.stringMatching(/Arabi21|عربي21/) });
    expect(trade!.sources[0]!.end).toBeGreaterThan(trade!.sources[0]!.start);
    expect(b.people.map((p) => p.id)).toEqual(expect.arrayContaining(["ilham-aliyev", "vladimir-putin"]));
  });

  it("gives the same answer whichever country comes first", async () => {
    const ab = await fed.query<Profile>(BILATERAL_PROFILE, { a: "AZ", b: "KZ" });
    const ba = await fed.query<Profile>(BILATERAL_PROFILE, { a: "KZ", b: "AZ" });
    expect(ab.data!.bilateral!.id).toBe("AZ-KZ");
    expect(ba).toEqual(ab);
  });

  it("accepts lower-case codes", async () => {
    const r = await fed.query<{ country: { code: string } }>(`{ country(code: "az") { code } }`);
    expect(r.data?.country.code).toBe("AZ");
  });

  it("answers null, not an error, for well-formed codes it does not know", async () => {
    const r = await fed.query(`{ country(code: "ZZ") { code } bilateral(a: "AZ", b: "ZZ") { id } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ country: null, bilateral: null });
  });

  it("reaches other subgraphs' fields from a country", async () => {
    const r = await fed.query<{ country: { leaders: { id: string }[]; agreements: { id: string }[]; indicators: { id: string }[]; events: { id: string }[] } }>(
      `{ country(code: "KZ") { leaders { id } agreements { id } indicators { id } events { id } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.country.leaders.map((p) => p.id)).toContain("kassym-jomart-tokayev");
    expect(r.data!.country.agreements.length).toBeGreaterThan(0);
    expect(r.data!.country.indicators.length).toBeGreaterThan(0);
  });
});

describe("bad input", () => {
  const code = async (query: string): Promise<{ code: unknown; message: string }> => {
    const r = await fed.query(query);
    expect(r.errors?.length).toBeGreaterThan(0);
    return { code: r.errors![0]!.extensions?.code, message: r.errors![0]!.message };
  };

  it.each([
    [`{ country(code: "A") { code } }`, "code"],
    [`{ country(code: "AZE1") { code } }`, "code"],
    [`{ country(code: "") { code } }`, "code"],
    [`{ bilateral(a: "AZE", b: "RU") { id } }`, "a"],
    [`{ bilateral(a: "AZ", b: "R") { id } }`, "b"],
    [`{ bilateral(a: "AZ", b: "az") { id } }`, "b"],
    [`{ countries(first: 0) { totalCount } }`, "first"],
    [`{ countries(first: 101) { totalCount } }`, "first"],
    [`{ countries(after: "garbage") { totalCount } }`, "after"],
    [`{ people(first: 1000) { totalCount } }`, "first"],
    [`{ agreements(country: "XYZ") { totalCount } }`, "country"],
    [`{ events(first: 0) { totalCount } }`, "first"],
    [`{ roles(after: "garbage") { totalCount } }`, "after"],
    [`{ country(code: "AZ") { agreementsConnection(after: "garbage") { totalCount } } }`, "after"],
    [`{ bilateral(a: "AZ", b: "RU") { events(first: 101) { id } } }`, "first"],
  ])("%s is BAD_USER_INPUT naming %s", async (query, argument) => {
    const e = await code(query);
    expect(e.code).toBe("BAD_USER_INPUT");
    expect(e.message).toContain(`"${argument}"`);
  });

  it("a cursor from another list is refused", async () => {
    const people = await fed.query<{ people: { pageInfo: { endCursor: string } } }>(`{ people(first: 1) { pageInfo { endCursor } } }`);
    const cursor = people.data!.people.pageInfo.endCursor;
    const bad = await fed.query(`query ($c: String) { countries(after: $c) { totalCount } }`, { c: cursor });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("pagination", () => {
  it("walks every country once, in code order, with a stable total", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 20; page++) {
      const r: Awaited<ReturnType<typeof fed.query<{ countries: { totalCount: number; nodes: { code: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>>> =
        await fed.query(`query ($after: String) { countries(first: 5, after: $after) { totalCount nodes { code } pageInfo { hasNextPage endCursor } } }`, { after });
      const c = r.data!.countries;
      total = c.totalCount;
      seen.push(...c.nodes.map((n) => n.code));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(total).toBeGreaterThan(20);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe("a subgraph that is down", () => {
  it("does not take the gateway down: other fields answer, the failed part is null with an error", async () => {
    const partial = await startFederation(db);
    try {
      // Stop the indicators subgraph's server: its port now refuses connections.
      await partial.stopSubgraph("indicators");
      const r = await partial.query<{ bilateral: { id: string; countries: { code: string }[]; agreements: unknown[] | null; indicators: unknown[] | null; indicatorsConnection: unknown } }>(
        `{ bilateral(a: "AZ", b: "RU") { id countries { code } agreements { id } indicators { id } indicatorsConnection(first: 2) { totalCount } } }`,
      );
      expect(r.status).toBe(200);
      expect(r.data!.bilateral.countries.map((c) => c.code)).toEqual(["AZ", "RU"]);
      expect(r.data!.bilateral.agreements!.length).toBeGreaterThan(0);
      expect(r.data!.bilateral.indicators).toBeNull();
      expect(r.data!.bilateral.indicatorsConnection).toBeNull();
      expect(r.errors).toEqual([
        expect.objectContaining({
          message: "The indicators subgraph could not answer",
          extensions: expect.objectContaining({ code: "SUBGRAPH_UNAVAILABLE", serviceName: "indicators" }),
        }),
      ]);
      expect(JSON.stringify(r.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
      // The gateway still answers whole queries that do not need the missing subgraph.
      const ok = await partial.query(`{ country(code: "AZ") { name } }`);
      expect(ok.errors).toBeUndefined();
    } finally {
      await partial.stop();
    }
  });
});
