/**
 * The subgraph boundary and the probes, in process over real HTTP: the listener every
 * subgraph uses (listenSubgraph) requires the gateway's secret, binds to loopback,
 * answers /healthz and /readyz, and drains in-flight requests on stop; the gateway's
 * /readyz follows its subgraphs.
 */
import type { Database } from "@atlas/db";
import { createSubgraphServer, listenSubgraph, readRegistry } from "@atlas/runtime";
import { parse } from "graphql";
import { seededDb } from "../support/db";
import { startFederation, subgraphModule, type Federation } from "../support/federation";

let db: Database;
let fed: Federation;

beforeAll(async () => {
  db = seededDb();
  fed = await startFederation(db);
});
afterAll(async () => {
  await fed?.stop();
  await db?.close();
});

const origin = (graphqlUrl: string): string => graphqlUrl.replace(/\/graphql$/, "");
const SECRET = "a-test-secret-of-enough-length";

const testSubgraph = (resolvers: object) =>
  createSubgraphServer({
    name: "boundary-test",
    typeDefs: parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"]) type Query { slow: String }`),
    resolvers,
  });

describe("every subgraph answers only the gateway", () => {
  it.each(readRegistry().map((s) => s.name))("%s: 401 without the secret, 403 with a wrong one, 200 with it; _service and _entities alike", async (name) => {
    const url = fed.subgraphUrls[name]!;
    const post = (query: string, headers: Record<string, string> = {}) =>
      fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables: { r: [] } }) });
    for (const query of ["{ _service { sdl } }", "query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }"]) {
      const before = fed.subgraphRequests()[name]!;
      expect((await post(query)).status).toBe(401);
      expect((await post(query, { "x-subgraph-secret": "" })).status).toBe(401);
      expect((await post(query, { "x-subgraph-secret": `${fed.subgraphSecret}x` })).status).toBe(403);
      const ok = await post(query, { "x-subgraph-secret": fed.subgraphSecret });
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as { errors?: unknown }).errors).toBeUndefined();
      expect(fed.subgraphRequests()[name]! - before).toBe(4);
    }
  });

  it("the gateway sends the secret: queries through it answer", async () => {
    const r = await fed.query(`{ country(code: "AZ") { name leaders { name } agreements { id } indicators { id } } }`);
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
  });

  it("a gateway with the wrong secret gets SUBGRAPH_UNAVAILABLE (HTTP 403), not data", async () => {
    const { createGateway } = await import("@atlas/gateway/src/server");
    const wrong = await createGateway({ subgraphUrls: fed.subgraphUrls, subgraphSecret: "not-the-right-secret-at-all" });
    const url = await wrong.listen(0);
    try {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `{ country(code: "AZ") { name } }` }) });
      const body = (await res.json()) as { data: unknown; errors: { message: string; extensions: { code: string } }[] };
      expect(body.data).toEqual({ country: null });
      expect(body.errors[0]).toMatchObject({ message: "The countries subgraph could not answer (HTTP 403)", extensions: { code: "SUBGRAPH_UNAVAILABLE" } });
    } finally {
      await wrong.stop();
    }
  });
});

describe("listenSubgraph policy", () => {
  it("binds to 127.0.0.1 by default", async () => {
    const { httpServer, stop, url } = await listenSubgraph(testSubgraph({}), { port: 0, context: async () => ({}), secret: SECRET });
    try {
      expect((httpServer.address() as { address: string }).address).toBe("127.0.0.1");
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    } finally {
      await stop();
    }
  });

  it("refuses to start in production without a secret, on a non-loopback address without one, or with a short one", async () => {
    await expect(listenSubgraph(testSubgraph({}), { port: 0, context: async () => ({}), production: true, secret: "" })).rejects.toThrow(/SUBGRAPH_SECRET is not set/);
    await expect(listenSubgraph(testSubgraph({}), { port: 0, host: "0.0.0.0", context: async () => ({}), production: false, secret: "" })).rejects.toThrow(/only on loopback/);
    await expect(listenSubgraph(testSubgraph({}), { port: 0, context: async () => ({}), secret: "short" })).rejects.toThrow(/at least 16/);
  });

  it("in development without a secret it answers (loopback only)", async () => {
    const saved = process.env.SUBGRAPH_SECRET;
    delete process.env.SUBGRAPH_SECRET;
    const { url, stop } = await listenSubgraph(testSubgraph({ Query: { slow: () => "open" } }), { port: 0, context: async () => ({}), production: false });
    try {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ slow }" }) });
      expect(await res.json()).toEqual({ data: { slow: "open" } });
    } finally {
      await stop();
      if (saved !== undefined) process.env.SUBGRAPH_SECRET = saved;
    }
  });

  it("stop() lets the request in flight finish and refuses new connections meanwhile", async () => {
    let release!: () => void;
    let entered!: () => void;
    const inResolver = new Promise<void>((r) => (entered = r));
    const gate = new Promise<void>((r) => (release = r));
    const server = testSubgraph({
      Query: {
        slow: async () => {
          entered();
          await gate;
          return "finished";
        },
      },
    });
    const { url, stop, httpServer } = await listenSubgraph(server, { port: 0, context: async () => ({}), secret: SECRET });
    const call = () => fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-subgraph-secret": SECRET }, body: JSON.stringify({ query: "{ slow }" }) });
    const inFlight = call();
    await inResolver;
    const stopped = stop();
    while (httpServer.listening) await new Promise((r) => setTimeout(r, 5));
    await expect(call()).rejects.toThrow();
    release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { slow: "finished" } });
    await stopped;
  });
});

describe("probes", () => {
  it("/healthz and /readyz on every subgraph and on the gateway; no secret needed", async () => {
    for (const url of [...Object.values(fed.subgraphUrls), fed.gatewayUrl]) {
      const health = await fetch(`${origin(url)}/healthz`);
      expect([url, health.status]).toEqual([url, 200]);
      const ready = await fetch(`${origin(url)}/readyz`);
      expect([url, ready.status]).toEqual([url, 200]);
      expect(((await ready.json()) as { status: string }).status).toBe("ready");
    }
  });

  it("a subgraph whose store does not answer is not ready", async () => {
    const mod = subgraphModule("countries");
    const { url, stop } = await listenSubgraph(mod.createServer(), {
      port: 0,
      secret: SECRET,
      context: mod.createContext(db),
      ready: () => Promise.reject(new Error("connection refused")),
    });
    try {
      const ready = await fetch(`${origin(url)}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: "unavailable", checks: { server: "ready", database: "unreachable" } });
      expect((await fetch(`${origin(url)}/healthz`)).status).toBe(200);
    } finally {
      await stop();
    }
  });

  it("the gateway is not ready while a subgraph is down, and says which", async () => {
    const partial = await startFederation(db);
    try {
      await partial.stopSubgraph("sources");
      const ready = await fetch(`${origin(partial.gatewayUrl)}/readyz`);
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as { status: string; checks: Record<string, string> };
      expect(body.checks).toMatchObject({ gateway: "ready", countries: "ready", sources: "unreachable" });
      expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|http:/);
      expect((await fetch(`${origin(partial.gatewayUrl)}/healthz`)).status).toBe(200);
    } finally {
      await partial.stop();
    }
  });

  it("the gateway returns the client's request id, or a new one when it is malformed", async () => {
    const send = (id?: string) =>
      fetch(fed.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", ...(id ? { "x-request-id": id } : {}) }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect((await send("01HZXK3J9V6Q8W2E5R7T4Y1U0I")).headers.get("x-request-id")).toBe("01HZXK3J9V6Q8W2E5R7T4Y1U0I");
    for (const bad of ["has space", "x".repeat(200), "-leading-dash", "semi;colon"]) {
      const got = (await send(bad)).headers.get("x-request-id");
      expect(got).not.toBe(bad);
      expect(got).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect((await send()).headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
