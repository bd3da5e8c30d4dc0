/**
 * The gateway's response cache (docs/caching.md): whole answers to queries, kept in this
 * process's memory and in Redis (shared by every replica), for as long as the subgraphs'
 * cache hints allow, and never served after a write to a subgraph they depend on.
 *
 * Apollo's own response-cache plugin (@apollo/server-plugin-response-cache) does the caching:
 * it short-circuits a query before execution, honours the subgraphs' hints (TTL, and PRIVATE
 * answers are not shared) and caches only answers without errors. What it lacks is
 * invalidation; we add it through its cache-key hook: the key carries the versions of the
 * subgraphs the query depends on (versions.ts, subgraphs.ts), read before the answer is
 * computed, so a write makes every older entry unreachable from the moment it is
 * acknowledged. Hive Gateway's and Router's caches purge entries on the mutations they see
 * or on a purge call; a write that reaches a subgraph another way, or through another
 * replica, leaves them serving stale answers until the TTL. Ours counts writes where they
 * commit.
 *
 * Curators and admins never use it (they read what they have just written, retracted facts
 * and history); a mutation is never cached and counts a write to the subgraphs it goes to.
 */
import { createHash } from "node:crypto";
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestContextWillSendResponse } from "@apollo/server";
import ApolloServerPluginResponseCache from "@apollo/server-plugin-response-cache";
import type { Logger } from "@atlas/runtime";
import { cacheKeys, cachePrefixFromEnv } from "@atlas/runtime/src/cache-versions";
import { intFromEnv } from "@atlas/runtime/src/env";
import type Redis from "ioredis";
import { Gauge, type Registry } from "prom-client";
import type { GatewayContext } from "../data-source";
import { bypassesCache, CacheFront, type FrontMetrics } from "./front";
import { TieredCache } from "./store";
import { SubgraphsOfOperation } from "./subgraphs";
import { LocalVersions, RedisVersions, type Versions } from "./versions";

export interface ResponseCacheOptions {
  /** GATEWAY_RESPONSE_CACHE: on (default) or off. */
  enabled: boolean;
  /** Shared store and write counters; unset: this process only. REDIS_URL. */
  redisUrl?: string;
  /** Key prefix in Redis; replicas of one deployment share it. RESPONSE_CACHE_PREFIX (atlas:cache:). */
  prefix: string;
  /** This process's memory tier, in MiB. RESPONSE_CACHE_MEMORY_MB (64). */
  memoryMb: number;
  /** Longest wait for a concurrent request computing the same answer (the request timeout, 10 s). */
  coalesceMs?: number;
  /** The front's clock for its entries' freshness (epoch ms); tests move it. */
  clock?: () => number;
}

export function responseCacheConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ResponseCacheOptions {
  const raw = (env.GATEWAY_RESPONSE_CACHE ?? "").trim().toLowerCase();
  if (raw && !["on", "off", "true", "false", "1", "0"].includes(raw)) {
    throw new Error(`GATEWAY_RESPONSE_CACHE must be on or off, got ${JSON.stringify(env.GATEWAY_RESPONSE_CACHE)}`);
  }
  return {
    enabled: !["off", "false", "0"].includes(raw),
    redisUrl: env.REDIS_URL || undefined,
    prefix: cachePrefixFromEnv(env),
    memoryMb: intFromEnv("RESPONSE_CACHE_MEMORY_MB", 64, env),
  };
}

export interface ResponseCache {
  plugins: ApolloServerPlugin<GatewayContext>[];
  /** Serves stored answers as bytes before Apollo runs (front.ts); mount just before Apollo's handler. Undefined when the cache is off. */
  front?: CacheFront;
  /** "off", "process" or "redis". */
  store: string;
  close(): Promise<void>;
}

/** Callers who never read from or write to the cache. */
function bypasses(context: GatewayContext): boolean {
  return bypassesCache(context.caller);
}

export async function createResponseCache(
  supergraphSdl: string,
  options: ResponseCacheOptions,
  logger: Logger,
  metrics?: { registry: Registry; cacheResult(result: "hit" | "miss" | "bypass" | "unavailable"): void } & FrontMetrics,
): Promise<ResponseCache> {
  if (!options.enabled) {
    logger.info("response cache off (GATEWAY_RESPONSE_CACHE=off)");
    return { plugins: [], store: "off", close: async () => {} };
  }
  const subgraphs = new SubgraphsOfOperation(supergraphSdl);
  const versions: Versions = options.redisUrl ? await RedisVersions.open(options.redisUrl, options.prefix, logger) : new LocalVersions();
  const redisOf = (): Redis | undefined => (versions instanceof RedisVersions ? versions.client : undefined);
  const store = new TieredCache(redisOf, cacheKeys(options.prefix), options.memoryMb * 1024 * 1024, options.coalesceMs);
  const front = new CacheFront(versions, options.memoryMb * 1024 * 1024, bypassesCache, metrics, options.clock);
  versions.onInvalidation((m) => {
    store.forget(m.subgraphs);
    front.forget(m.subgraphs);
  });
  logger.info({ store: versions.store, memoryMb: options.memoryMb }, "response cache on");

  const registers = metrics ? [metrics.registry] : [];
  new Gauge({ name: "atlas_gateway_response_cache_memory_entries", help: "Answers held in this replica's memory tier", registers, collect() { this.set(store.size); } });
  new Gauge({ name: "atlas_gateway_response_cache_front_entries", help: "Answers held as sent bytes in this replica's front (cache/front.ts)", registers, collect() { this.set(front.size); } });

  // Per request: the versions read for it (null: cache not usable for it), and its key (to wake requests waiting for its answer).
  const snapshots = new WeakMap<GatewayContext, string | null>();
  const keysOf = new WeakMap<GatewayContext, string>();
  const dependsOn = (rc: GraphQLRequestContext<GatewayContext>): string[] => (rc.document ? subgraphs.of(rc.document) : subgraphs.all);

  const cachePlugin = ApolloServerPluginResponseCache<GatewayContext>({
    cache: store,
    // Answers do not depend on who asks (readers and anonymous callers see the same facts); PRIVATE hints are not cached.
    sessionId: async () => null,
    extraCacheKeyData: async (rc) => {
      if (bypasses(rc.contextValue)) return null;
      const snapshot = await versions.snapshot(dependsOn(rc));
      snapshots.set(rc.contextValue, snapshot);
      return snapshot;
    },
    shouldReadFromCache: async (rc) => !bypasses(rc.contextValue) && (snapshots.get(rc.contextValue) ?? null) !== null,
    shouldWriteToCache: async (rc) => !bypasses(rc.contextValue) && (snapshots.get(rc.contextValue) ?? null) !== null,
    // "<subgraphs>/<hash>": the store drops a subgraph's entries from memory when it writes.
    generateCacheKey: (rc, keyData) => {
      const key = `${dependsOn(rc).join(",")}/${createHash("sha256").update(JSON.stringify(keyData)).digest("base64url")}`;
      keysOf.set(rc.contextValue as GatewayContext, key);
      return key;
    },
  });

  // What the plugin stores (or found), the front may keep as the bytes sent: same conditions, same versions.
  const offerToFront = (rc: GraphQLRequestContextWillSendResponse<GatewayContext>): void => {
    const ticket = rc.contextValue.cacheTicket;
    const snapshot = snapshots.get(rc.contextValue);
    const body = rc.response.body;
    if (!ticket || !snapshot || bypasses(rc.contextValue) || body.kind !== "single") return;
    if (body.singleResult.errors || !body.singleResult.data) return;
    const policy = rc.overallCachePolicy.policyIfCacheable();
    if (!policy || policy.scope === "PRIVATE") return;
    ticket.storable = { subgraphs: dependsOn(rc), snapshot, maxAgeSeconds: policy.maxAge, operationName: rc.operationName ?? null };
  };

  const countingPlugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          const type = rc.operation?.operation;
          if (type === "mutation" && rc.document) {
            // The subgraph counted it before answering; counting here too covers a subgraph that could not reach Redis.
            await versions.bump(subgraphs.writers(rc.document), "write");
            return;
          }
          if (type !== "query") return;
          // An answer that was not stored (errors, uncacheable) lets the requests waiting for it compute their own.
          const key = keysOf.get(rc.contextValue);
          if (key) store.settle(key);
          const bypassed = bypasses(rc.contextValue);
          if (!bypassed && !snapshots.has(rc.contextValue)) return; // refused before the cache was asked
          const result = rc.metrics.responseCacheHit ? "hit" : bypassed ? "bypass" : snapshots.get(rc.contextValue) === null ? "unavailable" : "miss";
          metrics?.cacheResult(result);
          offerToFront(rc);
        },
      };
    },
  };

  // Apollo's plugin first: its willSendResponse stores the answer (waking the waiters) before ours looks.
  return { plugins: [cachePlugin, countingPlugin], front, store: versions.store, close: () => versions.close() };
}
