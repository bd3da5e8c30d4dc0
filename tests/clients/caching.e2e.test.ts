/**
 * Issue 12: GET answers a browser or a CDN may keep, and the persisted-operation list.
 * The explorer's operations as its build lists them (web/dist/persisted-operations.json),
 * sent as APQ-style GETs to the real gateway over every subgraph: Cache-Control by caller,
 * a weak ETag and 304 on If-None-Match, no-store for POST, mutations, errors and curators;
 * PERSISTED_OPERATIONS=only refusing unlisted documents from callers without a key.
 */
import { createHash } from "node:crypto";
import { ApolloClient, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import type { Database } from "@atlas/db";
import { ApiKeys } from "@atlas/gateway/src/keys";
import { createGateway, type Gateway } from "@atlas/gateway/src/server";
import { seededDb } from "../support/db";
import { startFederation, type Federation } from "../support/federation";
import { ensureWebBuilt, listedOperation, persistedSearch, type ListedOperation } from "./support";

let db: Database;
let fed: Federation;
const gateways: Gateway[] = [];
let profile: ListedOperation;
let countries: ListedOperation;
let readerKey: string;
let curatorKey: string;

async function gatewayWith(options: Parameters<typeof createGateway>[0]): Promise<string> {
  const g = await createGateway({ subgraphUrls: fed.subgraphUrls, subgraphSecret: fed.subgraphSecret, rateLimit: { enabled: false }, ...options });
  gateways.push(g);
  return g.listen(0);
}

beforeAll(async () => {
  ensureWebBuilt();
  profile = listedOperation("ExplorerProfile");
  countries = listedOperation("ExplorerCountries");
  db = seededDb();
  // The list is the explorer's build, found beside the gateway as in production.
  fed = await startFederation(db, { gateway: { rateLimit: { enabled: false }, cache: { maxAgeSeconds: 60, subgraphHints: false } } });
  const keys = new ApiKeys(db);
  readerKey = (await keys.createKey({ name: "cache test (reader)", role: "reader", createdBy: "test" })).key;
  curatorKey = (await keys.createKey({ name: "cache test (curator)", role: "curator", createdBy: "test" })).key;
}, 240_000);
afterAll(async () => {
  for (const g of gateways) await g.stop();
  await fed?.stop();
  await db?.close();
});

interface Body {
  data?: { bilateral?: { id: string } } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function get(url: string, search: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; body: Body | null }> {
  const res = await fetch(`${url}${search}`, { headers });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Body) : null };
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

const AZ_RU = { a: "AZ", b: "RU" };

describe("Cache-Control, ETag and 304 on persisted GETs", () => {
  it("an anonymous persisted GET is public for 60 s, with a weak ETag and Vary on what changes the answer", async () => {
    const r = await get(fed.gatewayUrl, persistedSearch(profile, AZ_RU));
    expect(r.status).toBe(200);
    expect(r.body?.data?.bilateral?.id).toBe("AZ-RU");
    expect(r.headers.get("cache-control")).toBe("public, max-age=60");
    expect(r.headers.get("etag")).toMatch(/^W\/"[0-9a-f]+-[A-Za-z0-9+/_-]+"$/);
    expect(r.headers.get("vary")?.toLowerCase().split(/,\s*/)).toEqual(expect.arrayContaining(["authorization", "accept-encoding"]));
    console.log(`persisted GET ExplorerProfile AZ-RU: ${[...r.headers].filter(([k]) => /^(cache-control|etag|vary|content-type|access-control-allow-origin)$/.test(k)).map(([k, v]) => `${k}: ${v}`).join(" | ")}`);
  });

  it("If-None-Match with that ETag is 304 Not Modified, no body, the same validators", async () => {
    const first = await get(fed.gatewayUrl, persistedSearch(profile, AZ_RU));
    const etag = first.headers.get("etag")!;
    const again = await get(fed.gatewayUrl, persistedSearch(profile, AZ_RU), { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe("public, max-age=60");
    // Another pair is another answer.
    const other = await get(fed.gatewayUrl, persistedSearch(profile, { a: "AZ", b: "KZ" }), { "if-none-match": etag });
    expect(other.status).toBe(200);
    expect(other.headers.get("etag")).not.toBe(etag);
  });

  it("POST answers stay no-store, persisted or not", async () => {
    for (const body of [{ query: profile.body, variables: AZ_RU }, { variables: AZ_RU, extensions: { persistedQuery: { version: 1, sha256Hash: profile.id } } }]) {
      const r = await post(fed.gatewayUrl, body);
      expect(r.status).toBe(200);
      expect(r.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("a reader's key: private (its own client may keep it); a curator's: no-store", async () => {
    const reader = await get(fed.gatewayUrl, persistedSearch(profile, AZ_RU), { authorization: `Bearer ${readerKey}` });
    expect([reader.status, reader.headers.get("cache-control")]).toEqual([200, "private, max-age=60"]);
    const curator = await get(fed.gatewayUrl, persistedSearch(profile, AZ_RU), { authorization: `Bearer ${curatorKey}` });
    expect([curator.status, curator.headers.get("cache-control")]).toEqual([200, "no-store"]);
  });

  it("errors, unknown hashes and mutations are never cacheable", async () => {
    const invalid = await get(fed.gatewayUrl, `?${new URLSearchParams({ query: `{ country(code: "AZ") { nope } }` })}`);
    expect([invalid.status, invalid.headers.get("cache-control")]).toEqual([400, "no-store"]);
    const badVariables = await get(fed.gatewayUrl, persistedSearch(profile, { a: "AZ" }));
    expect([badVariables.status, badVariables.headers.get("cache-control")]).toEqual([400, "no-store"]);
    const unknown = await get(fed.gatewayUrl, `?${new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } }) })}`);
    expect(unknown.body?.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(unknown.headers.get("cache-control")).toBe("no-store");
    const mutation = await get(fed.gatewayUrl, `?${new URLSearchParams({ query: "mutation { __typename }" })}`);
    expect([mutation.status, mutation.headers.get("cache-control")]).toEqual([405, "no-store"]);
  });

  it("GATEWAY_CACHE_MAX_AGE=0 turns caching off; trusting only subgraph hints, the subgraphs' own 60 s default makes the answer", async () => {
    const off = await gatewayWith({ cache: { maxAgeSeconds: 0 } });
    expect((await get(off, persistedSearch(countries, {}))).headers.get("cache-control")).toBe("no-store");
    const hintsOnly = await gatewayWith({ cache: { maxAgeSeconds: 60, subgraphHints: true } });
    expect((await get(hintsOnly, persistedSearch(countries, {}))).headers.get("cache-control")).toBe("public, max-age=60");
  });
});

describe("Apollo Client's persisted-queries link", () => {
  it("registers its query once, then sends hashed GETs the gateway answers as cacheable", async () => {
    const seen: { method: string; hashOnly: boolean; cacheControl: string | null }[] = [];
    const recording: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      const url = new URL(String(input));
      seen.push({ method: init?.method ?? "GET", hashOnly: url.searchParams.has("extensions") && !url.searchParams.has("query"), cacheControl: res.headers.get("cache-control") });
      return res;
    };
    const sha256 = (s: string): string => createHash("sha256").update(s).digest("hex");
    const link = new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(new HttpLink({ uri: fed.gatewayUrl, fetch: recording }));
    const query = gql`
      query Pair($a: ID!, $b: ID!) {
        bilateral(a: $a, b: $b) {
          id
        }
      }
    `;
    for (let i = 0; i < 2; i++) {
      const client = new ApolloClient({ link, cache: new InMemoryCache() });
      const r = await client.query({ query, variables: AZ_RU });
      expect(r.data).toEqual({ bilateral: { __typename: "Bilateral", id: "AZ-RU" } });
      client.stop();
    }
    // Unknown hash (GET), the document registered (POST), then the hash alone (GET), cacheable.
    expect(seen[0]).toMatchObject({ method: "GET", hashOnly: true, cacheControl: "no-store" });
    expect(seen.at(-1)).toEqual({ method: "GET", hashOnly: true, cacheControl: "public, max-age=60" });
  });
});

describe("PERSISTED_OPERATIONS=only", () => {
  let only: string;
  beforeAll(async () => {
    only = await gatewayWith({ persistedOperations: { mode: "only" } });
  });

  it("runs a listed operation by its hash, and by its exact document", async () => {
    const byHash = await get(only, persistedSearch(profile, AZ_RU));
    expect([byHash.status, byHash.body?.data?.bilateral?.id]).toEqual([200, "AZ-RU"]);
    const byDocument = await post(only, { query: profile.body, variables: AZ_RU });
    expect(byDocument.status).toBe(200);
  });

  it("refuses an unlisted document from a caller without a key: 400 PERSISTED_QUERY_NOT_IN_LIST, GET or POST, before any subgraph call", async () => {
    const query = `query Mine { country(code: "AZ") { code } }`;
    for (const send of [() => fetch(`${only}?${new URLSearchParams({ query })}`), () => post(only, { query })]) {
      const before = fed.totalSubgraphRequests();
      const r = await send();
      expect(r.status).toBe(400);
      const body = (await r.json()) as Body;
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_IN_LIST");
      expect(body.errors?.[0]?.message).toContain("Mine");
      expect(fed.totalSubgraphRequests()).toBe(before);
    }
    // Registering it the APQ way is refused too, and does not make the hash work.
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const register = await post(only, { query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(register.status).toBe(400);
    const byHash = await post(only, { extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(((await byHash.json()) as Body).errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });

  it("a caller with a key may still send any document (curators' imports are free-form)", async () => {
    const r = await post(only, { query: `query Mine { country(code: "AZ") { code } }` }, { authorization: `Bearer ${readerKey}` });
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ data: { country: { code: "AZ" } } });
  });

  it("the exports, the gateway's own operations, still answer anonymous callers", async () => {
    const r = await fetch(only.replace(/\/graphql$/, "/export/agreements.json?limit=2"));
    expect(r.status).toBe(200);
    expect(((await r.json()) as { rows: unknown[] }).rows).toHaveLength(2);
  });
});
