/**
 * What the gateway answers to every way an automatic persisted query (APQ) request can go
 * wrong, over GET and POST, against the real federation: the codes are Apollo's where Apollo
 * Server has one and Apollo Router's where only the Router has one, so Apollo Client's
 * persisted-queries link and any client written against either behaves as it would there.
 *
 * - A hash the gateway does not know: 200, PERSISTED_QUERY_NOT_FOUND, message
 *   "PersistedQueryNotFound" (the link retries on the code, older links on the message).
 * - A query sent with a hash that is not its sha256: 400 PERSISTED_QUERY_HASH_MISMATCH, not
 *   run, not registered, and the hash keeps naming its own document.
 * - A persistedQuery whose version is not 1, or that is not an object: 400 BAD_REQUEST naming
 *   the field. A sha256Hash that is not a string is no stored query's (alone) and no query's
 *   sha256 (with one): the two answers above.
 */
import { createHash } from "node:crypto";
import { ApolloClient, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import type { Database } from "@atlas/db";
import { createGateway, type Gateway } from "@atlas/gateway/src/server";
import { seededDb } from "../support/db";
import { startFederation, type Federation } from "../support/federation";

interface Answer {
  status: number;
  cacheControl: string | null;
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

let db: Database;
let fed: Federation;
const gateways: Gateway[] = [];

beforeAll(async () => {
  db = seededDb();
  fed = await startFederation(db, { gateway: { rateLimit: { enabled: false } } });
}, 240_000);
afterAll(async () => {
  for (const g of gateways) await g.stop();
  await fed?.stop();
  await db?.close();
});

const sha256 = (s: string): string => createHash("sha256").update(s, "utf8").digest("hex");

async function answerOf(res: Response): Promise<Answer> {
  const body = (await res.json()) as Omit<Answer, "status" | "cacheControl">;
  return { status: res.status, cacheControl: res.headers.get("cache-control"), ...body };
}

type Send = (url: string, request: { query?: string; variables?: Record<string, unknown>; extensions: unknown }) => Promise<Answer>;

const byPost: Send = async (url, request) =>
  answerOf(await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(request) }));

const byGet: Send = async (url, { query, variables, extensions }) => {
  const search = new URLSearchParams({ extensions: JSON.stringify(extensions) });
  if (query !== undefined) search.set("query", query);
  if (variables !== undefined) search.set("variables", JSON.stringify(variables));
  return answerOf(await fetch(`${url}?${search}`));
};

const METHODS: [string, Send][] = [
  ["GET", byGet],
  ["POST", byPost],
];

const codeOf = (a: Answer): string | undefined => a.errors?.[0]?.extensions?.code;
const apq = (sha256Hash: unknown, version: unknown = 1) => ({ persistedQuery: { version, sha256Hash } });

describe.each(METHODS)("APQ over %s", (method, send) => {
  // Each method its own documents, so one's registrations do not answer the other's.
  const query = `query Azerbaijan${method} { country(code: "AZ") { code name } }`;
  const other = `query Russia${method} { country(code: "RU") { code name } }`;

  it("an unknown hash: 200 PERSISTED_QUERY_NOT_FOUND, never cached, before any subgraph call", async () => {
    const before = fed.totalSubgraphRequests();
    const a = await send(fed.gatewayUrl, { extensions: apq(sha256(query)) });
    expect(a.status).toBe(200);
    expect(a.errors).toEqual([{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }]);
    expect(a.cacheControl).toBe("no-store");
    expect(fed.totalSubgraphRequests()).toBe(before);
  });

  it("a query whose hash is not its sha256: 400 PERSISTED_QUERY_HASH_MISMATCH saying so, not run, not registered", async () => {
    const wrong = sha256(other);
    const before = fed.totalSubgraphRequests();
    const a = await send(fed.gatewayUrl, { query, extensions: apq(wrong) });
    expect(a.status).toBe(400);
    expect(a.data ?? null).toBeNull();
    expect(a.errors).toHaveLength(1);
    expect(codeOf(a)).toBe("PERSISTED_QUERY_HASH_MISMATCH");
    expect(a.errors?.[0]?.message).toMatch(/sha256Hash.*does not match the query/);
    expect(a.cacheControl).toBe("no-store");
    expect(fed.totalSubgraphRequests()).toBe(before);
    // The hash was not taken for this document.
    expect(codeOf(await send(fed.gatewayUrl, { extensions: apq(wrong) }))).toBe("PERSISTED_QUERY_NOT_FOUND");
  });

  it("a registered hash cannot be taken over by another document: it keeps answering its own", async () => {
    const hash = sha256(query);
    const registered = await send(fed.gatewayUrl, { query, extensions: apq(hash) });
    expect([registered.status, registered.errors, registered.data]).toEqual([200, undefined, { country: { code: "AZ", name: "Azerbaijan" } }]);
    const hijack = await send(fed.gatewayUrl, { query: other, extensions: apq(hash) });
    expect([hijack.status, codeOf(hijack)]).toEqual([400, "PERSISTED_QUERY_HASH_MISMATCH"]);
    const byHash = await send(fed.gatewayUrl, { extensions: apq(hash) });
    expect([byHash.status, byHash.data]).toEqual([200, { country: { code: "AZ", name: "Azerbaijan" } }]);
  });

  it("a hash that is not a string, sent with a query, is no sha256 of it: 400 PERSISTED_QUERY_HASH_MISMATCH", async () => {
    for (const hash of [12345, null, { sha256: sha256(query) }]) {
      const a = await send(fed.gatewayUrl, { query, extensions: apq(hash) });
      expect([a.status, codeOf(a)]).toEqual([400, "PERSISTED_QUERY_HASH_MISMATCH"]);
    }
  });

  it("a hash alone that is not a string names no stored query: PERSISTED_QUERY_NOT_FOUND, as Apollo Server answers", async () => {
    for (const hash of [12345, undefined, ["a"]]) {
      const a = await send(fed.gatewayUrl, { extensions: apq(hash) });
      expect([a.status, codeOf(a)]).toEqual([200, "PERSISTED_QUERY_NOT_FOUND"]);
    }
  });

  it("a version other than 1, or an extension that is not an object: 400 BAD_REQUEST naming extensions.persistedQuery.version", async () => {
    const before = fed.totalSubgraphRequests();
    for (const request of [
      { query, extensions: apq(sha256(query), 2) },
      { extensions: apq(sha256(query), "1") },
      { extensions: apq(sha256(query), null) },
      { query, extensions: { persistedQuery: sha256(query) } },
      { extensions: { persistedQuery: true } },
    ]) {
      const a = await send(fed.gatewayUrl, request);
      expect([a.status, codeOf(a)]).toEqual([400, "BAD_REQUEST"]);
      expect(a.errors?.[0]?.message).toMatch(/extensions\.persistedQuery\.version must be 1/);
    }
    expect(fed.totalSubgraphRequests()).toBe(before);
  });
});

describe("Apollo Client's persisted-queries link", () => {
  const query = gql`
    query Kazakhstan {
      country(code: "KZ") {
        code
      }
    }
  `;

  it("reports a hash that does not match its query by code, after one retry with the document", async () => {
    const seen: { method: string; status: number }[] = [];
    const recording: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      seen.push({ method: init?.method ?? "GET", status: res.status });
      return res;
    };
    // A client whose hashing is broken: what it sends is not the sha256 of the document.
    const link = new PersistedQueryLink({ sha256: (s: string) => sha256(`${s} `), useGETForHashedQueries: true }).concat(new HttpLink({ uri: fed.gatewayUrl, fetch: recording }));
    const client = new ApolloClient({ link, cache: new InMemoryCache() });
    const error = await client.query({ query }).then(
      () => undefined,
      (e: unknown) => e,
    );
    client.stop();
    expect(seen).toEqual([
      { method: "GET", status: 200 },
      { method: "POST", status: 400 },
    ]);
    const errors = (error as { errors?: { extensions?: { code?: string } }[] } | undefined)?.errors;
    expect(errors?.map((e) => e.extensions?.code)).toEqual(["PERSISTED_QUERY_HASH_MISMATCH"]);
  });
});

describe("with the response cache's front on", () => {
  it("keeps no error answer: a mismatch is refused every time, the right hash then registers and is served", async () => {
    const g = await createGateway({ subgraphUrls: fed.subgraphUrls, subgraphSecret: fed.subgraphSecret, rateLimit: { enabled: false }, responseCache: { enabled: true, redisUrl: undefined } });
    gateways.push(g);
    const url = await g.listen(0);
    const query = `query Uzbekistan { country(code: "UZ") { code } }`;
    const hash = sha256(query);
    for (const send of [byGet, byGet, byPost]) {
      const a = await send(url, { query, extensions: apq(sha256(`${query}\n`)) });
      expect([a.status, codeOf(a)]).toEqual([400, "PERSISTED_QUERY_HASH_MISMATCH"]);
      const missing = await send(url, { extensions: apq(hash) });
      expect([missing.status, codeOf(missing)]).toEqual([200, "PERSISTED_QUERY_NOT_FOUND"]);
    }
    const registered = await byGet(url, { query, extensions: apq(hash) });
    expect([registered.status, registered.data]).toEqual([200, { country: { code: "UZ" } }]);
    // The answer by hash is the cache's (no subgraph asked again), the refusals were not.
    const before = fed.totalSubgraphRequests();
    for (let i = 0; i < 2; i++) {
      const byHash = await byGet(url, { extensions: apq(hash) });
      expect([byHash.status, byHash.errors, byHash.data]).toEqual([200, undefined, { country: { code: "UZ" } }]);
    }
    expect(fed.totalSubgraphRequests()).toBe(before);
  });
});
