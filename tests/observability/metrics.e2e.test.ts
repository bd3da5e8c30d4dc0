/**
 * Issue 14, acceptance 2: /metrics on the gateway and every subgraph of a real federation,
 * parsed strictly, and the counters move by exactly what a known sequence of requests
 * (three profiles, one QUERY_TOO_COSTLY, one BAD_USER_INPUT) should cause. Then the
 * exposure policy, rate-limit refusals and a circuit that opens.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "@atlas/db";
import { createGateway, type Gateway, type GatewayOptions } from "@atlas/gateway/src/server";
import { SUBGRAPH_SECRET_HEADER } from "@atlas/runtime/src/secret";
import { seededDb } from "../support/db";
import { startFederation, type Federation } from "../support/federation";
import { BILATERAL_PROFILE } from "../support/queries";
import { parsePrometheusText, type Exposition } from "./prometheus-text";

let db: Database;
let fed: Federation;
const extra: Gateway[] = [];

beforeAll(async () => {
  db = seededDb();
  fed = await startFederation(db);
});
afterAll(async () => {
  await Promise.all(extra.map((g) => g.stop()));
  await fed?.stop();
  await db?.close();
});

const metricsUrl = (graphqlUrl: string): string => new URL("/metrics", graphqlUrl).href;

async function scrape(graphqlUrl: string, headers: Record<string, string> = {}): Promise<Exposition> {
  const res = await fetch(metricsUrl(graphqlUrl), { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(await res.text());
}

const scrapeSubgraphs = async (): Promise<Record<string, Exposition>> =>
  Object.fromEntries(await Promise.all(Object.entries(fed.subgraphUrls).map(async ([name, url]) => [name, await scrape(url, { [SUBGRAPH_SECRET_HEADER]: fed.subgraphSecret })] as const)));

/** Another gateway over the same subgraphs. */
async function gatewayWith(options: Omit<GatewayOptions, "subgraphUrls" | "subgraphSecret">): Promise<string> {
  const g = await createGateway({ ...options, subgraphUrls: fed.subgraphUrls, subgraphSecret: fed.subgraphSecret });
  extra.push(g);
  return g.listen(0);
}

const COSTLY = `query Costly { countries(first: 100) { nodes { code name leaders { name roles { title country { code name } } } agreements { title parties { code agreements { id } } } } } }`;
const BAD = `query Bad { bilateral(a: "AZE", b: "RU") { id } }`;

describe("counters after a known sequence of requests", () => {
  let gw: { before: Exposition; after: Exposition };
  let subs: { before: Record<string, Exposition>; after: Record<string, Exposition> };
  let fetched: Record<string, number>;
  let statements = 0;

  beforeAll(async () => {
    const before = await scrape(fed.gatewayUrl);
    const subBefore = await scrapeSubgraphs();
    const requestsBefore = fed.subgraphRequests();
    const unlisten = db.statements.listen(() => (statements += 1));
    for (let i = 0; i < 3; i++) {
      const r = await fed.query(BILATERAL_PROFILE, { a: "AZ", b: "RU" });
      expect(r.errors).toBeUndefined();
    }
    const costly = await fed.query(COSTLY);
    expect(costly.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
    const bad = await fed.query(BAD);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    unlisten();
    const requestsAfter = fed.subgraphRequests();
    fetched = Object.fromEntries(Object.entries(requestsAfter).map(([n, c]) => [n, c - (requestsBefore[n] ?? 0)]));
    gw = { before, after: await scrape(fed.gatewayUrl) };
    subs = { before: subBefore, after: await scrapeSubgraphs() };
  });

  const delta = (e: { before: Exposition; after: Exposition }, name: string, labels?: Record<string, string>): number => e.after.sum(name, labels) - e.before.sum(name, labels);
  const totalFetched = (): number => Object.values(fetched).reduce((a, b) => a + b, 0);

  it("the gateway counts requests by operation, type and outcome, and their latency", () => {
    expect(delta(gw, "atlas_gateway_requests_total", { operation: "BilateralProfile", type: "query", outcome: "ok" })).toBe(3);
    expect(delta(gw, "atlas_gateway_requests_total", { operation: "Costly", outcome: "client_error" })).toBe(1);
    expect(delta(gw, "atlas_gateway_requests_total", { operation: "Bad", type: "query", outcome: "client_error" })).toBe(1);
    expect(delta(gw, "atlas_gateway_requests_total")).toBe(5);
    expect(delta(gw, "atlas_gateway_request_duration_seconds_count", { operation: "BilateralProfile" })).toBe(3);
    expect(delta(gw, "atlas_gateway_request_duration_seconds_bucket", { operation: "BilateralProfile", le: "+Inf" })).toBe(3);
    expect(delta(gw, "atlas_gateway_request_duration_seconds_sum", { operation: "BilateralProfile" })).toBeGreaterThan(0);
  });

  it("the gateway counts errors by code", () => {
    expect(delta(gw, "atlas_gateway_errors_total", { code: "QUERY_TOO_COSTLY" })).toBe(1);
    expect(delta(gw, "atlas_gateway_errors_total", { code: "BAD_USER_INPUT" })).toBe(1);
    expect(delta(gw, "atlas_gateway_errors_total")).toBe(2);
  });

  it("fetches per request and per subgraph match what the subgraphs received", () => {
    expect(totalFetched()).toBeGreaterThan(3);
    expect(delta(gw, "atlas_gateway_subgraph_fetches_per_request_count")).toBe(5);
    expect(delta(gw, "atlas_gateway_subgraph_fetches_per_request_sum")).toBe(totalFetched());
    // The refused request made none.
    expect(delta(gw, "atlas_gateway_subgraph_fetches_per_request_bucket", { le: "0" })).toBe(1);
    for (const [name, n] of Object.entries(fetched)) {
      expect([name, delta(gw, "atlas_gateway_subgraph_fetch_duration_seconds_count", { subgraph: name })]).toEqual([name, n]);
      expect([name, gw.after.value("atlas_gateway_circuit_state", { subgraph: name })]).toEqual([name, 0]);
    }
    expect(delta(gw, "atlas_gateway_subgraph_errors_total", { code: "BAD_USER_INPUT" })).toBe(1);
  });

  it("every subgraph counts its requests, errors and SQL statements", () => {
    for (const [name, n] of Object.entries(fetched)) {
      const e = { before: subs.before[name]!, after: subs.after[name]! };
      expect([name, delta(e, "atlas_subgraph_requests_total")]).toEqual([name, n]);
      expect([name, delta(e, "atlas_subgraph_request_duration_seconds_count")]).toEqual([name, n]);
      // One store for the whole in-process federation: each subgraph sees all its statements.
      expect([name, delta(e, "atlas_db_statements_total")]).toEqual([name, statements]);
      expect(e.after.value("atlas_db_pool_size")).toBe(db.provider === "sqlite" ? 1 : Number(process.env.DATABASE_POOL_SIZE || 10));
      for (const s of e.after.of("atlas_subgraph_requests_total")) expect(s.labels.operation).toMatch(/^([A-Za-z][A-Za-z0-9_]{0,63}|other|anonymous)$/);
    }
    expect(statements).toBeGreaterThan(0);
    const errors = Object.keys(fetched).reduce((a, name) => a + delta({ before: subs.before[name]!, after: subs.after[name]! }, "atlas_subgraph_errors_total", { code: "BAD_USER_INPUT" }), 0);
    expect(errors).toBe(1);
    // The gateway names its fetches after the client's operation.
    const operations = Object.values(subs.after).flatMap((e) => e.of("atlas_subgraph_requests_total").map((s) => s.labels.operation));
    expect(operations.some((o) => o?.startsWith("BilateralProfile__"))).toBe(true);
  });

  it("every process has Node's default metrics, labelled with its service", () => {
    expect(gw.after.value("process_cpu_user_seconds_total", { service: "gateway" })).toBeGreaterThan(0);
    expect(gw.after.types.get("nodejs_eventloop_lag_seconds")).toBe("gauge");
    for (const [name, e] of Object.entries(subs.after)) {
      expect(e.of("process_resident_memory_bytes").map((s) => s.labels.service)).toEqual([name]);
      expect(e.samples.every((s) => s.labels.service === name)).toBe(true);
    }
  });

  it("every metric the Grafana dashboard queries is exposed", () => {
    const dashboard = readFileSync(join(__dirname, "../../docs/grafana-dashboard.json"), "utf8");
    JSON.parse(dashboard);
    const used = new Set(dashboard.match(/\b(atlas|process|nodejs)_[a-z0-9_]+/g));
    const families = new Set([gw.after, ...Object.values(subs.after)].flatMap((e) => [...e.types.keys()]));
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((name) => !families.has(name.replace(/_(bucket|sum|count)$/, "")))).toEqual([]);
  });
});

describe("who may read /metrics", () => {
  const TOKEN = "metrics-token-for-tests-0123456789";

  it("a subgraph's /metrics needs the subgraph secret (or the metrics token)", async () => {
    const url = metricsUrl(Object.values(fed.subgraphUrls)[0]!);
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { [SUBGRAPH_SECRET_HEADER]: "not-the-secret-at-all" } })).status).toBe(401);
  });

  it("in production, a gateway without METRICS_TOKEN does not serve /metrics", async () => {
    const url = await gatewayWith({ production: true, metrics: { enabled: true } });
    const res = await fetch(metricsUrl(url));
    expect(res.status).toBe(404);
  });

  it("with a token, /metrics answers only the bearer of it", async () => {
    const url = await gatewayWith({ production: true, metrics: { token: TOKEN } });
    const none = await fetch(metricsUrl(url));
    expect(none.status).toBe(401);
    expect(((await none.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("UNAUTHENTICATED");
    expect((await fetch(metricsUrl(url), { headers: { authorization: "Bearer wrong-token-wrong-token" } })).status).toBe(401);
    const ok = await scrape(url, { authorization: `Bearer ${TOKEN}` });
    expect(ok.types.get("atlas_gateway_requests_total")).toBe("counter");
  });

  it("METRICS=off serves no /metrics", async () => {
    const url = await gatewayWith({ metrics: { enabled: false } });
    expect((await fetch(metricsUrl(url))).status).toBe(404);
  });
});

it("rate-limit refusals are counted as 429 answers", async () => {
  const url = await gatewayWith({ rateLimit: { enabled: true, anonymousPerMinute: 2 } });
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
    await res.arrayBuffer();
    statuses.push(res.status);
  }
  expect(statuses).toEqual([200, 200, 429, 429]);
  const e = await scrape(url);
  expect(e.value("atlas_gateway_http_responses_total", { route: "/graphql", status: "429" })).toBe(2);
  expect(e.value("atlas_gateway_http_responses_total", { route: "/graphql", status: "200" })).toBe(2);
});

// Last: it stops a subgraph of the shared federation.
it("a subgraph that is down shows as server errors and, after enough failures, an open circuit", async () => {
  const url = await gatewayWith({ breaker: { volumeThreshold: 2, errorThresholdPercentage: 50, resetTimeoutMs: 60_000 } });
  await fed.stopSubgraph("indicators");
  for (let i = 0; i < 4; i++) await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `query Ind { country(code: "AZ") { code indicators(first: 1) { __typename } } }` }) });
  const e = await scrape(url);
  expect(e.value("atlas_gateway_circuit_state", { subgraph: "indicators" })).toBe(2);
  expect(e.value("atlas_gateway_circuit_state", { subgraph: "countries" })).toBe(0);
  expect(e.sum("atlas_gateway_subgraph_errors_total", { subgraph: "indicators", code: "SUBGRAPH_UNAVAILABLE" })).toBe(4);
  expect(e.value("atlas_gateway_requests_total", { operation: "Ind", outcome: "server_error" })).toBe(4);
});
