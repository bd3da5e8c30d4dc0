/**
 * Issue 12, the rules without a server: CORS_ORIGINS parsing and defaults, which answers are
 * cacheable and for how long, If-None-Match comparison, the persisted-operation list (its
 * format, its hashes, the explorer's build matching its source).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cacheControlFor, cacheMaxAgeFromEnv, etagMatches, type Answer } from "@atlas/gateway/src/http/cache-headers";
import { corsOriginsFromEnv, defaultCorsOrigins } from "@atlas/gateway/src/http/cors";
import { manifestOperations, persistedModeFromEnv, PersistedQueryStore, sha256Hex } from "@atlas/gateway/src/http/persisted";
import { extractOperations, manifestOf } from "../../web/persisted-operations";
import { ensureWebBuilt, MANIFEST, ROOT } from "./support";

describe("CORS_ORIGINS", () => {
  it("is any origin in development and none in production when unset", () => {
    expect(corsOriginsFromEnv(undefined)).toBeUndefined();
    expect(corsOriginsFromEnv(" , ")).toBeUndefined();
    expect(defaultCorsOrigins(false)).toBe("*");
    expect(defaultCorsOrigins(true)).toEqual([]);
  });

  it("takes * or origins, normalised as browsers send them", () => {
    expect(corsOriginsFromEnv("*")).toBe("*");
    expect(corsOriginsFromEnv("https://App.Example.org, http://localhost:5173 ,https://x.example:443")).toEqual([
      "https://app.example.org",
      "http://localhost:5173",
      "https://x.example",
    ]);
  });

  it("refuses what is not an origin, naming it", () => {
    expect(() => corsOriginsFromEnv("app.example.org")).toThrow(/"app\.example\.org" is not an origin/);
    expect(() => corsOriginsFromEnv("https://app.example.org/path")).toThrow(/without a path/);
    expect(() => corsOriginsFromEnv("ftp://app.example.org")).toThrow(/not an origin/);
    expect(() => corsOriginsFromEnv("*,https://app.example.org")).toThrow(/cannot be combined/);
  });
});

describe("Cache-Control", () => {
  const options = { maxAgeSeconds: 60, subgraphHints: false };
  const anonymousGet: Answer = { method: "GET", operation: "query", status: 200, hasErrors: false, caller: undefined, subgraphPolicy: null };
  const reader = { id: "key:r", name: "r", role: "reader" as const };
  const curator = { id: "key:c", name: "c", role: "curator" as const };

  it("an anonymous GET query is public; a reader's private; a curator's and an admin's not stored", () => {
    expect(cacheControlFor(anonymousGet, options)).toBe("public, max-age=60");
    expect(cacheControlFor({ ...anonymousGet, caller: reader }, options)).toBe("private, max-age=60");
    expect(cacheControlFor({ ...anonymousGet, caller: curator }, options)).toBe("no-store");
    expect(cacheControlFor({ ...anonymousGet, caller: { ...curator, role: "admin" } }, options)).toBe("no-store");
  });

  it("POST, mutations, errors (a partial answer too) and failed answers are never stored", () => {
    expect(cacheControlFor({ ...anonymousGet, method: "POST" }, options)).toBe("no-store");
    expect(cacheControlFor({ ...anonymousGet, operation: "mutation" }, options)).toBe("no-store");
    expect(cacheControlFor({ ...anonymousGet, operation: undefined }, options)).toBe("no-store");
    expect(cacheControlFor({ ...anonymousGet, hasErrors: true }, options)).toBe("no-store");
    expect(cacheControlFor({ ...anonymousGet, status: 400 }, options)).toBe("no-store");
  });

  it("the subgraphs' hints shorten the age and make it private; GATEWAY_CACHE_MAX_AGE caps them", () => {
    expect(cacheControlFor({ ...anonymousGet, subgraphPolicy: { maxAge: 30, scope: "PUBLIC" } }, options)).toBe("public, max-age=30");
    expect(cacheControlFor({ ...anonymousGet, subgraphPolicy: { maxAge: 3600, scope: "PUBLIC" } }, options)).toBe("public, max-age=60");
    expect(cacheControlFor({ ...anonymousGet, subgraphPolicy: { maxAge: 30, scope: "PRIVATE" } }, options)).toBe("private, max-age=30");
    // Trusting only the hints: none (every subgraph said no-store) is no-store.
    expect(cacheControlFor(anonymousGet, { ...options, subgraphHints: true })).toBe("no-store");
    expect(cacheControlFor({ ...anonymousGet, subgraphPolicy: { maxAge: 30, scope: "PUBLIC" } }, { ...options, subgraphHints: true })).toBe("public, max-age=30");
    expect(cacheControlFor(anonymousGet, { ...options, maxAgeSeconds: 0 })).toBe("no-store");
  });

  it("GATEWAY_CACHE_MAX_AGE: whole seconds, 0 allowed, anything else refused", () => {
    expect(cacheMaxAgeFromEnv(undefined)).toBe(60);
    expect(cacheMaxAgeFromEnv("0")).toBe(0);
    expect(cacheMaxAgeFromEnv("300")).toBe(300);
    expect(() => cacheMaxAgeFromEnv("1m")).toThrow(/GATEWAY_CACHE_MAX_AGE/);
    expect(() => cacheMaxAgeFromEnv("-1")).toThrow(/GATEWAY_CACHE_MAX_AGE/);
  });

  it("If-None-Match compares weakly, takes lists and *", () => {
    expect(etagMatches('W/"a-1"', 'W/"a-1"')).toBe(true);
    expect(etagMatches('"a-1"', 'W/"a-1"')).toBe(true);
    expect(etagMatches('W/"b", W/"a-1"', 'W/"a-1"')).toBe(true);
    expect(etagMatches("*", 'W/"a-1"')).toBe(true);
    expect(etagMatches('W/"a-2"', 'W/"a-1"')).toBe(false);
    expect(etagMatches(undefined, 'W/"a-1"')).toBe(false);
    expect(etagMatches('W/"a-1"', undefined)).toBe(false);
  });
});

describe("the persisted-operation list", () => {
  const body = "query A { country(code: \"AZ\") { code } }";
  const manifest = (ops: unknown[]) => ({ format: "apollo-persisted-query-manifest", version: 1, operations: ops });

  it("reads Apollo's manifest format and checks every id is its body's sha256", () => {
    const ops = manifestOperations(manifest([{ id: sha256Hex(body), name: "A", type: "query", body }]));
    expect([...ops.keys()]).toEqual([sha256Hex(body)]);
    expect(() => manifestOperations(manifest([{ id: "0".repeat(64), name: "A", type: "query", body }]))).toThrow(/operations\[0\].*sha256/);
    expect(() => manifestOperations({ operations: [] })).toThrow(/apollo-persisted-query-manifest/);
  });

  it("PERSISTED_OPERATIONS is allow (default) or only", () => {
    expect(persistedModeFromEnv(undefined)).toBe("allow");
    expect(persistedModeFromEnv("ONLY")).toBe("only");
    expect(() => persistedModeFromEnv("strict")).toThrow(/allow or only/);
  });

  it("the APQ store answers listed operations, keeps registered ones within its bound, oldest dropped first", async () => {
    const listed = manifestOperations(manifest([{ id: sha256Hex(body), name: "A", type: "query", body }]));
    const store = new PersistedQueryStore(listed, 10);
    expect(await store.get(`apq:${sha256Hex(body)}`)).toBe(body);
    await store.set("apq:x", "12345");
    await store.set("apq:y", "123456");
    expect(await store.get("apq:x")).toBeUndefined();
    expect(await store.get("apq:y")).toBe("123456");
    await store.set("apq:z", "12345678901");
    expect(await store.get("apq:z")).toBeUndefined();
  });

  it("the explorer's operations are taken from its source as the page sends them; the build's list matches the source", () => {
    ensureWebBuilt();
    const source = readFileSync(join(ROOT, "web", "src", "api.ts"), "utf8");
    const ops = extractOperations(source);
    expect(ops.map((o) => [o.name, o.type])).toEqual([
      ["ExplorerCountries", "query"],
      ["ExplorerProfile", "query"],
    ]);
    expect(existsSync(MANIFEST)).toBe(true);
    expect(readFileSync(MANIFEST, "utf8")).toBe(manifestOf(ops));
    expect(manifestOperations(JSON.parse(manifestOf(ops))).size).toBe(2);
    // Windows line ends do not change what the page sends, nor the hash.
    expect(extractOperations(source.replace(/\n/g, "\r\n")).map((o) => o.id)).toEqual(ops.map((o) => o.id));
    expect(() => extractOperations("const Q = /* GraphQL */ `query Q($a: ID!) { country(code: ${x}) { code } }`;")).toThrow(/interpolates/);
    expect(() => extractOperations("const Q = /* GraphQL */ `{ country(code: \"AZ\") { code } }`;")).toThrow(/named operation/);
  });
});
