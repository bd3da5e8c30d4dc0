/**
 * Demand control (gateway/src/demand.ts) through the real gateway and subgraphs: the
 * estimate applies variable values and every list's size, refuses over budget with
 * QUERY_TOO_COSTLY before any subgraph call, and names the estimate. The list sizes the
 * subgraphs declare (@listSize) must cover the corpus, or the estimate is not a bound.
 */
import { readFileSync } from "node:fs";
import type { Database } from "@atlas/db";
import { readCostDirectives } from "@atlas/gateway/src/demand";
import { supergraphPath } from "@atlas/gateway/src/compose";
import { createDb } from "@atlas/db";
import { freshDatabase, seededDb } from "../support/db";
import { post, startFederation, type Federation, type GraphQLResponse } from "../support/federation";
import { BILATERAL_PROFILE } from "../support/queries";

let db: Database;
let fed: Federation;
const BUDGET = 20_000;

beforeAll(async () => {
  db = seededDb();
  // The mechanism at a small budget; the default (300,000) is sized for the scale set's deep profile.
  fed = await startFederation(db, { gateway: { production: true, limits: { maxCost: BUDGET } } });
});
afterAll(async () => {
  await fed?.stop();
  await db?.close();
});

interface Cost {
  estimated: number;
  limit: number;
}

/** Posts, and checks whether any subgraph saw a request meanwhile. */
async function send(query: string, variables?: Record<string, unknown>): Promise<{ r: GraphQLResponse; calledSubgraphs: boolean }> {
  const before = fed.totalSubgraphRequests();
  const r = await post<Record<string, unknown>>(fed.gatewayUrl, query, variables);
  return { r, calledSubgraphs: fed.totalSubgraphRequests() > before };
}

function costOf(r: GraphQLResponse): Cost | undefined {
  return r.errors?.[0]?.extensions?.cost as Cost | undefined;
}

function expectRefused(r: GraphQLResponse, calledSubgraphs: boolean): Cost {
  expect({ status: r.status, code: r.errors?.[0]?.extensions?.code, calledSubgraphs }).toEqual({ status: 400, code: "QUERY_TOO_COSTLY", calledSubgraphs: false });
  const cost = costOf(r)!;
  expect(cost.limit).toBe(BUDGET);
  expect(cost.estimated).toBeGreaterThan(cost.limit);
  expect(r.errors![0]!.message).toContain(`estimated cost is ${cost.estimated.toLocaleString("en-US")}, over the limit of ${cost.limit.toLocaleString("en-US")}`);
  return cost;
}

const aliased = (n: number, body: string): string => Array.from({ length: n }, (_, i) => `a${i}: ${body}`).join(" ");
const AGREEMENTS_PAGE = `agreements(first: $n) { nodes { id title parties { code name } sources { claim start end } } }`;

describe("demand control", () => {
  it("applies variable values: 15 aliases of first: $n pass at n = 2 and are refused at n = 100", async () => {
    const query = `query Pages($n: Int) { ${aliased(15, AGREEMENTS_PAGE)} }`;
    const small = await send(query, { n: 2 });
    expect(small.r.errors).toBeUndefined();
    expect(small.calledSubgraphs).toBe(true);
    const big = await send(query, { n: 100 });
    const cost = expectRefused(big.r, big.calledSubgraphs);
    // Variables are not a way around it: the same query with the literal costs the same.
    const literal = await send(`{ ${aliased(15, AGREEMENTS_PAGE.replace("$n", "100"))} }`);
    expect(expectRefused(literal.r, literal.calledSubgraphs).estimated).toBe(cost.estimated);
    // Nor is a variable's default: left out, $n is 100 for execution and for the estimate.
    const byDefault = await send(`query Pages($n: Int = 100) { ${aliased(15, AGREEMENTS_PAGE)} }`);
    expect(expectRefused(byDefault.r, byDefault.calledSubgraphs).estimated).toBe(cost.estimated);
  });

  it("a first that is no Int (2^31, 1e308) is the client's BAD_USER_INPUT from variable coercion, not an estimate", async () => {
    for (const n of [2 ** 31, 1e308]) {
      const { r, calledSubgraphs } = await send(`query P($n: Int) { agreements(first: $n) { nodes { id } } }`, { n });
      expect({ status: r.status, code: r.errors?.[0]?.extensions?.code, calledSubgraphs }).toEqual({ status: 400, code: "BAD_USER_INPUT", calledSubgraphs: false });
    }
  });

  it("a page outside 1..100 is the client's BAD_USER_INPUT with 400 before any subgraph call, naming the argument, its field and its place", async () => {
    const cases: [string, Record<string, unknown> | undefined, string, number][] = [
      [`{ countries(first: 100000) { nodes { code } } }`, undefined, "Query.countries", 100000],
      [`query P($n: Int) { agreements(first: $n) { nodes { id } } }`, { n: 101 }, "Query.agreements", 101],
      [`query P($n: Int = 500) { agreements(first: $n) { nodes { id } } }`, {}, "Query.agreements", 500],
      [`{ country(code: "AZ") { sourcesConnection(first: 0) { totalCount } } }`, undefined, "Country.sourcesConnection", 0],
      [`{ country(code: "AZ") { ...C } }\nfragment C on Country { agreements(first: -1) { id } }`, undefined, "Country.agreements", -1],
    ];
    for (const [query, variables, field, value] of cases) {
      const { r, calledSubgraphs } = await send(query, variables);
      const e = r.errors?.[0];
      expect({ status: r.status, code: e?.extensions?.code, argumentName: e?.extensions?.argumentName, field: e?.extensions?.field, calledSubgraphs }).toEqual({
        status: 400,
        code: "BAD_USER_INPUT",
        argumentName: "first",
        field,
        calledSubgraphs: false,
      });
      expect(e?.message).toBe(`Argument "first" of ${field}: must be between 1 and 100, got ${value}`);
      expect(r.data).toBeUndefined();
      // Where in the document: the literal, or the variable that carried the value.
      const at = (e as { locations?: { line: number; column: number }[] } | undefined)?.locations?.[0];
      const line = query.split("\n")[at!.line - 1]!;
      expect(line.slice(at!.column - 1)).toMatch(variables ? /^\$n\)/ : new RegExp(`^${value}\\)`));
    }
    // The bounds themselves are served, and a skipped list's argument is not looked at.
    for (const n of [1, 100]) expect((await send(`query P($n: Int) { countries(first: $n) { nodes { code } } }`, { n })).r.errors).toBeUndefined();
    const skipped = await send(`query P($no: Boolean!) { countries(first: 1000) @skip(if: $no) { totalCount } country(code: "AZ") { code } }`, { no: true });
    expect(skipped.r.errors).toBeUndefined();
    expect(skipped.r.data).toEqual({ country: { code: "AZ" } });
  });

  it("an absent slicing argument costs the connection's default page (20), not one item", async () => {
    const page = AGREEMENTS_PAGE.replace("parties { code name }", "parties { code name agreements { id title } }");
    const withDefault = await send(`{ ${aliased(15, page.replace("(first: $n)", ""))} }`);
    const asked20 = await send(`{ ${aliased(15, page.replace("$n", "20"))} }`);
    const asked19 = await send(`{ ${aliased(15, page.replace("$n", "19"))} }`);
    const cost = expectRefused(withDefault.r, withDefault.calledSubgraphs).estimated;
    expect(expectRefused(asked20.r, asked20.calledSubgraphs).estimated).toBe(cost);
    expect(expectRefused(asked19.r, asked19.calledSubgraphs).estimated).toBeLessThan(cost);
  });

  it("counts lists without paging at their declared size: nested unpaged lists are refused", async () => {
    const query = `{ country(code: "AZ") { agreements { parties { agreements { parties { agreements { id } } } } } } }`;
    const { r, calledSubgraphs } = await send(query);
    // 60 agreements × 10 parties × 60 × 10 × 60: far over budget although no argument names a size.
    expect(expectRefused(r, calledSubgraphs).estimated).toBeGreaterThan(10_000_000);
  });

  it("fragments cost what their fields cost where they are spread, and a fragment bomb is refused at once", async () => {
    const inline = `{ ${aliased(3, `country(code: "AZ") { agreements { id title parties { code name } } events { id title } }`)} }`;
    const viaFragments = `{ ${aliased(3, `country(code: "AZ") { ...C }`)} } fragment C on Country { agreements { ...A } events { id title } } fragment A on Agreement { id title parties { code name } }`;
    const a = await send(inline);
    const b = await send(viaFragments);
    expect(a.r.errors).toBeUndefined();
    expect(b.r).toEqual(a.r);
    const bomb = Array.from({ length: 40 }, (_, i) => `fragment F${i + 1} on Country { ...F${i} ...F${i} }`).join("\n");
    const started = Date.now();
    const refused = await send(`{ country(code: "AZ") { ...F40 } }\nfragment F0 on Country { code name }\n${bomb}`);
    expect(refused.r.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
    expect(refused.calledSubgraphs).toBe(false);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("@skip and @include with the request's variables: a skipped branch costs nothing", async () => {
    const query = `query Q($deep: Boolean!) { country(code: "AZ") { code agreements @include(if: $deep) { parties { agreements { parties { agreements { id } } } } } } }`;
    const skipped = await send(query, { deep: false });
    expect(skipped.r.errors).toBeUndefined();
    expect(skipped.r.data).toEqual({ country: { code: "AZ" } });
    expectRefused((await send(query, { deep: true })).r, false);
  });

  it("lets the project's own deep profile through, with room to spare", async () => {
    const { r } = await send(BILATERAL_PROFILE, { a: "AZ", b: "RU" });
    expect(r.errors).toBeUndefined();
    // Twice the profile in one request still fits; four times does not (ten would hit the token limit first).
    const body = BILATERAL_PROFILE.replace(/^[\s\S]*?\{/, "").replace(/\}\s*$/, "");
    const times = (n: number): string => `query P($a: ID!, $b: ID!) { ${Array.from({ length: n }, (_, i) => `p${i}: ${body.trim()}`).join(" ")} }`;
    expect((await send(times(2), { a: "AZ", b: "RU" })).r.errors).toBeUndefined();
    expectRefused((await send(times(4), { a: "AZ", b: "RU" })).r, false);
  });
});

describe("the declared list sizes cover the corpus", () => {
  /** Reads every list field of the public schema that @listSize sizes, with __typename on each parent. */
  const PROBES = [
    `{ countries(first: 100) { nodes { __typename code agreements { id } corridors { id } indicators { id } leaders { id } people { id } sources { document }
       events { __typename id dates { basis } countries { code } participants { id } sources { document } } } } }`,
    `{ agreements(first: 100) { nodes { __typename parties { code } signatories { id } sources { document } signedOnClaims { basis } } } }`,
    `{ indicators(first: 100) { nodes { __typename countries { code } sources { document } } } }`,
    `{ people(first: 100) { nodes { __typename roles { __typename id sources { document } } events { id } agreementsSigned { id } } } }`,
    `{ corridors(first: 100) { nodes { __typename countries { code } dates { basis } sources { document } } } }`,
    `{ documents { __typename id } }`,
  ];
  const BILATERAL = `__typename agreements { id } corridors { id } countries { code } indicators { id } people { id } events { id }`;

  /** The longest list seen per "Type.field" anywhere in `value`. */
  function longestLists(value: unknown, into = new Map<string, number>(), parentKey?: string): Map<string, number> {
    if (Array.isArray(value)) {
      if (parentKey) into.set(parentKey, Math.max(into.get(parentKey) ?? 0, value.length));
      for (const item of value) longestLists(item, into);
    } else if (value && typeof value === "object") {
      const typename = (value as { __typename?: string }).__typename;
      for (const [k, v] of Object.entries(value)) longestLists(v, into, Array.isArray(v) && typename ? `${typename}.${k}` : undefined);
    }
    return into;
  }

  it("every list of the corpus is within its @listSize (raise the size in the owning subgraph's SDL when this fails)", async () => {
    const { listSizes } = readCostDirectives(readFileSync(supergraphPath, "utf8"));
    const roomy = await startFederation(db, { gateway: { limits: { maxCost: Number.MAX_SAFE_INTEGER } } });
    try {
      const longest = new Map<string, number>();
      for (const query of PROBES) {
        const r = await roomy.query(query);
        expect(r.errors).toBeUndefined();
        longestLists(r.data, longest);
      }
      // Every pair among the ten countries with the most agreements.
      const countries = (await roomy.query<{ countries: { nodes: { code: string; agreements: unknown[] }[] } }>(`{ countries(first: 100) { nodes { code agreements { id } } } }`)).data!.countries.nodes;
      const busiest = countries.sort((x, y) => y.agreements.length - x.agreements.length).slice(0, 10).map((c) => c.code);
      for (const [i, a] of busiest.entries()) {
        const pairs = busiest.slice(i + 1).map((b, j) => `p${j}: bilateral(a: "${a}", b: "${b}") { ${BILATERAL} }`);
        if (pairs.length === 0) continue;
        const r = await roomy.query(`{ ${pairs.join(" ")} }`);
        expect(r.errors).toBeUndefined();
        longestLists(r.data, longest);
      }
      const over: string[] = [];
      const undeclared: string[] = [];
      for (const [field, n] of longest) {
        if (["CountryConnection.nodes", "AgreementConnection.nodes", "IndicatorConnection.nodes", "PersonConnection.nodes", "CorridorConnection.nodes"].includes(field)) continue;
        const size = listSizes.get(field)?.assumedSize;
        if (size === undefined) undeclared.push(field);
        else if (n > size) over.push(`${field}: ${n} in the corpus > @listSize ${size}`);
      }
      expect(undeclared).toEqual([]);
      expect(over).toEqual([]);
      expect(longest.size).toBeGreaterThanOrEqual(25);
      expect(longest.get("Country.agreements")).toBeGreaterThan(10);
    } finally {
      await roomy.stop();
    }
  });
});

describe("the data's real shape: live list sizes", () => {
  it("costs an unpaged list at the longest the data holds now, beyond its declared @listSize", async () => {
    const query = `{ countries(first: 40) { nodes { code agreements { id } } } }`;
    // On the corpus (at most 38 agreements a country, declared 60) it passes.
    const before = await post(fed.gatewayUrl, query);
    expect(before.errors).toBeUndefined();

    // A store where one country is party to 600 agreements (the scale set has one with 3,950).
    const test = await freshDatabase("livesizes");
    const store = createDb(test.url);
    const grown = await (async () => {
      await store.prisma.country.createMany({ data: [{ code: "AZ", iso3: "AZE", nameEn: "Azerbaijan", nameAr: "أذربيجان" }] });
      const ids = Array.from({ length: 600 }, (_, i) => `x-live-${i}`);
      for (let i = 0; i < ids.length; i += 100) {
        const slice = ids.slice(i, i + 100);
        await store.prisma.agreement.createMany({ data: slice.map((id) => ({ id, kind: "MEMORANDUM", titleEn: id, status: "SIGNED" })) });
        await store.prisma.agreementParty.createMany({ data: slice.map((agreementId) => ({ agreementId, countryCode: "AZ" })) });
      }
      return startFederation(store, { gateway: { limits: { maxCost: BUDGET } } });
    })();
    try {
      const r = await post<Record<string, unknown>>(grown.gatewayUrl, query);
      expect(r.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
      // 40 countries × (2 + 600 agreements): what 600 costs (24,080), not what the declared 60 does (2,480).
      expect(costOf(r)!.estimated).toBeGreaterThan(40 * 600);
      // A nested page is cut in memory from the whole list: first: 1 under 40 countries still loads
      // up to 600 agreements for each, and is costed so (the load, not the one item returned).
      const nestedPages = await post<Record<string, unknown>>(grown.gatewayUrl, `{ countries(first: 40) { nodes { code agreementsConnection(first: 1) { nodes { id } } } } }`);
      expect(nestedPages.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
      expect(costOf(nestedPages)!.estimated).toBeGreaterThan(40 * 600);
      // One country's pages are cheap whatever the data holds.
      const paged = await post<Record<string, unknown>>(grown.gatewayUrl, `{ country(code: "AZ") { agreementsConnection(first: 20) { totalCount nodes { id } } } }`);
      expect(paged.errors).toBeUndefined();
      expect(JSON.stringify(paged.data)).toContain('"totalCount":600');
    } finally {
      await grown.stop();
      await store.close();
      await test.drop();
    }
  });
});
