/**
 * Issue 15, acceptance 1: two gateway replicas share one Redis and the subgraphs. A profile
 * read through replica 1 is cached (and replica 2 then answers it from Redis without asking
 * a subgraph); a write through replica 2 is seen by every read on either replica from the
 * moment it is acknowledged. Then 200 write/read cycles under concurrent readers on both
 * replicas: 0 stale reads, while most reads are cache hits. Runs on the suite's store
 * (SQLite, or PostgreSQL when DATABASE_URL says so).
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { createDb, type Database } from "@atlas/db";
import { ApiKeys } from "@atlas/gateway/src/keys";
import { createGateway, type Gateway } from "@atlas/gateway/src/server";
import { freshSeededDatabase, type TestDatabase } from "../support/db";
import { post, startFederation, type Federation, type GraphQLResponse } from "../support/federation";
import { cacheCounts, dropPrefix, labelOf, PROFILE, REDIS_URL, Relabeller, testPrefix, type Profile } from "./support";

const prefix = testPrefix("replicas");
const responseCache = { enabled: true, redisUrl: REDIS_URL, prefix };
let store: TestDatabase;
let db: Database;
let fed: Federation;
let replica2: Gateway;
let url1: string;
let url2: string;
let writer: Relabeller;
const pair = { a: "AZ", b: "RU" };

const read = (url: string): Promise<GraphQLResponse<Profile>> => post<Profile>(url, PROFILE, pair);

/** The indicator's version and first citation, read from its subgraph. */
async function currentOf(id: string): Promise<{ version: number; citation: Record<string, unknown> }> {
  const r = await fed.querySubgraph<{ indicator: { version: number; sources: { document: string; start: number; end: number; claim: string }[] } }>(
    "indicators",
    `query ($id: ID!) { indicator(id: $id) { version sources { document start end claim } } }`,
    { id },
  );
  const { document, start, end, claim } = r.data!.indicator.sources[0]!;
  return { version: r.data!.indicator.version, citation: { document, start, end, claim, figures: [] } };
}

beforeAll(async () => {
  store = await freshSeededDatabase("cache_replicas");
  db = createDb(store.url);
  const curator = await new ApiKeys(db).createKey({ name: "Cache test curator", role: "curator", createdBy: "test" });
  fed = await startFederation(db, { gateway: { db, responseCache }, responseCache: { redisUrl: REDIS_URL, prefix } });
  url1 = fed.gatewayUrl;
  replica2 = await createGateway({ db, responseCache, subgraphUrls: fed.subgraphUrls, subgraphSecret: fed.subgraphSecret });
  url2 = await replica2.listen(0);
  const first = await read(url1);
  const indicatorId = first.data?.bilateral.indicators[0]?.id;
  if (!indicatorId) throw new Error(`the AZ–RU profile has no indicator: ${JSON.stringify(first.errors)}`);
  writer = new Relabeller(indicatorId, curator.key);
  await writer.init(url1);
}, 120_000);

afterAll(async () => {
  await replica2?.stop();
  await fed?.stop();
  await db?.close();
  await store?.drop();
  await dropPrefix(REDIS_URL, prefix);
});

it("a profile read through replica 1 is cached, and replica 2 answers it from Redis without asking a subgraph", async () => {
  await writer.relabel(url1, "warm-up"); // a known state, and every earlier entry out of reach
  const cold = await read(url1);
  expect(cold.errors).toBeUndefined();
  const before = fed.totalSubgraphRequests();
  const [again, other] = [await read(url1), await read(url2)];
  expect(fed.totalSubgraphRequests()).toBe(before);
  expect(again.data).toEqual(cold.data);
  expect(other.data).toEqual(cold.data);
  expect((await cacheCounts(url1)).hit).toBeGreaterThanOrEqual(1);
  expect((await cacheCounts(url2)).hit).toBeGreaterThanOrEqual(1);
});

it("a write through replica 2 shows on both replicas from the moment it is acknowledged", async () => {
  await read(url1);
  await read(url2); // both cached
  await writer.relabel(url2, "written through replica 2");
  const [r1, r2] = await Promise.all([read(url1), read(url2)]);
  expect(labelOf(r1, writer.indicatorId)).toBe("written through replica 2");
  expect(labelOf(r2, writer.indicatorId)).toBe("written through replica 2");
});

it("a write straight to the subgraph (as an import or another writer makes it) shows on both replicas at once", async () => {
  await read(url1);
  await read(url2); // both cached
  const { citation, version } = await currentOf(writer.indicatorId);
  const r = await fed.querySubgraph<{ updateIndicator: { version: number } }>(
    "indicators",
    `mutation ($id: ID!, $v: Int!, $s: [CitationInput!]!) { updateIndicator(id: $id, version: $v, patch: { label: "written around the gateways" }, sources: $s) { version } }`,
    { id: writer.indicatorId, v: version, s: [citation] },
    { id: "import:cache-test", name: "an import", role: "curator" },
  );
  expect(r.errors).toBeUndefined();
  await writer.init(url1); // the writer's version moved
  const [r1, r2] = await Promise.all([read(url1), read(url2)]);
  expect(labelOf(r1, writer.indicatorId)).toBe("written around the gateways");
  expect(labelOf(r2, writer.indicatorId)).toBe("written around the gateways");
});

it("npm run cache:invalidate (run by db:migrate) makes both replicas compute the answer again", async () => {
  await read(url1);
  await read(url2);
  const before = fed.totalSubgraphRequests();
  await read(url1);
  expect(fed.totalSubgraphRequests()).toBe(before); // cached
  const root = join(__dirname, "..", "..");
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", join(root, "scripts", "cache-invalidate.ts"), "indicators", "--reason", "test"], {
    cwd: root,
    env: { ...process.env, REDIS_URL, RESPONSE_CACHE_PREFIX: prefix },
  });
  expect(stdout).toContain("a write counted for indicators");
  await read(url1);
  await read(url2);
  expect(fed.totalSubgraphRequests()).toBeGreaterThan(before);
});

it("200 write/read cycles under concurrent readers on both replicas: 0 stale reads", async () => {
  const CYCLES = 200;
  const hitsBefore = (await cacheCounts(url1)).hit + (await cacheCounts(url2)).hit;
  /** The highest cycle acknowledged so far, and when. */
  let acked = -1;
  let stop = false;
  const stale: string[] = [];
  let reads = 0;
  const cycleOf = (label: string | null | undefined): number => (label?.startsWith("cycle ") ? Number(label.slice(6)) : -1);

  // Readers: each read must show at least the cycle acknowledged before it was sent.
  const reader = async (n: number): Promise<void> => {
    for (let i = 0; !stop; i++) {
      const url = (n + i) % 2 ? url1 : url2;
      const floor = acked;
      const r = await read(url);
      reads += 1;
      if (r.errors) stale.push(`reader ${n}: errors ${JSON.stringify(r.errors)}`);
      const seen = cycleOf(labelOf(r, writer.indicatorId));
      if (seen < floor) stale.push(`reader ${n} on replica ${url === url1 ? 1 : 2}: saw cycle ${seen} after cycle ${floor} was acknowledged`);
    }
  };
  const readers = Array.from({ length: 4 }, (_, n) => reader(n));

  for (let c = 0; c < CYCLES; c++) {
    await writer.relabel(c % 2 ? url1 : url2, `cycle ${c}`);
    acked = c;
    // Right after the acknowledgement, on both replicas.
    const [r1, r2] = await Promise.all([read(url1), read(url2)]);
    reads += 2;
    for (const [i, r] of [r1, r2].entries()) {
      const seen = cycleOf(labelOf(r, writer.indicatorId));
      if (seen !== c) stale.push(`cycle ${c}: replica ${i + 1} showed cycle ${seen}`);
    }
    // A few reads between writes, so the cache is filled and hit, not only invalidated.
    for (let k = 0; k < 3; k++) await read(k % 2 ? url1 : url2);
    reads += 3;
  }
  stop = true;
  await Promise.all(readers);

  expect(stale).toEqual([]);
  const hits = (await cacheCounts(url1)).hit + (await cacheCounts(url2)).hit - hitsBefore;
  // Most reads between two writes find the answer computed by the first reader after the write.
  expect(reads).toBeGreaterThan(CYCLES * 5);
  expect(hits).toBeGreaterThan(reads / 3);
}, 600_000);
