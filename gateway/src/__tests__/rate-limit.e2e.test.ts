/**
 * Per-client rate limits end to end: real gateways (createGateway over real HTTP) in front of
 * the real subgraphs, real API keys on a fresh store, the real Redis on 127.0.0.1:6379
 * (REDIS_TEST_URL to use another) under a key prefix of its own per test. Redis outages are
 * played by a TCP proxy in front of it that can stall or drop every connection.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { createDb, type Database } from "@atlas/db";
import type { Logger } from "@atlas/runtime";
import express from "express";
import Redis from "ioredis";
import { freshDatabase, seededDb, type TestDatabase } from "../../../tests/support/db";
import { startFederation, type Federation } from "../../../tests/support/federation";
import { ApiKeys, authenticateRequests } from "../keys";
import { AUTH_FAILURES_PER_MINUTE, createRateLimiter, type RateLimitOptions } from "../rate-limit";
import { createGateway, type Gateway } from "../server";

const REDIS_URL = process.env.REDIS_TEST_URL || "redis://127.0.0.1:6379";
const COUNTRY = `{ country(code: "AZ") { name } }`;
const N = 5;

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function ask(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query: COUNTRY }) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer["body"] };
}

const auth = (key: string): Record<string, string> => ({ authorization: `Bearer ${key}` });
const statuses = (answers: Answer[]): number[] => answers.map((a) => a.status);
/** `count` requests one after another (the order matters for which one is refused). */
async function askTimes(count: number, url: string | (() => string), headers: Record<string, string> = {}): Promise<Answer[]> {
  const out: Answer[] = [];
  for (let i = 0; i < count; i++) out.push(await ask(typeof url === "string" ? url : url(), headers));
  return out;
}

function expectRateLimited(a: Answer, limit: number): void {
  expect(a.status).toBe(429);
  const retryAfter = Number(a.headers.get("retry-after"));
  expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
  expect(a.body).toEqual({ errors: [{ message: expect.stringContaining(`${limit} requests per minute`), extensions: { code: "RATE_LIMITED" } }] });
  expect(a.body.errors![0]!.message).toContain(`retry in ${retryAfter} s`);
  expect(a.headers.get("ratelimit-remaining")).toBe("0");
  expect(a.headers.get("ratelimit-reset")).toBe(String(retryAfter));
}

const silent = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as unknown as Logger;

let store: TestDatabase;
let keysDb: Database;
let keys: ApiKeys;
let subgraphDb: Database;
let fed: Federation;
const gateways: Gateway[] = [];
const prefixes: string[] = [];

/** A gateway over the test federation's subgraphs with small budgets and a Redis key prefix of its own. */
async function gatewayWith(rateLimit: Partial<RateLimitOptions>): Promise<{ gateway: Gateway; url: string }> {
  const gateway = await createGateway({
    subgraphUrls: fed.subgraphUrls,
    subgraphSecret: fed.subgraphSecret,
    db: keysDb,
    rateLimit: { enabled: true, anonymousPerMinute: N, keyedPerMinute: N + 3, curatorPerMinute: N + 6, redisUrl: undefined, ...rateLimit },
  });
  gateways.push(gateway);
  return { gateway, url: await gateway.listen(0) };
}

const newPrefix = (): string => {
  const p = `atlas:test:ratelimit:${randomUUID()}`;
  prefixes.push(p);
  return p;
};

beforeAll(async () => {
  store = await freshDatabase("ratelimit");
  keysDb = createDb(store.url);
  keys = new ApiKeys(keysDb);
  subgraphDb = seededDb();
  fed = await startFederation(subgraphDb, { only: ["countries"] });
});
afterAll(async () => {
  await Promise.all(gateways.map((g) => g.stop()));
  await fed?.stop();
  await subgraphDb?.close();
  await keysDb?.close();
  await store?.drop();
  const redis = new Redis(REDIS_URL);
  for (const p of prefixes) {
    const found = await redis.keys(`${p}:*`);
    if (found.length) await redis.del(...found);
  }
  redis.disconnect();
});

describe("in process (REDIS_URL unset)", () => {
  it("answers N requests with RateLimit headers, refuses the (N+1)th with 429, Retry-After and RATE_LIMITED", async () => {
    const { url } = await gatewayWith({});
    const answers = await askTimes(N + 1, url);
    expect(statuses(answers)).toEqual([...Array<number>(N).fill(200), 429]);
    answers.slice(0, N).forEach((a, i) => {
      expect(a.body).toEqual({ data: { country: { name: "Azerbaijan" } } });
      expect(a.headers.get("ratelimit-limit")).toBe(String(N));
      expect(a.headers.get("ratelimit-remaining")).toBe(String(N - 1 - i));
      expect(a.headers.get("ratelimit-policy")).toBe(`${N};w=60`);
      expect(Number(a.headers.get("ratelimit-reset"))).toBeGreaterThanOrEqual(1);
      expect(Number(a.headers.get("ratelimit-reset"))).toBeLessThanOrEqual(60);
    });
    expectRateLimited(answers[N]!, N);
    expect(answers[N]!.body.errors![0]!.message).toMatch(/without an API key/);
  });

  it("counts /export in the same budget; probes and the explorer are never limited", async () => {
    const { url } = await gatewayWith({});
    const origin = url.replace(/\/graphql$/, "");
    await askTimes(N, url);
    const exp = await fetch(`${origin}/export/indicators.json?pair=AZ-RU&limit=1`);
    expect(exp.status).toBe(429);
    expect(exp.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(((await exp.json()) as Answer["body"]).errors![0]!.extensions!.code).toBe("RATE_LIMITED");
    for (const path of ["/healthz", "/readyz", "/"]) {
      const res = await fetch(`${origin}${path}`);
      await res.arrayBuffer();
      expect({ path, status: res.status === 429 ? 429 : "not 429", header: res.headers.get("ratelimit-limit") }).toEqual({ path, status: "not 429", header: null });
    }
  });

  it("gives each API key its own budget, by role, and anonymous callers theirs", async () => {
    const { url } = await gatewayWith({});
    const a = (await keys.createKey({ name: "reader A", role: "reader", createdBy: "test" })).key;
    const b = (await keys.createKey({ name: "reader B", role: "reader", createdBy: "test" })).key;
    const curator = (await keys.createKey({ name: "curator", role: "curator", createdBy: "test" })).key;

    const readerA = await askTimes(N + 4, url, auth(a));
    expect(statuses(readerA)).toEqual([...Array<number>(N + 3).fill(200), 429]);
    expectRateLimited(readerA[N + 3]!, N + 3);
    expect(readerA[N + 3]!.body.errors![0]!.message).toMatch(/this API key/);

    // A's budget is spent; B, a curator and an anonymous caller are untouched.
    expect(statuses(await askTimes(N + 4, url, auth(b)))).toEqual([...Array<number>(N + 3).fill(200), 429]);
    expect(statuses(await askTimes(N + 7, url, auth(curator)))).toEqual([...Array<number>(N + 6).fill(200), 429]);
    expect(statuses(await askTimes(N + 1, url))).toEqual([...Array<number>(N).fill(200), 429]);
    // A bad key is still 401 (authentication comes first), not 429.
    expect((await ask(url, auth(`${a.slice(0, -1)}x`))).status).toBe(401);
  });

  it("refuses an address that keeps sending bad keys before its next key is looked up; good keys from elsewhere are untouched", async () => {
    const { url } = await gatewayWith({});
    const good = (await keys.createKey({ name: "reader C", role: "reader", createdBy: "test" })).key;
    const bad = `${good.slice(0, -1)}${good.endsWith("x") ? "y" : "x"}`;
    const answers = await askTimes(AUTH_FAILURES_PER_MINUTE + 2, url, auth(bad));
    expect(statuses(answers)).toEqual([...Array<number>(AUTH_FAILURES_PER_MINUTE).fill(401), 429, 429]);
    expect(answers.at(-1)!.body.errors![0]!.extensions?.code).toBe("RATE_LIMITED");
    expect(answers.at(-1)!.body.errors![0]!.message).toMatch(/Too many invalid API keys from this address/);
    // The same address with a good key is refused too (it is the address that guessed); without a key it reads on.
    expect((await ask(url, auth(good))).status).toBe(429);
    expect((await ask(url)).status).toBe(200);
    // Another address (X-Forwarded-For is not trusted here, so a second gateway stands in for a fresh start) is untouched.
    const other = await gatewayWith({});
    expect((await ask(other.url, auth(good))).status).toBe(200);
  });

  it("starts a new budget when the window ends", async () => {
    const { url } = await gatewayWith({ windowSeconds: 1 });
    expect(statuses(await askTimes(N + 1, url))).toEqual([...Array<number>(N).fill(200), 429]);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await ask(url)).status).toBe(200);
  });

  it("ignores X-Forwarded-For unless TRUST_PROXY says how many proxies add to it", async () => {
    const plain = await gatewayWith({});
    expect(statuses(await askTimes(N + 1, plain.url))).toEqual([...Array<number>(N).fill(200), 429]);
    // A client cannot buy a fresh budget by naming another address.
    expect((await ask(plain.url, { "x-forwarded-for": "198.51.100.1" })).status).toBe(429);

    const proxied = await gatewayWith({ trustProxyHops: 1 });
    const from = (ip: string): Record<string, string> => ({ "x-forwarded-for": `203.0.113.250, ${ip}` });
    expect(statuses(await askTimes(N + 1, proxied.url, from("198.51.100.1")))).toEqual([...Array<number>(N).fill(200), 429]);
    // One hop trusted: the left entry (what the client wrote) does not matter, the right one (what our proxy saw) does.
    expect((await ask(proxied.url, { "x-forwarded-for": "198.51.100.2, 198.51.100.1" })).status).toBe(429);
    expect((await ask(proxied.url, from("198.51.100.2"))).status).toBe(200);
  });

  it("RATE_LIMIT=off: no limit, no headers", async () => {
    const { url } = await gatewayWith({ enabled: false });
    const answers = await askTimes(N + 2, url);
    expect(statuses(answers)).toEqual(Array<number>(N + 2).fill(200));
    expect(answers[0]!.headers.get("ratelimit-limit")).toBeNull();
  });
});

describe("held in Redis", () => {
  it("two gateways sharing one Redis share one budget", async () => {
    const keyPrefix = newPrefix();
    const one = await gatewayWith({ redisUrl: REDIS_URL, keyPrefix });
    const two = await gatewayWith({ redisUrl: REDIS_URL, keyPrefix });
    let i = 0;
    const answers = await askTimes(N + 2, () => (i++ % 2 ? two.url : one.url));
    expect(statuses(answers)).toEqual([...Array<number>(N).fill(200), 429, 429]);
    expectRateLimited(answers[N]!, N);
    expectRateLimited(answers[N + 1]!, N);
    const redis = new Redis(REDIS_URL);
    const counted = async (): Promise<string | null> => redis.get(`${keyPrefix}:anonymous:ip:127.0.0.1`);
    expect(await counted()).toBe(String(N + 2));
    // A gateway that has refused a client refuses it again from memory for the rest of the window: a flood costs Redis nothing.
    expectRateLimited(await ask(two.url), N);
    expect(await counted()).toBe(String(N + 2));
    redis.disconnect();

    // Another deployment's prefix is another budget.
    const other = await gatewayWith({ redisUrl: REDIS_URL, keyPrefix: newPrefix() });
    expect((await ask(other.url)).status).toBe(200);
  });

  it("keys and addresses have separate budgets in Redis too, and the key's id is what is stored, never its secret", async () => {
    const keyPrefix = newPrefix();
    const { url } = await gatewayWith({ redisUrl: REDIS_URL, keyPrefix });
    const created = await keys.createKey({ name: "reader R", role: "reader", createdBy: "test" });
    expect(statuses(await askTimes(N + 4, url, auth(created.key)))).toEqual([...Array<number>(N + 3).fill(200), 429]);
    expect(statuses(await askTimes(N + 1, url))).toEqual([...Array<number>(N).fill(200), 429]);
    const redis = new Redis(REDIS_URL);
    const stored = (await redis.keys(`${keyPrefix}:*`)).sort();
    redis.disconnect();
    expect(stored).toEqual([`${keyPrefix}:anonymous:ip:127.0.0.1`, `${keyPrefix}:reader:key:${created.info.id}`]);
  });

  it("keeps answering when REDIS_URL points at a closed port, limited by the in-process insurance", async () => {
    const port = await closedPort();
    const { url } = await gatewayWith({ redisUrl: `redis://127.0.0.1:${port}`, keyPrefix: newPrefix() });
    const started = Date.now();
    const answers = await askTimes(N + 2, url);
    expect(statuses(answers)).toEqual([...Array<number>(N).fill(200), 429, 429]);
    expectRateLimited(answers[N]!, N);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe("a Redis that stops or stalls", () => {
  let proxy: RedisProxy;
  let server: http.Server;
  let url: string;
  let limiter: Awaited<ReturnType<typeof createRateLimiter>>;
  const logged: { level: string; msg: string }[] = [];
  const logger = {
    ...silent,
    warn: (_o: unknown, msg: string) => logged.push({ level: "warn", msg }),
    info: (_o: unknown, msg: string) => logged.push({ level: "info", msg }),
    error: (_o: unknown, msg: string) => logged.push({ level: "error", msg }),
  } as unknown as Logger;

  beforeAll(async () => {
    proxy = await redisProxy(REDIS_URL);
    // The limiter alone behind authentication, as the gateway mounts it, with a recording logger.
    limiter = await createRateLimiter({ enabled: true, anonymousPerMinute: 1000, redisUrl: proxy.url, keyPrefix: newPrefix(), redisTimeoutMs: 100 }, logger, {});
    const app = express();
    app.use(authenticateRequests(() => keys, { required: false }));
    app.use(limiter.middleware);
    app.use((_req, res) => {
      res.json({ ok: true });
    });
    server = http.createServer(app);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await limiter?.close();
    await new Promise((r) => server?.close(r));
    await proxy?.close();
  });

  const burst = async (n: number): Promise<{ statuses: number[]; slowestMs: number }> => {
    const times: number[] = [];
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = Date.now();
      const res = await fetch(url);
      await res.arrayBuffer();
      out.push(res.status);
      times.push(Date.now() - t);
    }
    return { statuses: out, slowestMs: Math.max(...times) };
  };

  it("answers every request through a stall and a stop, logs each outage once, and says when Redis is back", async () => {
    // Connected (ioredis's ready check has been answered) before the first request.
    await waitFor(async () => proxy.forwarded() >= 2);
    await new Promise((r) => setTimeout(r, 100));
    expect((await burst(5)).statuses).toEqual(Array<number>(5).fill(200));
    expect(logged.filter((l) => l.level !== "info" || !/^rate limits on/.test(l.msg))).toEqual([]);

    proxy.stall(true);
    const stalled = await burst(50);
    expect(stalled.statuses).toEqual(Array<number>(50).fill(200));
    // One request waits out the command timeout; the rest skip Redis while it is failing.
    expect(stalled.slowestMs).toBeLessThan(1000);
    expect(logged.filter((l) => l.level === "warn")).toHaveLength(1);

    proxy.stall(false);
    proxy.stop();
    const stopped = await burst(50);
    expect(stopped.statuses).toEqual(Array<number>(50).fill(200));
    expect(stopped.slowestMs).toBeLessThan(1000);
    expect(logged.filter((l) => l.level === "warn")).toHaveLength(1);
    expect(logged.filter((l) => l.level === "error")).toEqual([]);

    await proxy.start();
    // Back after the retry interval (5 s) and ioredis's reconnect.
    await waitFor(async () => {
      await burst(1);
      return logged.some((l) => l.msg === "rate limits: Redis answering again");
    }, 20_000);
    expect(logged.filter((l) => l.level === "warn")).toHaveLength(1);

    // A second outage is a second warning.
    proxy.stop();
    expect((await burst(5)).statuses).toEqual(Array<number>(5).fill(200));
    expect(logged.filter((l) => l.level === "warn")).toHaveLength(2);
  }, 60_000);
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function closedPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const { port } = srv.address() as AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

interface RedisProxy {
  url: string;
  /** Bytes are held back (not lost) while stalled: a Redis that is alive but does not answer. */
  stall(on: boolean): void;
  /** Drops every connection and refuses new ones: a Redis that is down. */
  stop(): void;
  start(): Promise<void>;
  /** Chunks passed on to Redis so far. */
  forwarded(): number;
  close(): Promise<void>;
}

/** A TCP proxy in front of the real Redis, on a fixed port so that it can be stopped and started again. */
async function redisProxy(target: string): Promise<RedisProxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<net.Socket>();
  let stalled = false;
  let chunks = 0;
  const held: (() => void)[] = [];
  const pass = (to: net.Socket) => (chunk: Buffer) => {
    const send = (): void => {
      chunks += 1;
      to.write(chunk);
    };
    if (stalled) held.push(send);
    else send();
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port || 6379), hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("error", () => {});
      s.on("close", () => {
        sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    client.on("data", pass(upstream));
    upstream.on("data", pass(client));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const proxyPort = (server.address() as AddressInfo).port;
  let listening: net.Server | undefined = server;
  return {
    url: `redis://127.0.0.1:${proxyPort}`,
    stall: (on) => {
      stalled = on;
      if (!on) held.splice(0).forEach((send) => send());
    },
    stop: () => {
      listening?.close();
      listening = undefined;
      for (const s of sockets) s.destroy();
    },
    start: async () => {
      await new Promise<void>((r) => server.listen(proxyPort, "127.0.0.1", r));
      listening = server;
    },
    forwarded: () => chunks,
    close: async () => {
      for (const s of sockets) s.destroy();
      if (listening) await new Promise((r) => server.close(r));
    },
  };
}
