/**
 * Issue 15, acceptance 3, and the cache without Redis. With a redis-server of the test's own:
 * killed, the gateway keeps answering from the subgraphs (no errors, the same answers, every
 * write seen); started again, the gateway uses the cache again (hits) and still never serves
 * an answer older than a write, including one made while Redis was down. Without REDIS_URL
 * the cache lives in the gateway's memory and the writes it forwards invalidate it.
 */
import type { ChildProcess } from "node:child_process";
import { createDb, type Database } from "@atlas/db";
import { ApiKeys } from "@atlas/gateway/src/keys";
import { freshSeededDatabase, type TestDatabase } from "../support/db";
import { post, startFederation, type Federation, type GraphQLResponse } from "../support/federation";
import { cacheCounts, freePort, labelOf, PROFILE, Relabeller, startRedisServer, stopProcess, testPrefix, type Profile } from "./support";

let store: TestDatabase;
let db: Database;
let curatorKey: string;
const pair = { a: "AZ", b: "KZ" };

beforeAll(async () => {
  store = await freshSeededDatabase("cache_redis_down");
  db = createDb(store.url);
  curatorKey = (await new ApiKeys(db).createKey({ name: "Cache test curator", role: "curator", createdBy: "test" })).key;
}, 120_000);

afterAll(async () => {
  await db?.close();
  await store?.drop();
});

async function writerFor(fed: Federation): Promise<Relabeller> {
  const first = await post<Profile>(fed.gatewayUrl, PROFILE, pair);
  const id = first.data?.bilateral.indicators[0]?.id;
  if (!id) throw new Error(`the AZ–KZ profile has no indicator: ${JSON.stringify(first.errors)}`);
  const w = new Relabeller(id, curatorKey);
  await w.init(fed.gatewayUrl);
  return w;
}

describe("Redis down and back", () => {
  let port: number;
  let redis: ChildProcess;
  let fed: Federation;
  let writer: Relabeller;
  const read = (): Promise<GraphQLResponse<Profile>> => post<Profile>(fed.gatewayUrl, PROFILE, pair);

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedisServer(port);
    const url = `redis://127.0.0.1:${port}`;
    const prefix = testPrefix("down");
    fed = await startFederation(db, { gateway: { db, responseCache: { enabled: true, redisUrl: url, prefix } }, responseCache: { redisUrl: url, prefix } });
    writer = await writerFor(fed);
  }, 60_000);

  afterAll(async () => {
    await fed?.stop();
    if (redis) await stopProcess(redis);
  });

  it("answers from the subgraphs while Redis is down, with every write seen, and caches again when it is back", async () => {
    await writer.relabel(fed.gatewayUrl, "before the outage");
    await read();
    const warm = await cacheCounts(fed.gatewayUrl);
    const cached = await read();
    expect((await cacheCounts(fed.gatewayUrl)).hit).toBe(warm.hit + 1);

    await stopProcess(redis); // kill -9
    const during: GraphQLResponse<Profile>[] = [];
    for (let i = 0; i < 5; i++) during.push(await read());
    for (const r of during) {
      expect(r.status).toBe(200);
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual(cached.data);
    }
    // A write while Redis is down: acknowledged, and seen at once.
    await writer.relabel(fed.gatewayUrl, "during the outage");
    const afterWrite = await read();
    expect(afterWrite.errors).toBeUndefined();
    expect(labelOf(afterWrite, writer.indicatorId)).toBe("during the outage");
    const down = await cacheCounts(fed.gatewayUrl);
    expect(down.unavailable).toBeGreaterThanOrEqual(6);
    expect(down.hit).toBe(warm.hit + 1);

    redis = await startRedisServer(port);
    // ioredis reconnects with back-off (at most 2 s between attempts): wait for hits to come back.
    const deadline = Date.now() + 20_000;
    let back = false;
    while (Date.now() < deadline && !back) {
      const before = (await cacheCounts(fed.gatewayUrl)).hit;
      const r = await read();
      expect(r.errors).toBeUndefined();
      expect(labelOf(r, writer.indicatorId)).toBe("during the outage");
      back = (await cacheCounts(fed.gatewayUrl)).hit > before;
      if (!back) await new Promise((res) => setTimeout(res, 200));
    }
    expect(back).toBe(true);

    await writer.relabel(fed.gatewayUrl, "after the outage");
    expect(labelOf(await read(), writer.indicatorId)).toBe("after the outage");
  }, 90_000);
});

describe("without Redis: the gateway's own memory", () => {
  let fed: Federation;
  let writer: Relabeller;
  const read = (): Promise<GraphQLResponse<Profile>> => post<Profile>(fed.gatewayUrl, PROFILE, pair);

  beforeAll(async () => {
    fed = await startFederation(db, { gateway: { db, responseCache: { enabled: true, redisUrl: undefined } }, responseCache: { redisUrl: undefined } });
    writer = await writerFor(fed);
  }, 60_000);

  afterAll(async () => {
    await fed?.stop();
  });

  it("caches a profile and drops it at a write the gateway forwards", async () => {
    await read();
    const before = fed.totalSubgraphRequests();
    await read();
    expect(fed.totalSubgraphRequests()).toBe(before);
    await writer.relabel(fed.gatewayUrl, "local write");
    expect(labelOf(await read(), writer.indicatorId)).toBe("local write");
  });

  it("never caches for a curator", async () => {
    const asCurator = () => post(fed.gatewayUrl, PROFILE, pair, { authorization: `Bearer ${curatorKey}` });
    await asCurator();
    const before = fed.totalSubgraphRequests();
    await asCurator();
    expect(fed.totalSubgraphRequests()).toBeGreaterThan(before);
    expect((await cacheCounts(fed.gatewayUrl)).bypass).toBeGreaterThanOrEqual(2);
  });
});
