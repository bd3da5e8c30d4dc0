/**
 * The versions that keep the gateway's response cache from ever serving a fact older than
 * the last acknowledged write (docs/caching.md).
 *
 * In Redis, one counter per subgraph (`<prefix>v:<subgraph>`) and one epoch (`<prefix>epoch`).
 * A cached answer is stored under a key that includes the epoch and the counters of every
 * subgraph that resolved a field of it, read before the answer was computed. A subgraph
 * increments its counter after each write commits and before it acknowledges the write, so
 * from the acknowledgement on every reader's key has changed: the old entry is never looked
 * up again (it expires with its TTL) and an answer computed while the write was landing is
 * stored under the old key. The counter, not a message, is what makes it exact; the message
 * on `<prefix>invalidations` only lets each replica drop what it holds in memory at once.
 *
 * A subgraph, not the gateway, counts its writes: a write that reaches it by any path (the
 * gateway, `npm run import`, the seed) is counted. A subgraph also counts once when it
 * starts, since a migration or a bulk load may have changed its tables while it was down.
 */
import type Redis from "ioredis";
import type { Logger } from "./logger";
import { closeRedis, firstConnection, openRedis, redisHost } from "./redis";

/** Every key of the cache starts with this; replicas of one deployment must share it. RESPONSE_CACHE_PREFIX. */
export const DEFAULT_CACHE_PREFIX = "atlas:cache:";

export interface CacheKeys {
  epoch: string;
  version(subgraph: string): string;
  entry(key: string): string;
  channel: string;
}

export function cacheKeys(prefix = DEFAULT_CACHE_PREFIX): CacheKeys {
  return {
    epoch: `${prefix}epoch`,
    version: (subgraph) => `${prefix}v:${subgraph}`,
    entry: (key) => `${prefix}r:${key}`,
    channel: `${prefix}invalidations`,
  };
}

/** What a replica receives on the channel: which subgraph's data changed. */
export interface InvalidationMessage {
  subgraphs: string[];
  /** Why: "write", "start" (the subgraph started), "manual" (npm run cache:invalidate). */
  reason: string;
}

/** The prefix from RESPONSE_CACHE_PREFIX, else the default. */
export function cachePrefixFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.RESPONSE_CACHE_PREFIX || DEFAULT_CACHE_PREFIX;
}

/** Increments the subgraphs' counters and tells the replicas, in one round trip. */
export async function bumpVersions(redis: Redis, keys: CacheKeys, message: InvalidationMessage): Promise<void> {
  const multi = redis.multi();
  for (const s of message.subgraphs) multi.incr(keys.version(s));
  multi.publish(keys.channel, JSON.stringify(message));
  const results = await multi.exec();
  const failed = results?.find(([e]) => e);
  if (!results || failed) throw failed?.[0] ?? new Error("Redis discarded the transaction");
}

const RETRY_MS = 250;

/**
 * A subgraph's side: `written()` after each write commits, before the write is acknowledged.
 * Without REDIS_URL it does nothing (a gateway without Redis keeps its cache in its own
 * memory and counts the writes it forwards itself). With Redis down a write is still
 * acknowledged: the count is retried every 250 ms until Redis answers, and the gateways,
 * which cannot read the counters meanwhile, answer from the subgraphs (they stop reading the
 * cache the moment a counter cannot be read, and start a new epoch when Redis is back).
 */
export class WriteInvalidator {
  private readonly redis?: Redis;
  private readonly keys: CacheKeys;
  /** A count failed and is being retried (one count stands for every write since). */
  private owed = false;
  private retry?: NodeJS.Timeout;

  constructor(
    private readonly subgraph: string,
    private readonly logger: Logger,
    options: { redisUrl?: string; prefix?: string; commandTimeoutMs?: number } = {},
  ) {
    this.keys = cacheKeys(options.prefix);
    if (options.redisUrl) {
      this.redis = openRedis(options.redisUrl, { commandTimeoutMs: options.commandTimeoutMs ?? 1000 });
      this.redis.on("error", () => undefined); // logged once per failed count below
      logger.info({ redis: redisHost(options.redisUrl) }, "response cache: writes counted in Redis");
    }
  }

  /** Counts a start (a migration or a load may have changed the tables meanwhile). */
  async start(): Promise<void> {
    if (!this.redis) return;
    await firstConnection(this.redis);
    await this.count("start");
  }

  /** Counts one committed write. Never throws: the write has committed and is acknowledged either way. */
  async written(): Promise<void> {
    if (this.redis) await this.count("write");
  }

  private async count(reason: string): Promise<void> {
    try {
      await bumpVersions(this.redis!, this.keys, { subgraphs: [this.subgraph], reason });
      if (this.owed) this.logger.info("response cache: Redis answers again; the writes meanwhile are counted");
      this.owed = false;
    } catch (e) {
      if (!this.owed) this.logger.warn({ err: (e as Error).message }, "response cache: could not count a write in Redis; retrying until it answers");
      this.owed = true;
      this.retry ??= setTimeout(() => {
        this.retry = undefined;
        void this.count("retry");
      }, RETRY_MS);
    }
  }

  async close(): Promise<void> {
    if (this.retry) clearTimeout(this.retry);
    if (this.redis) await closeRedis(this.redis);
  }
}
