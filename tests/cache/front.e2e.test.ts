/**
 * The response cache's front (gateway/src/cache/front.ts): a repeated query is sent as the
 * bytes and headers of the first answer, before Apollo runs, with nothing asked of a
 * subgraph; never after a write it depends on; never for an answer with errors or for a
 * curator; and with the Cache-Control, ETag and 304 of the request it answers (GET or POST,
 * anonymous or with a key). On the suite's store, with the local Redis.
 */
import { createDb, type Database } from "@atlas/db";
import { cacheKeys } from "@atlas/runtime/src/cache-versions";
import Redis from "ioredis";
import { ApiKeys } from "@atlas/gateway/src/keys";
import { parsePrometheusText } from "../observability/prometheus-text";
import { freshSeededDatabase, type TestDatabase } from "../support/db";
import { post, startFederation, type Federation } from "../support/federation";
import { dropPrefix, labelOf, PROFILE, REDIS_URL, Relabeller, testPrefix, type Profile } from "./support";

const prefix = testPrefix("front");
/** The front's clock runs this far ahead of the real one (to expire entries without waiting a minute). */
let ahead = 0;
let store: TestDatabase;
let db: Database;
let fed: Federation;
let writer: Relabeller;
let readerKey: string;
let curatorKey: string;
const pair = { a: "AZ", b: "RU" };

interface Sent {
  status: number;
  text: string;
  headers: Headers;
}

async function send(init: { method?: "GET" | "POST"; query?: string; variables?: Record<string, unknown>; headers?: Record<string, string> } = {}): Promise<Sent> {
  const { method = "POST", query = PROFILE, variables = pair, headers = {} } = init;
  const url = new URL(fed.gatewayUrl);
  let res: Response;
  if (method === "GET") {
    url.searchParams.set("query", query);
    url.searchParams.set("variables", JSON.stringify(variables));
    res = await fetch(url, { headers });
  } else {
    res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
  }
  return { status: res.status, text: await res.text(), headers: res.headers };
}

/** Hits the front answered, and subgraph requests made, while `fn` ran. */
async function measured<T>(fn: () => Promise<T>): Promise<{ result: T; frontHits: number; subgraphRequests: number }> {
  const hits0 = await frontHits();
  const sub0 = fed.totalSubgraphRequests();
  const result = await fn();
  return { result, frontHits: (await frontHits()) - hits0, subgraphRequests: fed.totalSubgraphRequests() - sub0 };
}

async function frontHits(): Promise<number> {
  const text = await (await fetch(new URL("/metrics", fed.gatewayUrl))).text();
  return parsePrometheusText(text).value("atlas_gateway_response_cache_front_hits_total", {});
}

beforeAll(async () => {
  store = await freshSeededDatabase("cache_front");
  db = createDb(store.url);
  const keys = new ApiKeys(db);
  curatorKey = (await keys.createKey({ name: "Front test curator", role: "curator", createdBy: "test" })).key;
  readerKey = (await keys.createKey({ name: "Front test reader", role: "reader", createdBy: "test" })).key;
  const responseCache = { enabled: true, redisUrl: REDIS_URL, prefix, clock: () => Date.now() + ahead };
  fed = await startFederation(db, { gateway: { db, responseCache }, responseCache: { redisUrl: REDIS_URL, prefix } });
  const first = await post<Profile>(fed.gatewayUrl, PROFILE, pair);
  const indicatorId = first.data?.bilateral.indicators[0]?.id;
  if (!indicatorId) throw new Error(`the AZ–RU profile has no indicator: ${JSON.stringify(first.errors)}`);
  writer = new Relabeller(indicatorId, curatorKey);
  await writer.init(fed.gatewayUrl);
}, 120_000);

afterAll(async () => {
  await fed?.stop();
  await db?.close();
  await store?.drop();
  await dropPrefix(REDIS_URL, prefix);
});

it("a repeated query is sent from the front: the same bytes and headers, an Age, no subgraph asked", async () => {
  await writer.relabel(fed.gatewayUrl, "front: first");
  const first = await send();
  expect(first.status).toBe(200);
  expect(JSON.parse(first.text).errors).toBeUndefined();
  const again = await measured(() => send());
  expect(again.frontHits).toBe(1);
  expect(again.subgraphRequests).toBe(0);
  expect(again.result.text).toBe(first.text);
  for (const h of ["content-type", "cache-control", "etag", "vary"]) expect([h, again.result.headers.get(h)]).toEqual([h, first.headers.get(h)]);
  expect(Number(again.result.headers.get("age"))).toBeGreaterThanOrEqual(0);
  expect(again.result.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
});

it("other variables are another answer; each is sent from the front once it is known", async () => {
  const kz = { a: "AZ", b: "KZ" };
  const cold = await send({ variables: kz });
  const warm = await measured(() => send({ variables: kz }));
  expect(warm.frontHits).toBe(1);
  expect(warm.result.text).toBe(cold.text);
  expect(cold.text).not.toBe((await send()).text);
});

it("after a write is acknowledged the front never sends the older answer, and then sends the new one", async () => {
  await send();
  expect((await measured(() => send())).frontHits).toBe(1);
  await writer.relabel(fed.gatewayUrl, "front: second");
  const after = await measured(() => send());
  expect(after.frontHits).toBe(0);
  expect(labelOf({ status: after.result.status, ...JSON.parse(after.result.text) }, writer.indicatorId)).toBe("front: second");
  const next = await measured(() => send());
  expect(next.frontHits).toBe(1);
  expect(next.result.text).toBe(after.result.text);
});

it("a write straight to the subgraph, past this gateway, is seen too", async () => {
  await send();
  expect((await measured(() => send())).frontHits).toBe(1);
  const current = await fed.querySubgraph<{ indicator: { version: number; sources: { document: string; start: number; end: number; claim: string }[] } }>(
    "indicators",
    `query ($id: ID!) { indicator(id: $id) { version sources { document start end claim } } }`,
    { id: writer.indicatorId },
  );
  const { document, start, end, claim } = current.data!.indicator.sources[0]!;
  const r = await fed.querySubgraph(
    "indicators",
    `mutation ($id: ID!, $v: Int!, $s: [CitationInput!]!) { updateIndicator(id: $id, version: $v, patch: { label: "front: around the gateway" }, sources: $s) { version } }`,
    { id: writer.indicatorId, v: current.data!.indicator.version, s: [{ document, start, end, claim, figures: [] }] },
    { id: "import:front-test", name: "an import", role: "curator" },
  );
  expect(r.errors).toBeUndefined();
  await writer.init(fed.gatewayUrl);
  const after = await measured(() => send());
  expect(after.frontHits).toBe(0);
  expect(labelOf({ status: after.result.status, ...JSON.parse(after.result.text) }, writer.indicatorId)).toBe("front: around the gateway");
});

it("a counter moved with no message (a lost or late pub/sub): the key's versions alone keep the old bytes out of reach", async () => {
  await send();
  expect((await measured(() => send())).frontHits).toBe(1);
  const redis = new Redis(REDIS_URL);
  try {
    await redis.incr(cacheKeys(prefix).version("indicators")); // what a write does, minus the announcement
  } finally {
    redis.disconnect();
  }
  const after = await measured(() => send());
  expect(after.frontHits).toBe(0);
  expect(after.subgraphRequests).toBeGreaterThan(0);
});

it("an answer with errors is never kept: each repeat is computed again", async () => {
  const query = `{ countries(after: "garbage") { totalCount } }`;
  const first = await send({ query, variables: {} });
  expect(JSON.parse(first.text).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  const again = await measured(() => send({ query, variables: {} }));
  expect(again.frontHits).toBe(0);
  expect(again.subgraphRequests).toBeGreaterThan(0);
});

it("a curator is never answered from the front", async () => {
  const headers = { authorization: `Bearer ${curatorKey}` };
  await send({ headers });
  const again = await measured(() => send({ headers }));
  expect(again.frontHits).toBe(0);
  expect(again.result.headers.get("cache-control")).toBe("no-store");
});

it("GET keeps its own Cache-Control (public anonymous, private with a key), its ETag and its 304", async () => {
  const query = `query FrontCountry($code: ID!) { country(code: $code) { code name } }`;
  const variables = { code: "AZ" };
  await send({ method: "GET", query, variables });
  const anon = await measured(() => send({ method: "GET", query, variables }));
  expect(anon.frontHits).toBe(1);
  expect(anon.result.headers.get("cache-control")).toMatch(/^public, max-age=\d+$/);
  const etag = anon.result.headers.get("etag");
  expect(etag).toBeTruthy();

  const reader = { authorization: `Bearer ${readerKey}` };
  await send({ method: "GET", query, variables, headers: reader });
  const withKey = await measured(() => send({ method: "GET", query, variables, headers: reader }));
  expect(withKey.frontHits).toBe(1);
  expect(withKey.result.headers.get("cache-control")).toMatch(/^private, max-age=\d+$/);
  expect(withKey.result.text).toBe(anon.result.text);

  const notModified = await measured(() => send({ method: "GET", query, variables, headers: { "if-none-match": etag! } }));
  expect(notModified.frontHits).toBe(1);
  expect(notModified.result.status).toBe(304);
  expect(notModified.result.text).toBe("");

  // HEAD is refused by Apollo (405) whether or not a GET of the same query is stored.
  const url = new URL(fed.gatewayUrl);
  url.searchParams.set("query", query);
  url.searchParams.set("variables", JSON.stringify(variables));
  expect((await fetch(url, { method: "HEAD" })).status).toBe(405);

  const post1 = await measured(() => send({ method: "POST", query, variables }));
  expect(post1.result.headers.get("cache-control")).toBe("no-store");
  const post2 = await measured(() => send({ method: "POST", query, variables }));
  expect(post2.frontHits).toBe(1);
  expect(post2.result.headers.get("cache-control")).toBe("no-store");
});

it("compressed on the way out like any answer, from the same stored bytes", async () => {
  await send();
  const gz = await fetch(fed.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", "accept-encoding": "gzip" }, body: JSON.stringify({ query: PROFILE, variables: pair }) });
  expect(gz.headers.get("content-encoding")).toBe("gzip");
  expect(await gz.text()).toBe((await send()).text); // fetch decodes it
});

it("when an entry's hint runs out, one request computes it again while the others are still sent it", async () => {
  const query = `query FrontExpiry($code: ID!) { country(code: $code) { code name } }`;
  const variables = { code: "KZ" };
  await send({ query, variables });
  expect((await measured(() => send({ query, variables }))).frontHits).toBe(1);
  ahead = 61_000; // past the subgraphs' 60 s hint
  try {
    const burst = await measured(() => Promise.all(Array.from({ length: 6 }, () => send({ query, variables }))));
    expect(burst.frontHits).toBe(5);
    const texts = new Set(burst.result.map((r) => r.text));
    expect(texts.size).toBe(1);
    // The answer computed again is fresh for another hint's length: the next one is sent as it is.
    const next = await measured(() => send({ query, variables }));
    expect(next.frontHits).toBe(1);
    expect(Number(next.result.headers.get("age"))).toBeLessThan(60);
  } finally {
    ahead = 0;
  }
});
