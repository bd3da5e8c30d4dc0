/**
 * Issue 12, paging: every list inside Country and Bilateral takes first/after and has a
 * Connection sibling; events, roles and documents have top-level lists. Walked to the
 * end through the real gateway, the pages must give the unpaged list exactly (same items,
 * same order, no duplicates), with a stable totalCount; bad cursors are BAD_USER_INPUT
 * naming `after`; paging a nested list of every country in one request costs the same
 * SQL statements as not paging it.
 */
import type { Database } from "@atlas/db";
import { seededDb } from "../support/db";
import { startFederation, type Federation, type GraphQLResponse } from "../support/federation";

let db: Database;
let fed: Federation;

beforeAll(async () => {
  db = seededDb();
  // The SQL check reads every country's lists in one request, far over the default cost budget.
  fed = await startFederation(db, { gateway: { limits: { maxCost: Number.MAX_SAFE_INTEGER } } });
});
afterAll(async () => {
  await fed?.stop();
  await db?.close();
});

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { key: string } }[];
  nodes: { key: string }[];
}

/** Reads `path` (dot-separated) out of an answer, failing on errors. */
function at<T>(r: GraphQLResponse, path: string): T {
  expect(r.errors).toBeUndefined();
  return path.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], r.data) as T;
}

/**
 * One nested list of one parent: the parent's selection (`country(code: "AZ")`), the list
 * field with its extra arguments, and the field that names an item (`key: id`).
 */
interface NestedList {
  parent: string;
  parentPath: string;
  field: string;
  args?: string;
  key: string;
}

const argsOf = (list: NestedList, paging: string): string => [list.args, paging].filter(Boolean).join(", ");

async function unpaged(list: NestedList): Promise<string[]> {
  const args = list.args ? `(${list.args})` : "";
  const r = await fed.query(`{ ${list.parent} { ${list.field}${args} { ${list.key} } } }`);
  return at<{ key: string }[]>(r, `${list.parentPath}.${list.field}`).map((n) => n.key);
}

/** Walks the Connection sibling with `first`, checking every page, and returns the keys in page order. */
async function walk(list: NestedList, first: number): Promise<{ keys: string[]; pages: number; total: number }> {
  const keys: string[] = [];
  let after: string | null = null;
  let total = -1;
  for (let pages = 1; pages <= 200; pages++) {
    const q = `query ($after: String) { ${list.parent} {
      c: ${list.field}Connection(${argsOf(list, `first: ${first}, after: $after`)}) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${list.key} } } nodes { ${list.key} } }
      plain: ${list.field}(${argsOf(list, `first: ${first}, after: $after`)}) { ${list.key} } } }`;
    const r: GraphQLResponse = await fed.query(q, { after });
    const page: Page = at<Page>(r, `${list.parentPath}.c`);
    const plain = at<{ key: string }[]>(r, `${list.parentPath}.plain`);
    if (total < 0) total = page.totalCount;
    expect(page.totalCount).toBe(total);
    expect(page.nodes).toEqual(page.edges.map((e) => e.node));
    // The plain list with the same first/after gives the same page.
    expect(plain).toEqual(page.nodes);
    expect(page.nodes.length).toBeLessThanOrEqual(first);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    keys.push(...page.nodes.map((n) => n.key));
    if (!page.pageInfo.hasNextPage) return { keys, pages, total };
    expect(page.nodes).toHaveLength(first);
    after = page.pageInfo.endCursor;
  }
  throw new Error(`${list.parent}.${list.field}: no last page after 200 pages`);
}

const country = (field: string, key = "key: id", args?: string): NestedList => ({ parent: `country(code: "AZ")`, parentPath: "country", field, key, args });
/** AZ has one person with a role for it in the corpus; RU has several. */
const ru = (field: string): NestedList => ({ parent: `country(code: "RU")`, parentPath: "country", field, key: "key: id" });
const pair = (field: string, key = "key: id", args?: string): NestedList => ({ parent: `bilateral(a: "RU", b: "AZ")`, parentPath: "bilateral", field, key, args });

const NESTED: NestedList[] = [
  country("agreements"),
  country("indicators"),
  country("indicators", "key: id", `metric: "TRADE_TURNOVER"`),
  country("leaders"),
  country("people"),
  country("events"),
  country("corridors"),
  country("sources"),
  ru("leaders"),
  ru("people"),
  pair("agreements"),
  // Issue 13: by default a pair lists its bilateral instruments only; these arguments give every item.
  pair("agreements", "key: id", "scope: ANY, nature: [INSTRUMENT, PROPOSAL, STATEMENT]"),
  pair("indicators"),
  pair("people"),
  pair("events"),
  pair("corridors"),
];

describe("lists inside Country AZ and Bilateral AZ-RU", () => {
  it.each(NESTED.map((l) => [`${l.parent} { ${l.field}${l.args ? `(${l.args})` : ""} }`, l] as const))(
    "%s: pages of 2 (1 for short lists) walked to the end give the unpaged list",
    async (_, list) => {
      const whole = await unpaged(list);
      const first = whole.length > 4 ? 2 : 1;
      const { keys, pages, total } = await walk(list, first);
      expect(keys).toEqual(whole);
      expect(new Set(keys).size).toBe(keys.length);
      expect(total).toBe(whole.length);
      expect(pages).toBe(Math.max(1, Math.ceil(whole.length / first)));
    },
  );

  it("the corpus gives these lists something to page (AZ: many agreements and events)", async () => {
    expect((await unpaged(country("agreements"))).length).toBeGreaterThan(10);
    expect((await unpaged(country("events"))).length).toBeGreaterThan(10);
    expect((await unpaged(pair("agreements", "key: id", "scope: ANY, nature: [INSTRUMENT, PROPOSAL, STATEMENT]"))).length).toBeGreaterThan(2);
    expect((await unpaged(country("sources"))).length).toBeGreaterThan(2);
  });

  it("pages of 1 walk the timeline too, and the connection's default page is 20", async () => {
    const whole = await unpaged(country("events"));
    expect((await walk(country("events"), 1)).keys).toEqual(whole);
    const r = await fed.query(`{ country(code: "AZ") { eventsConnection { totalCount nodes { id } pageInfo { hasNextPage } } } }`);
    const page = at<{ totalCount: number; nodes: unknown[]; pageInfo: { hasNextPage: boolean } }>(r, "country.eventsConnection");
    expect(page.nodes).toHaveLength(Math.min(20, whole.length));
    expect(page.pageInfo.hasNextPage).toBe(whole.length > 20);
  });

  it("keeps the timeline order: oldest first, undated last", async () => {
    const r = await fed.query(`{ country(code: "AZ") { agreements { id signedOnClaims { date { iso } } } } }`);
    const earliest = at<{ id: string; signedOnClaims: { date: { iso: string } }[] }[]>(r, "country.agreements").map((a) => a.signedOnClaims.map((c) => c.date.iso).sort()[0] ?? "9999");
    expect(earliest).toEqual([...earliest].sort());
  });

  it("the plain list after a connection's cursor, without first, is the rest of the list", async () => {
    const r = await fed.query(`{ country(code: "AZ") { agreementsConnection(first: 3) { pageInfo { endCursor } } all: agreements { id } } }`);
    const cursor = at<string>(r, "country.agreementsConnection.pageInfo.endCursor");
    const all = at<{ id: string }[]>(r, "country.all").map((a) => a.id);
    const rest = await fed.query(`query ($c: String) { country(code: "AZ") { agreements(after: $c) { id } } }`, { c: cursor });
    expect(at<{ id: string }[]>(rest, "country.agreements").map((a) => a.id)).toEqual(all.slice(3));
  });
});

describe("bad paging arguments", () => {
  const answerOf = async (query: string, variables?: Record<string, unknown>) => {
    const r = await fed.query(query, variables);
    expect(r.status).toBeLessThan(500);
    expect(r.errors?.length).toBeGreaterThan(0);
    return { status: r.status, error: r.errors![0]! };
  };
  const errorOf = async (query: string, variables?: Record<string, unknown>) => (await answerOf(query, variables)).error;

  it.each([
    [`{ country(code: "AZ") { agreementsConnection(after: "garbage") { totalCount } } }`, "after"],
    [`{ country(code: "AZ") { agreements(after: "garbage") { id } } }`, "after"],
    [`{ country(code: "AZ") { sourcesConnection(after: "!!") { totalCount } } }`, "after"],
    [`{ bilateral(a: "AZ", b: "RU") { eventsConnection(after: "Zm9v") { totalCount } } }`, "after"],
    [`{ bilateral(a: "AZ", b: "RU") { indicators(first: 0) { id } } }`, "first"],
    [`{ country(code: "AZ") { peopleConnection(first: 101) { totalCount } } }`, "first"],
    [`{ events(after: "garbage") { totalCount } }`, "after"],
    [`{ events(first: 0) { totalCount } }`, "first"],
    [`{ events(yearFrom: 1000) { totalCount } }`, "yearFrom"],
    [`{ events(country: "AZE") { totalCount } }`, "country"],
    [`{ roles(after: "garbage") { totalCount } }`, "after"],
    [`{ roles(country: "A") { totalCount } }`, "country"],
    [`{ documents(after: "garbage") { id } }`, "after"],
    [`{ documentsConnection(first: 1000) { totalCount } }`, "first"],
  ])("%s is BAD_USER_INPUT naming %s", async (query, argument) => {
    const { status, error: e } = await answerOf(query);
    expect(e.extensions?.code).toBe("BAD_USER_INPUT");
    expect(e.message).toContain(`"${argument}"`);
    // A page size out of range is refused by the gateway before planning (gateway/src/demand.ts), the
    // others by the subgraph that owns the list, as a field error.
    expect(status).toBe(argument === "first" ? 400 : 200);
  });

  it("refuses a cursor of another list, also another parent's list of the same field", async () => {
    const r = await fed.query(`{ country(code: "AZ") { agreementsConnection(first: 1) { pageInfo { endCursor } } eventsConnection(first: 1) { pageInfo { endCursor } } } }`);
    const agreements = at<string>(r, "country.agreementsConnection.pageInfo.endCursor");
    const events = at<string>(r, "country.eventsConnection.pageInfo.endCursor");
    for (const [query, c] of [
      [`query ($c: String) { country(code: "AZ") { eventsConnection(after: $c) { totalCount } } }`, agreements],
      [`query ($c: String) { country(code: "RU") { agreementsConnection(after: $c) { totalCount } } }`, agreements],
      [`query ($c: String) { bilateral(a: "AZ", b: "RU") { events(after: $c) { id } } }`, events],
      [`query ($c: String) { events(after: $c) { totalCount } }`, events],
    ] as const) {
      const e = await errorOf(query, { c });
      expect(e.extensions?.code).toBe("BAD_USER_INPUT");
      expect(e.message).toContain(`"after"`);
    }
  });
});

describe("top-level events, roles and documents", () => {
  /** Walks a top-level connection with `first`, returning its keys in page order. */
  async function walkTop(field: string, args: string, key: string, first: number): Promise<{ keys: string[]; total: number }> {
    const keys: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let pages = 1; pages <= 500; pages++) {
      const r: GraphQLResponse = await fed.query(`query ($after: String) { c: ${field}(${[args, `first: ${first}, after: $after`].filter(Boolean).join(", ")}) { totalCount pageInfo { hasNextPage endCursor } nodes { ${key} } } }`, { after });
      const page: Page = at<Page>(r, "c");
      if (total < 0) total = page.totalCount;
      expect(page.totalCount).toBe(total);
      keys.push(...page.nodes.map((n) => n.key));
      if (!page.pageInfo.hasNextPage) return { keys, total };
      expect(page.nodes).toHaveLength(first);
      after = page.pageInfo.endCursor;
    }
    throw new Error(`${field}: no last page after 500 pages`);
  }

  it("events: pages of 2 give every event once, by id, totalCount the number of events", async () => {
    const { keys, total } = await walkTop("events", "", "key: id", 2);
    const whole = at<{ nodes: { id: string }[]; totalCount: number }>(await fed.query(`{ events(first: 100) { totalCount nodes { id } } }`), "events");
    expect(total).toBe(whole.totalCount);
    expect(keys).toEqual(whole.nodes.map((n) => n.id).concat(keys.slice(100)));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([...keys].sort());
    expect(total).toBeGreaterThan(20);
  });

  it("events(country:) holds the same events as the country's own list; kind and years filter", async () => {
    const own = (await unpaged(country("events"))).sort();
    expect((await walkTop("events", `country: "AZ"`, "key: id", 3)).keys).toEqual(own);
    const visits = at<{ nodes: { kind: string }[]; totalCount: number }>(await fed.query(`{ events(kind: STATE_VISIT, first: 100) { totalCount nodes { kind } } }`), "events");
    expect(visits.totalCount).toBeGreaterThan(0);
    expect(new Set(visits.nodes.map((n) => n.kind))).toEqual(new Set(["STATE_VISIT"]));
    const in2024 = at<{ nodes: { dates: { date: { year: number } }[] }[]; totalCount: number }>(
      await fed.query(`{ events(yearFrom: 2024, yearTo: 2024, first: 100) { totalCount nodes { dates { date { year } } } } }`),
      "events",
    );
    expect(in2024.totalCount).toBeGreaterThan(0);
    for (const e of in2024.nodes) expect(e.dates.map((d) => d.date.year)).toContain(2024);
  });

  it("roles: pages of 2 give every role once, by id; country and kind filter; each names its person", async () => {
    const { keys, total } = await walkTop("roles", "", "key: id", 2);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(total);
    const rowIds = keys.map((k) => Number(/^Role:(\d+)$/.exec(k)?.[1]));
    expect(rowIds).toEqual([...rowIds].sort((a, b) => a - b));
    // Every role of every person, read through people, is in the list (people ≤ 100 in the corpus).
    const people = at<{ nodes: { id: string; roles: { id: string }[] }[] }>(await fed.query(`{ people(first: 100) { nodes { id roles { id } } } }`), "people");
    expect(new Set(keys)).toEqual(new Set(people.nodes.flatMap((p) => p.roles.map((r) => r.id))));
    const az = at<{ nodes: { country: { code: string } | null; person: { id: string } }[]; totalCount: number }>(
      await fed.query(`{ roles(country: "AZ", first: 100) { totalCount nodes { country { code } person { id } } } }`),
      "roles",
    );
    expect(az.totalCount).toBeGreaterThan(0);
    for (const r of az.nodes) expect(r.country?.code).toBe("AZ");
    expect(new Set(az.nodes.map((r) => r.person.id))).toEqual(new Set(await unpaged(country("people"))));
    const heads = at<{ nodes: { kind: string }[] }>(await fed.query(`{ roles(kind: HEAD_OF_STATE, first: 100) { nodes { kind } } }`), "roles");
    expect(heads.nodes.length).toBeGreaterThan(0);
    expect(new Set(heads.nodes.map((r) => r.kind))).toEqual(new Set(["HEAD_OF_STATE"]));
  });

  it("documents: the plain list is unchanged without arguments; pages of 2 (connection and plain list) give it again", async () => {
    const whole = at<{ id: string }[]>(await fed.query(`{ documents { id } }`), "documents").map((d) => d.id);
    expect(whole.length).toBeGreaterThan(2);
    const { keys, total } = await walkTop("documentsConnection", "", "key: id", 2);
    expect(keys).toEqual(whole);
    expect(total).toBe(whole.length);
    const r = await fed.query(`{ documentsConnection(first: 2) { pageInfo { endCursor } } }`);
    const cursor = at<string>(r, "documentsConnection.pageInfo.endCursor");
    const rest = await fed.query(`query ($c: String) { documents(first: 2, after: $c) { id } }`, { c: cursor });
    expect(at<{ id: string }[]>(rest, "documents").map((d) => d.id)).toEqual(whole.slice(2, 4));
  });
});

describe("SQL per request stays flat", () => {
  async function statements(query: string): Promise<number> {
    const before = db.statements.total;
    const r = await fed.query(query);
    expect(r.errors).toBeUndefined();
    return db.statements.total - before;
  }

  const NESTED_PAGES = (n: number, paging: string) => `{ countries(first: ${n}) { nodes { code
    agreementsConnection${paging} { totalCount nodes { id parties { code } } pageInfo { endCursor } }
    eventsConnection${paging} { totalCount nodes { id } }
    indicators${paging} { id }
    leaders${paging} { id }
    corridorsConnection${paging} { totalCount nodes { id } }
    sourcesConnection${paging} { totalCount nodes { id } } } } }`;

  it("paging a nested list of every country in one request costs as many statements as for five countries, and as not paging", async () => {
    await statements(NESTED_PAGES(100, "(first: 2)")); // warm-up: the gateway's query plans
    await statements(NESTED_PAGES(5, "(first: 2)"));
    await statements(NESTED_PAGES(100, "(first: 100)"));
    const all = await statements(NESTED_PAGES(100, "(first: 2)"));
    const five = await statements(NESTED_PAGES(5, "(first: 2)"));
    const whole = await statements(NESTED_PAGES(100, "(first: 100)"));
    console.log(`nested paging statements: 100 countries first 2: ${all}, 5 countries: ${five}, 100 countries first 100: ${whole}`);
    expect(all).toBe(five);
    expect(all).toBe(whole);
    // One statement per table a batch reads, not one per country: 100 countries would show it.
    expect(all).toBeLessThanOrEqual(20);
  });
});
