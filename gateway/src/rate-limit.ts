/**
 * Per-client rate limits on /graphql and /export: a budget of requests per window for each
 * API key (by its id, never its secret), else for each client address. The counts live in
 * Redis when REDIS_URL is set, so every gateway replica draws on one budget; in this process
 * otherwise, so `npm start` needs no Redis. A Redis that is down or slow never fails a
 * request: each replica then counts in its own memory (rate-limiter-flexible's insurance
 * limiter) until Redis answers again, and says so once per outage in the log.
 *
 * Every answer carries the IETF draft headers (draft-ietf-httpapi-ratelimit-headers-06, as
 * express-rate-limit's "draft-6"): RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset
 * (seconds) and RateLimit-Policy ("<limit>;w=<window seconds>"). A refusal is HTTP 429 with
 * Retry-After and RATE_LIMITED. RELIABILITY.md explains the defaults.
 */
import net from "node:net";
import { hasRole, type Caller, type Logger } from "@atlas/runtime";
import { sendGraphQLError } from "@atlas/runtime/src/http";
import { intFromEnv } from "@atlas/runtime/src/env";
import type { Request, RequestHandler } from "express";
import type Redis from "ioredis";
import { closeRedis, firstConnection, openRedis, redisHost } from "@atlas/runtime/src/redis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { boolFromEnv } from "./config";
import { callerOfResponse } from "./keys";

export interface RateLimitOptions {
  /** RATE_LIMIT=off (or false/0) turns every limit off; default on. */
  enabled: boolean;
  /** Requests per window without a key, per client address (IPv6: per /64). RATE_LIMIT_PER_MINUTE. */
  anonymousPerMinute: number;
  /** Per reader key. RATE_LIMIT_KEYED_PER_MINUTE. */
  keyedPerMinute: number;
  /** Per curator or admin key: an import is a few dozen requests per document. RATE_LIMIT_CURATOR_PER_MINUTE. */
  curatorPerMinute: number;
  /** Length of the counting window in seconds (fixed windows). Not an env variable: the names say "per minute"; tests shorten it. */
  windowSeconds: number;
  /** Where the counts live; unset: in this process. REDIS_URL. */
  redisUrl: string | undefined;
  /** Prefix of every Redis key; replicas of one deployment must share it. RATE_LIMIT_KEY_PREFIX. */
  keyPrefix: string;
  /**
   * How long a request waits for Redis before this process counts alone. RATE_LIMIT_REDIS_TIMEOUT_MS.
   * 200 ms: a Redis round trip is well under 1 ms, but an overloaded gateway's own event-loop
   * lag makes ioredis's timer fire late replies as timeouts (seen at 100 ms under autocannon).
   */
  redisTimeoutMs: number;
  /**
   * Proxies in front of the gateway that append to X-Forwarded-For. 0 (default): the header
   * is ignored and the socket's address is the client; N: the Nth address from the right is.
   * TRUST_PROXY=<N>|false. "true" is refused: it would let a client name its own address.
   */
  trustProxyHops: number;
}

/**
 * 300 a minute for an address: the explorer sends one request per view, so a person clicking
 * fast (or an office behind one NAT address) stays far below it while a scraper does not.
 * A key is accountable, so readers get 4×, and curators 20× (an import of 100 articles is
 * about 3,000 requests).
 */
export const DEFAULT_RATE_LIMITS: RateLimitOptions = {
  enabled: true,
  anonymousPerMinute: 300,
  keyedPerMinute: 1200,
  curatorPerMinute: 6000,
  windowSeconds: 60,
  redisUrl: undefined,
  keyPrefix: "atlas:ratelimit",
  redisTimeoutMs: 200,
  trustProxyHops: 0,
};

export function rateLimitConfigFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimitOptions {
  const d = DEFAULT_RATE_LIMITS;
  const onOff = env.RATE_LIMIT?.trim().toLowerCase();
  const proxy = env.TRUST_PROXY?.trim().toLowerCase();
  if (proxy === "true") throw new Error('TRUST_PROXY must be the number of proxies in front of the gateway (e.g. 1) or false; "true" would trust any X-Forwarded-For a client sends');
  return {
    enabled: onOff === "off" ? false : onOff === "on" ? true : boolFromEnv("RATE_LIMIT", d.enabled, env), // boolFromEnv: true/false/1/0
    anonymousPerMinute: intFromEnv("RATE_LIMIT_PER_MINUTE", d.anonymousPerMinute, env),
    keyedPerMinute: intFromEnv("RATE_LIMIT_KEYED_PER_MINUTE", d.keyedPerMinute, env),
    curatorPerMinute: intFromEnv("RATE_LIMIT_CURATOR_PER_MINUTE", d.curatorPerMinute, env),
    windowSeconds: d.windowSeconds,
    redisUrl: env.REDIS_URL || undefined,
    keyPrefix: env.RATE_LIMIT_KEY_PREFIX || d.keyPrefix,
    redisTimeoutMs: intFromEnv("RATE_LIMIT_REDIS_TIMEOUT_MS", d.redisTimeoutMs, env),
    trustProxyHops: proxy === "false" || proxy === "0" ? 0 : intFromEnv("TRUST_PROXY", d.trustProxyHops, env),
  };
}

/** The client's address: the socket's, or with `hops` trusted proxies the one the outermost of them saw. */
export function clientAddress(req: Pick<Request, "socket" | "headers">, hops: number): string {
  const socket = req.socket.remoteAddress ?? "unknown";
  if (hops === 0) return socket;
  const header = req.headers["x-forwarded-for"];
  const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",").map((s) => s.trim()).filter(Boolean);
  // Nearest first: each trusted proxy appended the address it saw to the right.
  const chain = [socket, ...forwarded.reverse()];
  const picked = chain[Math.min(hops, chain.length - 1)]!;
  return net.isIP(picked) ? picked : socket;
}

/** One budget per IPv4 address, per IPv6 /64 (one host usually holds a whole /64 and can rotate within it). */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return mapped;
  if (!net.isIPv6(address)) return address;
  const bare = address.split("%")[0]!;
  const [head = "", tail] = bare.split("::");
  const groupsOf = (s: string): string[] => (s ? s.split(":").flatMap((g) => (g.includes(".") ? ["0", "0"] : [g])) : []);
  const before = groupsOf(head);
  const after = tail === undefined ? [] : groupsOf(tail);
  const all = [...before, ...Array<string>(8 - before.length - after.length).fill("0"), ...after];
  return `${all.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(":")}::/64`;
}

type Tier = "anonymous" | "reader" | "curator";
const tierOf = (caller: Caller | undefined): Tier => (!caller ? "anonymous" : hasRole(caller, "curator") ? "curator" : "reader");

/** Marks the requests it decided (consume's options object reaches it unchanged), so the middleware can tell a Redis answer from a fallback. */
class InsuranceLimiter extends RateLimiterMemory {
  constructor(
    opts: ConstructorParameters<typeof RateLimiterMemory>[0],
    private readonly onUse: () => void,
  ) {
    super(opts);
  }

  /** Called by RateLimiterRedis when Redis failed: a fallback. */
  override consume(key: string | number, points?: number, options: { [key: string]: unknown } = {}): Promise<RateLimiterRes> {
    this.onUse();
    return this.count(key, points, options);
  }

  /** Counts here without reporting a fallback: for requests that skip a Redis known to be failing. */
  count(key: string | number, points?: number, options: { [key: string]: unknown } = {}): Promise<RateLimiterRes> {
    options.insured = true;
    return super.consume(key, points, options);
  }
}

export interface RateLimiter {
  /** Mount after authentication (the caller decides the budget) on the routes to limit. */
  middleware: RequestHandler;
  /**
   * Mount before authentication: an address that sent more than AUTH_FAILURES_PER_MINUTE bad
   * keys in its window is refused (429) before its next key is looked up.
   */
  authFailureGuard: RequestHandler;
  /** Authentication calls this for every refused key: it counts against the address. */
  recordAuthFailure(req: Request): void;
  /** Closes the Redis connection, if any. */
  close(): Promise<void>;
}

/** Refused API keys an address may send per window before its requests with a key are refused unread. */
export const AUTH_FAILURES_PER_MINUTE = 30;

/** After a fallback, requests skip Redis this long, so a slow Redis costs one timeout per interval, not one per request. */
const RETRY_REDIS_MS = 5000;

/**
 * Builds the limiter. With Redis it waits for the first connection (at most its connect
 * timeout, 2 s) so that the first requests are counted where the other replicas count;
 * a Redis that is down does not stop the gateway from starting.
 */
export async function createRateLimiter(overrides: Partial<RateLimitOptions> | undefined, logger: Logger, env: NodeJS.ProcessEnv = process.env): Promise<RateLimiter> {
  const o: RateLimitOptions = { ...rateLimitConfigFromEnv(env), ...overrides };
  if (!o.enabled) {
    logger.info("rate limits off (RATE_LIMIT=off)");
    return { middleware: (_req, _res, next) => next(), authFailureGuard: (_req, _res, next) => next(), recordAuthFailure: () => undefined, close: async () => {} };
  }

  let redis: Redis | undefined;
  let lastRedisError = "";
  let outageSince: number | undefined;
  let skipRedisUntil = 0;
  const where = o.redisUrl ? redisHost(o.redisUrl) : undefined;
  if (o.redisUrl) {
    redis = openRedis(o.redisUrl, { commandTimeoutMs: o.redisTimeoutMs });
    // Without a listener ioredis prints every failed reconnect; the outage is logged once below.
    redis.on("error", (e: Error) => {
      lastRedisError = e.message;
    });
    redis.on("ready", () => {
      lastRedisError = "";
    });
  }
  const noteOutage = (): void => {
    if (outageSince !== undefined) return;
    outageSince = Date.now();
    logger.warn({ redis: where, reason: lastRedisError || `no answer within ${o.redisTimeoutMs} ms` }, "rate limits: Redis unavailable, counting in this process until it answers again");
  };
  const onInsured = (): void => {
    // Connected but too slow: skip it for a while. Disconnected: fallbacks are instant anyway (rejectIfRedisNotReady) until ioredis reconnects.
    if (redis?.status === "ready") skipRedisUntil = Date.now() + RETRY_REDIS_MS;
    noteOutage();
  };
  if (redis) {
    await firstConnection(redis);
    if (redis.status !== "ready") noteOutage();
  }

  const budgets: Record<Tier, number> = { anonymous: o.anonymousPerMinute, reader: o.keyedPerMinute, curator: o.curatorPerMinute };
  const limiters = Object.fromEntries(
    (Object.keys(budgets) as Tier[]).map((tier) => {
      const base = { points: budgets[tier], duration: o.windowSeconds, keyPrefix: `${o.keyPrefix}:${tier}` };
      const insurance = new InsuranceLimiter(base, onInsured);
      const shared: RateLimiterAbstract | undefined = redis
        ? new RateLimiterRedis({
            ...base,
            storeClient: redis,
            insuranceLimiter: insurance,
            rejectIfRedisNotReady: true,
            // A client over its budget is refused from memory for the rest of the window: a flood costs Redis nothing.
            inMemoryBlockOnConsumed: budgets[tier] + 1,
          })
        : undefined;
      return [tier, { shared: shared ?? new RateLimiterMemory(base), insurance }];
    }),
  ) as Record<Tier, { shared: RateLimiterAbstract; insurance: InsuranceLimiter }>;

  logger.info(
    { anonymousPerMinute: o.anonymousPerMinute, keyedPerMinute: o.keyedPerMinute, curatorPerMinute: o.curatorPerMinute, store: where ?? "process", trustProxyHops: o.trustProxyHops },
    "rate limits on",
  );

  const middleware: RequestHandler = (req, res, next) => {
    const caller = callerOfResponse(res);
    const tier = tierOf(caller);
    const limit = budgets[tier];
    const key = caller ? caller.id : `ip:${addressKey(clientAddress(req, o.trustProxyHops))}`;
    const call: { insured?: boolean } = {};
    const { shared, insurance } = limiters[tier];
    const answer = (r: RateLimiterRes, allowed: boolean): void => {
      // consumedPoints 0: refused from RateLimiterRedis's in-memory block, which says nothing about Redis.
      if (redis && !call.insured && r.consumedPoints > 0 && outageSince !== undefined) {
        logger.info({ redis: where, outageSeconds: Math.round((Date.now() - outageSince) / 1000) }, "rate limits: Redis answering again");
        outageSince = undefined;
      }
      const reset = Math.max(1, Math.ceil(r.msBeforeNext / 1000));
      res.setHeader("RateLimit-Policy", `${limit};w=${o.windowSeconds}`);
      res.setHeader("RateLimit-Limit", String(limit));
      res.setHeader("RateLimit-Remaining", String(allowed ? r.remainingPoints : 0));
      res.setHeader("RateLimit-Reset", String(reset));
      if (allowed) {
        next();
        return;
      }
      const who = caller ? "this API key" : "this address without an API key";
      const window = o.windowSeconds === 60 ? "minute" : `${o.windowSeconds} seconds`;
      sendGraphQLError(res, 429, "RATE_LIMITED", `Rate limit exceeded: ${limit} requests per ${window} for ${who}; retry in ${reset} s`, { "Retry-After": String(reset) });
    };
    const counted = redis && Date.now() < skipRedisUntil ? insurance.count(key, 1, call) : shared.consume(key, 1, call);
    counted.then(
      (r) => answer(r, true),
      (e: unknown) => {
        if (e instanceof RateLimiterRes) return answer(e, false);
        // Not a refusal: the insurance limiter itself failed. Serve rather than fail the request.
        logger.error({ err: e }, "rate limiter failed; request let through");
        next();
      },
    );
  };

  // Bad keys, per address, in process: a key-guessing flood is refused before its lookups reach the store.
  // (Not shared through Redis: each replica refuses a flood on its own within AUTH_FAILURES_PER_MINUTE.)
  const failures = new RateLimiterMemory({ points: AUTH_FAILURES_PER_MINUTE, duration: o.windowSeconds, keyPrefix: `${o.keyPrefix}:authfail` });
  const addressOf = (req: Request): string => `ip:${addressKey(clientAddress(req, o.trustProxyHops))}`;
  const authFailureGuard: RequestHandler = (req, res, next) => {
    if (req.headers.authorization === undefined) return next();
    failures.get(addressOf(req)).then(
      (r) => {
        if (!r || r.consumedPoints < AUTH_FAILURES_PER_MINUTE) return next();
        const reset = Math.max(1, Math.ceil(r.msBeforeNext / 1000));
        sendGraphQLError(res, 429, "RATE_LIMITED", `Too many invalid API keys from this address (${AUTH_FAILURES_PER_MINUTE} a window); retry in ${reset} s`, { "Retry-After": String(reset) });
      },
      () => next(),
    );
  };
  const recordAuthFailure = (req: Request): void => {
    failures.consume(addressOf(req)).catch(() => undefined);
  };

  return {
    middleware,
    authFailureGuard,
    recordAuthFailure,
    close: async () => {
      if (redis) await closeRedis(redis);
    },
  };
}
