/**
 * The gateway's side of the cache versions (packages/runtime/src/cache-versions.ts): before
 * an answer is computed or looked up, the epoch and the counters of the subgraphs it needs
 * are read in one MGET; they become part of its cache key.
 *
 * With Redis:
 *  - a counter that cannot be read (Redis down, slow, not yet connected) means "do not use
 *    the cache for this request": the answer comes from the subgraphs;
 *  - when the connection comes back after it was lost, this replica starts a new epoch
 *    before it reads the cache again: a write made while Redis was unreachable may not have
 *    been counted yet, and a Redis that restarted lost every counter (an old key could
 *    otherwise come round again).
 * Without Redis (REDIS_URL unset) the counters live in this process and only the writes
 * this gateway forwards move them (`bump`): see docs/caching.md for what that leaves out.
 */
import { randomBytes } from "node:crypto";
import type { Logger } from "@atlas/runtime";
import { bumpVersions, cacheKeys, type CacheKeys, type InvalidationMessage } from "@atlas/runtime/src/cache-versions";
import { closeRedis, firstConnection, openRedis, redisHost } from "@atlas/runtime/src/redis";
import type Redis from "ioredis";

export interface Versions {
  /** "epoch|v1|v2…" for these subgraphs (sorted), or null: do not use the cache now. */
  snapshot(subgraphs: readonly string[]): Promise<string | null>;
  /** Counts a write to these subgraphs (the gateway forwarded a mutation to them). */
  bump(subgraphs: readonly string[], reason: string): Promise<void>;
  /** Called with each invalidation any process publishes. */
  onInvalidation(listener: (message: InvalidationMessage) => void): void;
  /** "redis" or "process", for logs and metrics. */
  readonly store: string;
  close(): Promise<void>;
}

/** Counters in this process: one gateway, no Redis. */
export class LocalVersions implements Versions {
  readonly store = "process";
  private readonly counters = new Map<string, number>();
  private readonly listeners: ((m: InvalidationMessage) => void)[] = [];

  async snapshot(subgraphs: readonly string[]): Promise<string> {
    return ["local", ...subgraphs.map((s) => this.counters.get(s) ?? 0)].join("|");
  }

  async bump(subgraphs: readonly string[], reason: string): Promise<void> {
    for (const s of subgraphs) this.counters.set(s, (this.counters.get(s) ?? 0) + 1);
    for (const l of this.listeners) l({ subgraphs: [...subgraphs], reason });
  }

  onInvalidation(listener: (message: InvalidationMessage) => void): void {
    this.listeners.push(listener);
  }

  async close(): Promise<void> {}
}

export class RedisVersions implements Versions {
  readonly store = "redis";
  private readonly keys: CacheKeys;
  private readonly redis: Redis;
  private readonly subscriber: Redis;
  /** True from the moment this replica may trust what it reads (connected, epoch set) until the connection is lost. */
  private usable = false;
  private everReady = false;
  private readonly listeners: ((m: InvalidationMessage) => void)[] = [];

  private constructor(
    url: string,
    prefix: string,
    private readonly logger: Logger,
    commandTimeoutMs: number,
  ) {
    this.keys = cacheKeys(prefix);
    this.redis = openRedis(url, { commandTimeoutMs });
    this.subscriber = openRedis(url, { commandTimeoutMs });
    const where = redisHost(url);
    let lost: number | undefined;
    this.redis.on("error", () => undefined); // the outage is logged once below
    this.subscriber.on("error", () => undefined);
    this.redis.on("close", () => {
      if (this.usable) {
        lost = Date.now();
        logger.warn({ redis: where }, "response cache: Redis unreachable; answering from the subgraphs until it is back");
      }
      this.usable = false;
    });
    this.redis.on("ready", () => {
      // First connection: join the deployment's epoch (or start one). A reconnection: start a new one.
      const args: [string, string] = [this.keys.epoch, randomBytes(8).toString("base64url")];
      const set = this.everReady ? this.redis.set(...args) : this.redis.set(...args, "NX");
      set.then(
        () => {
          if (this.everReady) logger.info({ redis: where, outageSeconds: lost === undefined ? 0 : Math.round((Date.now() - lost) / 1000) }, "response cache: Redis back; new epoch, cache in use again");
          else void this.checkEvictionPolicy(where);
          this.everReady = true;
          this.usable = true;
          lost = undefined;
        },
        (e: Error) => logger.warn({ err: e.message }, "response cache: could not set the epoch; cache not in use"),
      );
    });
    this.subscriber.on("message", (_channel: string, text: string) => {
      let message: InvalidationMessage;
      try {
        message = JSON.parse(text) as InvalidationMessage;
      } catch {
        return;
      }
      for (const l of this.listeners) l(message);
    });
    this.subscriber.on("ready", () => {
      this.subscriber.subscribe(this.keys.channel).catch((e: Error) => logger.warn({ err: e.message }, "response cache: could not subscribe to invalidations"));
    });
  }

  /**
   * The write counters and the epoch have no TTL; cached answers do. A Redis that may evict any
   * key (an allkeys-* maxmemory-policy) can drop a counter, which then counts again from 0 and
   * can meet keys of answers computed before: only volatile-* or noeviction keep them
   * (docs/caching.md, "Operating Redis"). Managed Redis may refuse CONFIG: then nothing is said.
   */
  private async checkEvictionPolicy(where: string): Promise<void> {
    try {
      const [, policy] = (await this.redis.config("GET", "maxmemory-policy")) as [string, string];
      if (policy?.startsWith("allkeys")) {
        this.logger.warn({ redis: where, policy }, "response cache: Redis may evict the write counters (maxmemory-policy allkeys-*); use volatile-lru or noeviction");
      }
    } catch {
      /* CONFIG not allowed here */
    }
  }

  /** Opens the connections and waits for the first (at most the connect timeout): a Redis that is down does not stop the gateway. */
  static async open(url: string, prefix: string, logger: Logger, commandTimeoutMs = 1000): Promise<RedisVersions> {
    const v = new RedisVersions(url, prefix, logger, commandTimeoutMs);
    await firstConnection(v.redis);
    // The epoch SET follows "ready" by one round trip.
    for (let i = 0; i < 20 && v.redis.status === "ready" && !v.usable; i++) await new Promise((r) => setTimeout(r, 10));
    if (!v.usable) logger.warn({ redis: redisHost(url) }, "response cache: Redis not reachable at start; answering from the subgraphs until it is");
    return v;
  }

  async snapshot(subgraphs: readonly string[]): Promise<string | null> {
    if (!this.usable) return null;
    try {
      const values = await this.redis.mget(this.keys.epoch, ...subgraphs.map((s) => this.keys.version(s)));
      // No epoch: Redis lost its data without this connection noticing; "ready" will set one.
      if (!values[0] || !this.usable) return null;
      return values.map((v) => v ?? "0").join("|");
    } catch {
      return null;
    }
  }

  async bump(subgraphs: readonly string[], reason: string): Promise<void> {
    try {
      await bumpVersions(this.redis, this.keys, { subgraphs: [...subgraphs], reason });
    } catch (e) {
      // The subgraph counted the write itself (and retries); a reconnection starts a new epoch anyway.
      this.logger.warn({ err: (e as Error).message, subgraphs }, "response cache: could not count a forwarded write");
    }
  }

  onInvalidation(listener: (message: InvalidationMessage) => void): void {
    this.listeners.push(listener);
  }

  /** The connection for cache entries (the same one: an entry read and its counters share a fate). */
  get client(): Redis | undefined {
    return this.usable ? this.redis : undefined;
  }

  async close(): Promise<void> {
    this.usable = false; // closing is not an outage: nothing to warn about
    await Promise.all([closeRedis(this.redis), closeRedis(this.subscriber)]);
  }
}
