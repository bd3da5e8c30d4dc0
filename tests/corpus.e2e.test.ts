/**
 * Hand-picked facts of the seed corpus, read through the real gateway over HTTP from
 * the seeded database globalSetup prepared: the numbers, dates and sources the issue names,
 * and Arabic/English search.
 */
import type { Database } from "@atlas/db";
import { buildCorpus, readSeedFiles } from "@atlas/seeds";
import { seededDb } from "./support/db";
import { startFederation, type Federation } from "./support/federation";

let db: Database;
let f: Federation;

beforeAll(async () => {
  db = seededDb();
  f = await startFederation(db);
});

afterAll(async () => {
  await f?.stop();
  await db?.close();
});

const D000 = "000_9881232623497d4d";
const D001 = "001_dd8f3a1850d5fa0b";
const D002 = "002_76e874a06d3d543b";
const D003 = "003_007ff72cf0dcd156";

interface Source {
  document: string;
  claim: string;
  start: number;
  end: number;
  publisher: string | null;
  publishedOn: string | null;
}
interface Indicator {
  id: string;
  metric: string;
  kind: string;
  value: number;
  unit: string;
  year: number | null;
  changePercent: number | null;
  basisNote: string | null;
  from: { code: string } | null;
  to: { code: string } | null;
  sources: Source[];
}
interface DateClaim {
  date: { iso: string };
  basis: string;
  basisNote: string | null;
  source: Source;
}
interface Agreement {
  id: string;
  signedOn: { iso: string } | null;
  signedOnClaims: DateClaim[];
  signedOnDisputed: boolean;
  sources: Source[];
}
interface Bilateral {
  id: string;
  agreements: Agreement[];
  indicators: Indicator[];
  events: { id: string; sources: Source[]; dates: DateClaim[] }[];
  people: { id: string; roles: { sources: Source[] }[] }[];
}

const SOURCE = "{ document claim start end publisher publishedOn }";
const BILATERAL = `query ($a: ID!, $b: ID!) {
  bilateral(a: $a, b: $b) {
    id
    agreements {
      id
      signedOn { iso }
      signedOnClaims { date { iso } basis basisNote source ${SOURCE} }
      signedOnDisputed
      sources ${SOURCE}
    }
    indicators {
      id metric kind value unit year changePercent basisNote
      from { code } to { code }
      sources ${SOURCE}
    }
    events { id sources ${SOURCE} dates { date { iso } basis basisNote source ${SOURCE} } }
    people { id roles { sources ${SOURCE} } }
  }
}`;

async function bilateral(a: string, b: string): Promise<Bilateral> {
  const r = await f.query<{ bilateral: Bilateral | null }>(BILATERAL, { a, b });
  expect(r.errors).toBeUndefined();
  expect(r.status).toBe(200);
  expect(r.data?.bilateral).not.toBeNull();
  return r.data!.bilateral!;
}

function expectSpan(s: Source, document: string): void {
  expect(s.document).toBe(document);
  expect(s.claim.length).toBeGreaterThan(7);
  expect(s.start).toBeGreaterThanOrEqual(0);
  expect(s.end).toBeGreaterThan(s.start);
}

describe("hand-picked facts through the gateway", () => {
  test("Russia–Azerbaijan trade turnover in 2023: $4.4 billion, up 17.5%, from 002", async () => {
    const rel = await bilateral("RU", "AZ");
    expect(rel.id).toBe("AZ-RU");
    const trade = rel.indicators.filter((i) => i.metric === "TRADE_TURNOVER" && i.kind === "ACTUAL" && i.year === 2023);
    expect(trade).toHaveLength(1);
    const t = trade[0]!;
    expect(t).toMatchObject({ id: "az-ru-trade-turnover-2023", value: 4.4e9, unit: "USD", year: 2023, changePercent: 17.5 });
    expect(t.sources.length).toBeGreaterThan(0);
    const s = t.sources.find((x) => x.document === D002);
    expect(s).toBeDefined();
    expectSpan(s!, D002);
    expect(s!.publisher).toMatch(/Arabi21/);
  });

  test("Azerbaijan–Kazakhstan trade target: $1 billion within three years of the October 2025 visit", async () => {
    const rel = await bilateral("AZ", "KZ");
    const t = rel.indicators.find((i) => i.id === "az-kz-trade-turnover-target");
    expect(t).toMatchObject({ metric: "TRADE_TURNOVER", kind: "TARGET", value: 1e9, unit: "USD", year: 2028 });
    expect(t!.basisNote).toContain("السنوات الثلاث");
    expect(t!.basisNote).toMatch(/2025/);
    expectSpan(t!.sources[0]!, "004_f8b4bf4ff7f5eac6");
  });

  test("Azerbaijan–Uzbekistan investment fund: $500 million, from 001", async () => {
    const rel = await bilateral("UZ", "AZ");
    const funds = rel.indicators.filter((i) => i.metric === "INVESTMENT_FUND_CAPITAL");
    expect(funds).toHaveLength(1);
    expect(funds[0]).toMatchObject({ id: "az-uz-investment-fund-capital", value: 5e8, unit: "USD" });
    expect(funds[0]!.sources).toHaveLength(1);
    expectSpan(funds[0]!.sources[0]!, D001);
    expect(funds[0]!.sources[0]).toMatchObject({ publisher: "Al-Wefaq", publishedOn: "2024-11-03" });
  });

  test("US security assistance to Tajikistan: from US to TJ, in USD, from 003", async () => {
    const r = await f.query<{ indicators: { nodes: Indicator[]; totalCount: number } }>(
      `query { indicators(country: "TJ", partner: "US", metric: "SECURITY_ASSISTANCE") {
        totalCount nodes { id metric kind value unit year changePercent basisNote from { code } to { code } sources ${SOURCE} }
      } }`,
    );
    expect(r.errors).toBeUndefined();
    const nodes = r.data!.indicators.nodes;
    expect(nodes.map((i) => i.id).sort()).toEqual(["tj-us-rq20-puma-drones-value", "tj-us-security-assistance"]);
    for (const i of nodes) {
      expect(i).toMatchObject({ metric: "SECURITY_ASSISTANCE", unit: "USD", from: { code: "US" }, to: { code: "TJ" } });
      for (const s of i.sources) expectSpan(s, D003);
    }
    expect(nodes.find((i) => i.id === "tj-us-security-assistance")).toMatchObject({ kind: "CUMULATIVE", value: 3.3e8 });
    // the same through the relation, either order
    const rel = await bilateral("US", "TJ");
    expect(rel.indicators.filter((i) => i.metric === "SECURITY_ASSISTANCE").map((i) => i.id).sort()).toEqual(nodes.map((i) => i.id).sort());
  });

  test("Azerbaijan–Tajikistan diplomatic relations: 1992, stated in 000", async () => {
    const rel = await bilateral("TJ", "AZ");
    const a = rel.agreements.find((x) => x.id === "az-tj-diplomatic-relations");
    expect(a).toBeDefined();
    expect(a!.signedOn).toEqual({ iso: "1992" });
    expect(a!.signedOnDisputed).toBe(false);
    expect(a!.signedOnClaims).toHaveLength(1);
    expect(a!.signedOnClaims[0]).toMatchObject({ date: { iso: "1992" }, basis: "STATED" });
    expectSpan(a!.signedOnClaims[0]!.source, D000);
    expect(a!.signedOnClaims[0]!.source).toMatchObject({ publisher: null, publishedOn: null });
  });

  test("the Azerbaijan–Uzbekistan alliance treaty: two disagreeing date claims, both kept", async () => {
    const rel = await bilateral("AZ", "UZ");
    const a = rel.agreements.find((x) => x.id === "az-uz-treaty-on-allied-relations");
    expect(a).toBeDefined();
    expect(a!.signedOnDisputed).toBe(true);
    // What both claims share: the year (issue 13); each claim beside it.
    expect(a!.signedOn).toEqual({ iso: "2024" });
    expect(a!.signedOnClaims).toHaveLength(2);
    expect(a!.signedOnClaims.map((c) => c.date.iso).sort()).toEqual(["2024-08", "2024-10"]);
    const relative = a!.signedOnClaims.find((c) => c.date.iso === "2024-10")!;
    expect(relative.basis).toBe("RELATIVE");
    expect(relative.basisNote).toMatch(/2024-11-03/);
    for (const c of a!.signedOnClaims) expectSpan(c.source, D001);
    expect(a!.signedOnClaims[0]!.source.start).not.toBe(a!.signedOnClaims[1]!.source.start);
  });
});

describe("search through the gateway", () => {
  const countries = async (search: string): Promise<string[]> => {
    const r = await f.query<{ countries: { nodes: { code: string }[] } }>(
      `query ($s: String) { countries(search: $s, first: 100) { nodes { code } } }`,
      { s: search },
    );
    expect(r.errors).toBeUndefined();
    return r.data!.countries.nodes.map((n) => n.code);
  };
  const people = async (search: string): Promise<string[]> => {
    const r = await f.query<{ people: { nodes: { id: string }[] } }>(
      `query ($s: String) { people(search: $s, first: 100) { nodes { id } } }`,
      { s: search },
    );
    expect(r.errors).toBeUndefined();
    return r.data!.people.nodes.map((n) => n.id);
  };

  test.each(["اذربيجان", "أذربيجان", "آذربيجان", "أَذْرَبِيجَان", "إذربيجان"])("countries(search: %s) finds Azerbaijan only", async (s) => {
    expect(await countries(s)).toEqual(["AZ"]);
  });

  test("ta marbuta and ha are one letter: أرمينية / ارمينيه find Armenia", async () => {
    expect(await countries("أرمينية")).toEqual(["AM"]);
    expect(await countries("ارمينيه")).toEqual(["AM"]);
  });

  test("English search ignores case", async () => {
    expect(await countries("azer")).toEqual(["AZ"]);
    expect(await countries("AZERBAIJAN")).toEqual(["AZ"]);
    expect(await countries("poland")).toEqual(["PL"]);
    expect(await people("PUTIN")).toEqual(["vladimir-putin"]);
    expect(await people("putin")).toEqual(["vladimir-putin"]);
  });

  test("an unknown name finds nothing", async () => {
    expect(await countries("أطلانطس")).toEqual([]);
    expect(await people("zzzz")).toEqual([]);
  });

  test("people: Arabic names without hamza or with diacritics", async () => {
    expect(await people("إلهام علييف")).toEqual(["ilham-aliyev"]);
    expect(await people("الهام علييف")).toEqual(["ilham-aliyev"]);
    expect(await people("إِلْهَام")).toEqual(["ilham-aliyev"]);
    expect(await people("الكسندر")).toEqual(["alexander-razuvaev", "alexander-tolmachev"]);
    expect((await people("علييف")).sort()).toEqual(["heydar-aliyev", "ilham-aliyev"]);
  });
});

describe("sources carry their document's publisher and date", () => {
  const corpus = buildCorpus(readSeedFiles());
  const iso = (d: { year: number; month?: number | undefined; day?: number | undefined } | null): string | null =>
    d === null
      ? null
      : [String(d.year), d.month && String(d.month).padStart(2, "0"), d.day && String(d.day).padStart(2, "0")].filter(Boolean).join("-");
  const expected = new Map(corpus.documents.map((d) => [d.id, { publisher: d.publisher, publishedOn: iso(d.publishedOn) }]));

  const everySource = (rel: Bilateral): Source[] => [
    ...rel.agreements.flatMap((a) => [...a.sources, ...a.signedOnClaims.map((c) => c.source)]),
    ...rel.indicators.flatMap((i) => i.sources),
    ...rel.events.flatMap((e) => [...e.sources, ...e.dates.map((c) => c.source)]),
    ...rel.people.flatMap((p) => p.roles.flatMap((r) => r.sources)),
  ];

  test("the corpus dates 003 but not 002", () => {
    expect(expected.get(D002)?.publishedOn).toBeNull();
    expect(expected.get(D003)?.publishedOn).toBe("2023-04-20");
  });

  test("every source of the AZ–RU profile matches its document", async () => {
    const sources = everySource(await bilateral("AZ", "RU"));
    expect(sources.length).toBeGreaterThan(5);
    expect(sources.some((s) => s.document === D002)).toBe(true);
    for (const s of sources) {
      expect(expected.has(s.document)).toBe(true);
      expect({ document: s.document, publisher: s.publisher, publishedOn: s.publishedOn }).toEqual({ document: s.document, ...expected.get(s.document) });
    }
    for (const s of sources.filter((x) => x.document === D002)) expect(s.publishedOn).toBeNull();
  });

  test("every source of the TJ–US profile matches its document (003: 2023-04-20)", async () => {
    const sources = everySource(await bilateral("TJ", "US"));
    const from003 = sources.filter((s) => s.document === D003);
    expect(from003.length).toBeGreaterThan(0);
    for (const s of from003) expect(s.publishedOn).toBe("2023-04-20");
    for (const s of sources) expect({ publisher: s.publisher, publishedOn: s.publishedOn }).toEqual(expected.get(s.document));
  });
});
