/**
 * Issue 12, ids clients normalise on without configuration: Apollo Client's InMemoryCache
 * and urql's graphcache key an object by __typename + id, Relay by id alone. So every
 * entity (and every citation, date claim and role) a client caches must have an id that is
 * present, the same on every read, names one object only (same id, same values), and is
 * unique across types. Every entity of every kind is read through the gateway, twice.
 */
import type { Database } from "@atlas/db";
import { seededDb } from "../support/db";
import { startFederation, type Federation, type GraphQLResponse } from "../support/federation";
import { BILATERAL_PROFILE } from "../support/queries";

let db: Database;
let fed: Federation;

beforeAll(async () => {
  db = seededDb();
  // Whole lists of 100 with their citations: over the default cost budget, which is not what this test is about.
  fed = await startFederation(db, { gateway: { limits: { maxCost: Number.MAX_SAFE_INTEGER } } });
});
afterAll(async () => {
  await fed?.stop();
  await db?.close();
});

/** The types a client's cache normalises (every object type with an identity of its own). */
const CACHED = ["Country", "Bilateral", "Agreement", "Indicator", "Person", "Role", "Event", "Corridor", "Document", "Source", "DateClaim"];

const S = `__typename id document start end claim citationId`;
const CLAIM = `__typename id basis date { iso } source { ${S} }`;
const COUNTRY = `__typename id code`;

/** Top-level lists, each read page by page: field, arguments, node selection. */
const LISTS: [string, string][] = [
  ["countries", `${COUNTRY} name sources { ${S} }`],
  ["agreements", `__typename id title parties { ${COUNTRY} } signatories { __typename id } signedOnClaims { ${CLAIM} } sources { ${S} }`],
  ["indicators", `__typename id label countries { ${COUNTRY} } sources { ${S} }`],
  ["people", `__typename id name roles { __typename id title country { ${COUNTRY} } sources { ${S} } }`],
  ["roles", `__typename id title person { __typename id }`],
  ["events", `__typename id title countries { ${COUNTRY} } participants { __typename id } dates { ${CLAIM} } sources { ${S} }`],
  ["corridors", `__typename id name countries { ${COUNTRY} } dates { ${CLAIM} } sources { ${S} }`],
  ["documentsConnection", `__typename id title`],
];

/** The deep profile as a client with a normalising cache sends it: __typename and id on every source. */
const PROFILE_WITH_IDS = BILATERAL_PROFILE.replace(/sources \{ /g, "sources { __typename id ");

function ok<T>(r: GraphQLResponse<T>): T {
  expect(r.errors).toBeUndefined();
  return r.data!;
}

async function readList(field: string, selection: string): Promise<unknown[]> {
  const nodes: unknown[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Record<string, { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> = ok(
      await fed.query(`query ($after: String) { ${field}(first: 100, after: $after) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`, { after }),
    );
    nodes.push(...data[field]!.nodes);
    if (!data[field]!.pageInfo.hasNextPage) return nodes;
    after = data[field]!.pageInfo.endCursor;
  }
}

/** Every entity of every kind, plus every pair that shares an agreement, plus the deep profile as clients send it. */
async function readEverything(): Promise<unknown[]> {
  const all: unknown[] = [];
  for (const [field, selection] of LISTS) all.push(...(await readList(field, selection)));
  const plainDocuments = ok(await fed.query<{ documents: unknown[] }>(`{ documents { __typename id title } }`)).documents;
  all.push(...plainDocuments);
  const pairs = new Set<string>();
  for (const a of all as { __typename: string; parties?: { code: string }[] }[]) {
    const codes = (a.parties ?? []).map((p) => p.code).sort();
    for (const [i, x] of codes.entries()) for (const y of codes.slice(i + 1)) pairs.add(`${x}-${y}`);
  }
  const list = [...pairs].sort();
  for (let i = 0; i < list.length; i += 10) {
    const chunk = list.slice(i, i + 10).map((p, j) => `p${j}: bilateral(a: "${p.slice(0, 2)}", b: "${p.slice(3)}") { __typename id countries { ${COUNTRY} } }`);
    all.push(...Object.values(ok(await fed.query<Record<string, unknown>>(`{ ${chunk.join(" ")} }`))));
  }
  all.push(ok(await fed.query(PROFILE_WITH_IDS, { a: "AZ", b: "RU" })));
  return all;
}

interface Seen {
  /** "Type id" → the scalar values read for it (every read must agree). */
  objects: Map<string, Record<string, unknown>>;
  /** id → the types it was seen on. */
  typesOfId: Map<string, Set<string>>;
  missing: string[];
  conflicts: string[];
}

function collect(value: unknown, seen: Seen = { objects: new Map(), typesOfId: new Map(), missing: [], conflicts: [] }, path = "$"): Seen {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collect(v, seen, `${path}[${i}]`));
    return seen;
  }
  if (!value || typeof value !== "object") return seen;
  const obj = value as Record<string, unknown>;
  const type = obj.__typename;
  if (typeof type === "string" && CACHED.includes(type)) {
    const id = obj.id;
    if (typeof id !== "string" || id === "") {
      seen.missing.push(`${path} (${type})`);
    } else {
      const key = `${type} ${id}`;
      const scalars = Object.fromEntries(Object.entries(obj).filter(([, v]) => v === null || typeof v !== "object"));
      const known = seen.objects.get(key) ?? {};
      for (const [k, v] of Object.entries(scalars)) {
        if (k in known && known[k] !== v) seen.conflicts.push(`${key}.${k}: ${JSON.stringify(known[k])} vs ${JSON.stringify(v)} at ${path}`);
      }
      seen.objects.set(key, { ...known, ...scalars });
      seen.typesOfId.set(id, (seen.typesOfId.get(id) ?? new Set()).add(type));
    }
  }
  for (const [k, v] of Object.entries(obj)) collect(v, seen, `${path}.${k}`);
  return seen;
}

describe("ids clients normalise on", () => {
  let first: Seen;
  let second: Seen;

  beforeAll(async () => {
    first = collect(await readEverything());
    second = collect(await readEverything());
  });

  it("every cached object has an id, and one id names one object (same values wherever it is read)", () => {
    expect(first.missing).toEqual([]);
    expect(first.conflicts).toEqual([]);
    const types = new Set([...first.objects.keys()].map((k) => k.split(" ")[0]));
    const counts = Object.fromEntries(CACHED.map((t) => [t, [...first.objects.keys()].filter((k) => k.startsWith(`${t} `)).length]));
    console.log(`distinct ids read: ${JSON.stringify(counts)}`);
    expect([...types].sort()).toEqual([...CACHED].sort());
  });

  it("ids are unique across types (Relay keys by id alone)", () => {
    const shared = [...first.typesOfId].filter(([, types]) => types.size > 1).map(([id, types]) => `${id}: ${[...types].join(", ")}`);
    expect(shared).toEqual([]);
  });

  it("ids are stable: a second read gives the same ids for the same objects", () => {
    expect(second.missing).toEqual([]);
    expect(second.conflicts).toEqual([]);
    expect(second.objects).toEqual(first.objects);
  });

  it("ids have the documented forms", () => {
    const byType = (type: string) => [...first.objects].filter(([k]) => k.startsWith(`${type} `)).map(([, v]) => v as { id: string; code?: string });
    for (const c of byType("Country")) expect(c.id).toBe(c.code);
    for (const b of byType("Bilateral")) expect(b.id).toMatch(/^[A-Z]{2}-[A-Z]{2}$/);
    for (const r of byType("Role")) expect(r.id).toMatch(/^Role:\d+$/);
    for (const s of byType("Source")) expect(s.id).toMatch(/^Source:[a-z_]+:\d+$/);
    for (const d of byType("DateClaim")) expect(d.id).toMatch(/^DateClaim:[a-z_]+_date:\d+$/);
    expect(byType("Country").length).toBeGreaterThan(10);
    expect(byType("Role").length).toBeGreaterThan(10);
  });

  it("a Country's id is answered where the country is named: asking for it costs no extra subgraph request", async () => {
    const requests = async (query: string): Promise<number> => {
      const before = fed.totalSubgraphRequests();
      ok(await fed.query(query));
      return fed.totalSubgraphRequests() - before;
    };
    const withCode = await requests(`{ agreements(first: 5) { nodes { id parties { code } } } indicators(first: 5) { nodes { countries { code } } } }`);
    const withId = await requests(`{ agreements(first: 5) { nodes { id parties { __typename id code } } } indicators(first: 5) { nodes { countries { __typename id code } } } }`);
    expect(withId).toBe(withCode);
  });

  it("citations have their own identity: one document's citations are many objects, not one", async () => {
    const citations = [...first.objects].filter(([k]) => k.startsWith("Source ")).map(([, v]) => v as { document: string });
    expect(citations.length).toBeGreaterThan(new Set(citations.map((c) => c.document)).size * 5);
    // The deep AZ–RU profile alone: keyed by document its citations would collapse into a handful of objects.
    const profile = collect(ok(await fed.query(PROFILE_WITH_IDS, { a: "AZ", b: "RU" })));
    const inProfile = [...profile.objects].filter(([k]) => k.startsWith("Source ")).map(([, v]) => v as { document: string });
    const documents = new Set(inProfile.map((c) => c.document)).size;
    console.log(`AZ–RU profile: ${inProfile.length} citations in ${documents} documents`);
    expect(inProfile.length).toBeGreaterThan(documents);
    expect(profile.conflicts).toEqual([]);
  });
});
