/**
 * Where cached answers live: this process's memory first (an LRU bounded in bytes), then
 * Redis, shared by every replica. Both hold the same entries under the same keys; a key
 * already carries the versions it was computed at (versions.ts), so neither tier can return
 * an answer older than a write it was asked after. TTLs are the subgraphs' cache hints.
 *
 * A key is "<subgraphs>/<hash>" (response-cache.ts), so the memory tier can drop, when a
 * subgraph's write is announced, the entries that involve that subgraph: they could never be
 * read again, and would only take room until the LRU pushed them out.
 *
 * Misses are coalesced in each replica: after a write, the many requests for a hot profile
 * that miss at once do not all compute it. The first computes; the others wait for it (at
 * most `coalesceMs`) and then read what it stored. The key holds the versions, so what they
 * read is exactly what they would have computed. If the first stores nothing (an error, an
 * uncacheable answer) they compute their own.
 */
import type { KeyValueCache, KeyValueCacheSetOptions } from "@apollo/utils.keyvaluecache";
import type { CacheKeys } from "@atlas/runtime/src/cache-versions";
import type Redis from "ioredis";
import { SubgraphIndexedMemory } from "./memory";

export interface TierCounts {
  memoryHits: number;
  redisHits: number;
  misses: number;
  /** Misses answered by waiting for a concurrent request's computation. */
  coalesced: number;
}

/** Stored value: "<expires at, ms>|<Apollo's entry>", so the memory tier never outlives the hint an entry came from Redis with. */
function wrap(value: string, ttlSeconds: number | null | undefined): string {
  const expires = ttlSeconds ? Date.now() + ttlSeconds * 1000 : 0;
  return `${expires}|${value}`;
}

function unwrap(stored: string): { value: string; ttlMs: number | undefined } | undefined {
  const bar = stored.indexOf("|");
  const expires = Number(stored.slice(0, bar));
  if (bar < 0 || !Number.isFinite(expires)) return undefined;
  if (expires === 0) return { value: stored.slice(bar + 1), ttlMs: undefined };
  const ttlMs = expires - Date.now();
  return ttlMs > 0 ? { value: stored.slice(bar + 1), ttlMs } : undefined;
}

export class TieredCache implements KeyValueCache<string> {
  private readonly memory: SubgraphIndexedMemory<string>;
  readonly counts: TierCounts = { memoryHits: 0, redisHits: 0, misses: 0, coalesced: 0 };
  /** Keys being computed by a request that missed, and how to wake the requests waiting for them. */
  private readonly inflight = new Map<string, { done: Promise<void>; wake: () => void }>();

  constructor(
    private readonly redis: () => Redis | undefined,
    private readonly keys: CacheKeys,
    memoryBytes: number,
    private readonly coalesceMs = 10_000,
  ) {
    this.memory = new SubgraphIndexedMemory<string>(memoryBytes, (v) => v.length * 2 + 64);
  }

  async get(key: string): Promise<string | undefined> {
    const found = await this.lookup(key);
    if (found !== undefined) return found;
    const pending = this.inflight.get(key);
    if (pending) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([pending.done, new Promise<void>((r) => (timer = setTimeout(r, this.coalesceMs)))]);
      clearTimeout(timer);
      const value = await this.fromMemory(key);
      if (value !== undefined) this.counts.coalesced += 1;
      return value;
    }
    let wake = (): void => undefined;
    const done = new Promise<void>((r) => (wake = r));
    this.inflight.set(key, { done, wake });
    // However the request ends, its waiters are not kept longer than coalesceMs.
    setTimeout(() => this.wake(key), this.coalesceMs).unref();
    this.counts.misses += 1;
    return undefined;
  }

  /**
   * The request that missed a key has answered without storing it (an error, an uncacheable
   * answer): its waiters compute their own now. `id` is the key as the cache's user made it,
   * before any prefix its caller adds (Apollo's plugin adds one). A stored answer wakes them in set().
   */
  settle(id: string): void {
    for (const key of this.inflight.keys()) if (key.endsWith(id)) this.wake(key);
  }

  private wake(key: string): void {
    const pending = this.inflight.get(key);
    if (!pending) return;
    this.inflight.delete(key);
    pending.wake();
  }

  private async fromMemory(key: string): Promise<string | undefined> {
    const local = await this.memory.get(key);
    return local === undefined ? undefined : unwrap(local)?.value;
  }

  private async lookup(key: string): Promise<string | undefined> {
    const local = await this.fromMemory(key);
    if (local !== undefined) {
      this.counts.memoryHits += 1;
      return local;
    }
    const redis = this.redis();
    if (redis) {
      let stored: string | null = null;
      try {
        stored = await redis.get(this.keys.entry(key));
      } catch {
        /* a miss: the answer comes from the subgraphs */
      }
      const fromRedis = stored === null ? undefined : unwrap(stored);
      if (fromRedis) {
        this.remember(key, stored!, fromRedis.ttlMs);
        this.counts.redisHits += 1;
        return fromRedis.value;
      }
    }
    return undefined;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const ttl = options?.ttl;
    if (!ttl || ttl <= 0) return; // Apollo's plugin only stores cacheable answers; never keep one without a TTL
    const stored = wrap(value, ttl);
    this.remember(key, stored, ttl * 1000);
    this.wake(key); // requests waiting for this answer read it from memory now
    const redis = this.redis();
    if (redis) await redis.set(this.keys.entry(key), stored, "PX", Math.ceil(ttl * 1000)).catch(() => undefined);
  }

  async delete(key: string): Promise<boolean> {
    await this.redis()?.del(this.keys.entry(key)).catch(() => undefined);
    return this.memory.delete(key);
  }

  /** Drops this process's entries that involve any of these subgraphs (they can no longer be read). */
  forget(subgraphs: readonly string[]): number {
    return this.memory.forget(subgraphs);
  }

  /** Entries in this process's memory. */
  get size(): number {
    return this.memory.size;
  }

  private remember(key: string, stored: string, ttlMs: number | undefined): void {
    this.memory.set(key, stored, ttlMs);
  }
}
