/**
 * Issue 12: pages on other origins and the clients' own defaults, against the real gateway
 * over every subgraph. CORS with an allow-list (preflights answered, the headers clients send
 * allowed, the headers they read exposed), and CSRF decided against bearer keys: GETs without
 * a content type or preflight header answer, mutations over GET and non-JSON POSTs do not.
 * Apollo Client, urql and graphql-request are used as their authors ship them.
 */
import { ApolloClient, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { Client as UrqlClient, fetchExchange } from "@urql/core";
import { GraphQLClient, request as graphqlRequest } from "graphql-request";
import type { Database } from "@atlas/db";
import { ApiKeys } from "@atlas/gateway/src/keys";
import { createGateway, type Gateway } from "@atlas/gateway/src/server";
import { seededDb } from "../support/db";
import { startFederation, type Federation } from "../support/federation";

const APP = "http://app.example";
const OTHER = "http://evil.example";

let db: Database;
let fed: Federation;
let listed: Gateway;
let listedUrl: string;
let production: Gateway;
let productionUrl: string;
let readerKey: string;

beforeAll(async () => {
  db = seededDb();
  fed = await startFederation(db, { gateway: { corsOrigins: "*", rateLimit: { enabled: false } } });
  const on = { subgraphUrls: fed.subgraphUrls, subgraphSecret: fed.subgraphSecret, rateLimit: { enabled: false } };
  listed = await createGateway({ ...on, corsOrigins: [APP] });
  listedUrl = await listed.listen(0);
  // Production without CORS_ORIGINS: the default, no other origin.
  production = await createGateway({ ...on, production: true, corsOrigins: undefined });
  productionUrl = await production.listen(0);
  readerKey = (await new ApiKeys(db).createKey({ name: "cors test (reader)", role: "reader", createdBy: "test" })).key;
});
afterAll(async () => {
  await listed?.stop();
  await production?.stop();
  await fed?.stop();
  await db?.close();
});

const COUNTRY = `{ country(code: "AZ") { code name } }`;
const get = (url: string, query: string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${url}?${new URLSearchParams({ query })}`, { headers });
const preflight = (url: string, origin: string, method = "POST", headers = "content-type,authorization"): Promise<Response> =>
  fetch(url, { method: "OPTIONS", headers: { origin, "access-control-request-method": method, "access-control-request-headers": headers } });
const list = (h: string | null): string[] => (h ?? "").split(",").map((s) => s.trim().toLowerCase());

describe("CORS with an allow-list", () => {
  it("answers a preflight from an allowed origin: 204, the methods, the headers clients send, Vary: Origin, a max-age", async () => {
    const clientHeaders = "content-type,authorization,apollo-require-preflight,x-apollo-operation-name,graphql-client-name,x-request-id";
    const r = await preflight(listedUrl, APP, "POST", clientHeaders);
    expect(r.status).toBe(204);
    expect(r.headers.get("access-control-allow-origin")).toBe(APP);
    expect(list(r.headers.get("access-control-allow-methods"))).toEqual(expect.arrayContaining(["get", "post"]));
    expect(list(r.headers.get("access-control-allow-headers"))).toEqual(expect.arrayContaining(clientHeaders.split(",")));
    expect(list(r.headers.get("vary"))).toContain("origin");
    expect(r.headers.get("access-control-max-age")).toBe("7200");
    expect(r.headers.get("access-control-allow-credentials")).toBeNull();
    // The exports too.
    const e = await preflight(listedUrl.replace(/\/graphql$/, "/export/agreements.csv"), APP, "GET", "authorization");
    expect([e.status, e.headers.get("access-control-allow-origin")]).toEqual([204, APP]);
  });

  it("refuses a preflight from another origin with 403 CORS_ORIGIN_REFUSED and no CORS headers", async () => {
    const r = await preflight(listedUrl, OTHER);
    expect(r.status).toBe(403);
    expect(r.headers.get("access-control-allow-origin")).toBeNull();
    expect(((await r.json()) as { errors: { extensions: { code: string }; message: string }[] }).errors[0]).toMatchObject({
      extensions: { code: "CORS_ORIGIN_REFUSED" },
      message: expect.stringContaining(OTHER),
    });
  });

  it("a GET query answers with and without Origin; only an allowed origin gets the CORS headers and exposed headers", async () => {
    const withOrigin = await get(listedUrl, COUNTRY, { origin: APP });
    expect(withOrigin.status).toBe(200);
    expect(await withOrigin.json()).toEqual({ data: { country: { code: "AZ", name: "Azerbaijan" } } });
    expect(withOrigin.headers.get("access-control-allow-origin")).toBe(APP);
    expect(list(withOrigin.headers.get("access-control-expose-headers"))).toEqual(
      expect.arrayContaining(["x-request-id", "etag", "link", "export-truncated", "retry-after", "ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"]),
    );
    expect(list(withOrigin.headers.get("vary"))).toContain("origin");

    const without = await get(listedUrl, COUNTRY);
    expect(without.status).toBe(200);
    expect(without.headers.get("access-control-allow-origin")).toBeNull();

    // Another origin's page gets the answer sent, without the header that would let the browser hand it over.
    const other = await get(listedUrl, COUNTRY, { origin: OTHER });
    expect(other.status).toBe(200);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("an error answer is readable by an allowed page too (a bad key's 401 carries the CORS headers)", async () => {
    const r = await fetch(listedUrl, { method: "POST", headers: { origin: APP, "content-type": "application/json", authorization: "Bearer nope" }, body: JSON.stringify({ query: COUNTRY }) });
    expect(r.status).toBe(401);
    expect(r.headers.get("access-control-allow-origin")).toBe(APP);
  });

  it("CORS_ORIGINS=* lets any origin read, never with credentials", async () => {
    const r = await get(fed.gatewayUrl, COUNTRY, { origin: OTHER });
    expect(r.headers.get("access-control-allow-origin")).toBe("*");
    expect(r.headers.get("access-control-allow-credentials")).toBeNull();
    const p = await preflight(fed.gatewayUrl, OTHER);
    expect([p.status, p.headers.get("access-control-allow-origin")]).toEqual([204, "*"]);
  });

  it("production without CORS_ORIGINS lets no other origin read (the explorer on the gateway's own origin needs none)", async () => {
    expect((await preflight(productionUrl, APP)).status).toBe(403);
    const r = await get(productionUrl, COUNTRY, { origin: APP });
    expect(r.status).toBe(200);
    expect(r.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("CSRF decided against bearer keys: GETs need no preflight header", () => {
  it("a GET as urql sends it (only an Accept header, no content type) answers", async () => {
    const r = await get(fed.gatewayUrl, COUNTRY, { accept: "application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed" });
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ data: { country: { code: "AZ", name: "Azerbaijan" } } });
  });

  it("a mutation over GET is still refused (405, Allow: POST), with or without a preflight header", async () => {
    for (const headers of [{}, { "apollo-require-preflight": "true" }] as Record<string, string>[]) {
      const before = fed.totalSubgraphRequests();
      const r = await get(fed.gatewayUrl, "mutation { __typename }", headers);
      expect(r.status).toBe(405);
      expect(r.headers.get("allow")).toBe("POST");
      expect(r.headers.get("cache-control")).toBe("no-store");
      expect(fed.totalSubgraphRequests()).toBe(before);
    }
  });

  it("a POST that is not JSON (a form, multipart, text/plain, none) is 400 BAD_REQUEST naming the content type, before any subgraph call", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", undefined]) {
      const before = fed.totalSubgraphRequests();
      // A byte body: fetch() gives a string body a text/plain content type of its own.
      const r = await fetch(fed.gatewayUrl, { method: "POST", headers: type ? { "content-type": type } : {}, body: new TextEncoder().encode(JSON.stringify({ query: COUNTRY })) });
      expect(r.status).toBe(400);
      const body = (await r.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe("BAD_REQUEST");
      expect(body.errors[0]!.message).toContain(type ? `"${type.split(";")[0]}"` : "none");
      expect(fed.totalSubgraphRequests()).toBe(before);
    }
  });
});

describe("the common clients with their defaults", () => {
  /** fetch() that records each request's method and content type. */
  function recordingFetch(): { fetch: typeof fetch; seen: { method: string; contentType: string | null }[] } {
    const seen: { method: string; contentType: string | null }[] = [];
    const recording: typeof fetch = async (input, init) => {
      const headers = new Headers(init?.headers);
      seen.push({ method: init?.method ?? "GET", contentType: headers.get("content-type") });
      return fetch(input, init);
    };
    return { fetch: recording, seen };
  }

  it("urql sends the query as a GET without a content type, and gets the answer", async () => {
    const { fetch: f, seen } = recordingFetch();
    const client = new UrqlClient({ url: fed.gatewayUrl, exchanges: [fetchExchange], fetch: f });
    const r = await client.query(COUNTRY, {}).toPromise();
    expect(r.error).toBeUndefined();
    expect(r.data).toEqual({ country: { code: "AZ", name: "Azerbaijan" } });
    expect(seen).toEqual([{ method: "GET", contentType: null }]);
  });

  it("graphql-request answers by POST (its default) and by GET", async () => {
    expect(await graphqlRequest(fed.gatewayUrl, COUNTRY)).toEqual({ country: { code: "AZ", name: "Azerbaijan" } });
    const { fetch: f, seen } = recordingFetch();
    const client = new GraphQLClient(fed.gatewayUrl, { method: "GET", fetch: f });
    expect(await client.request(COUNTRY)).toEqual({ country: { code: "AZ", name: "Azerbaijan" } });
    expect(seen.map((s) => s.method)).toEqual(["GET"]);
  });

  it("Apollo Client answers by POST (its default) and with useGETForQueries", async () => {
    for (const useGETForQueries of [false, true]) {
      const { fetch: f, seen } = recordingFetch();
      const client = new ApolloClient({ link: new HttpLink({ uri: fed.gatewayUrl, fetch: f, useGETForQueries }), cache: new InMemoryCache() });
      const r = await client.query({ query: gql(COUNTRY) });
      expect(r.data).toEqual({ country: { __typename: "Country", code: "AZ", name: "Azerbaijan" } });
      expect(seen.map((s) => s.method)).toEqual([useGETForQueries ? "GET" : "POST"]);
      client.stop();
    }
  });

  it("a page with a key calls from an allowed origin (the preflight lets Authorization through)", async () => {
    const p = await preflight(listedUrl, APP, "POST", "authorization,content-type");
    expect(p.status).toBe(204);
    const r = await fetch(listedUrl, { method: "POST", headers: { origin: APP, "content-type": "application/json", authorization: `Bearer ${readerKey}` }, body: JSON.stringify({ query: COUNTRY }) });
    expect(r.status).toBe(200);
    expect(r.headers.get("access-control-allow-origin")).toBe(APP);
  });
});
