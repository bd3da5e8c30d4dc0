/**
 * One way to open and close Redis for every process (the gateway's rate limits and response
 * cache, the subgraphs' cache invalidation): commands fail at once while disconnected instead
 * of queueing, reconnects back off to 2 s, and closing never waits for a Redis that stalls.
 */
import Redis from "ioredis";

export const REDIS_CONNECT_TIMEOUT_MS = 2000;

export interface RedisOptions {
  /** A command without an answer in this time fails (and its caller falls back). */
  commandTimeoutMs: number;
  /** Reconnect for ever (default) or give up. */
  reconnect?: boolean;
}

export function openRedis(url: string, options: RedisOptions): Redis {
  return new Redis(url, {
    // While disconnected a command fails at once (the caller's fallback answers) instead of queueing.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs,
    connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
    // How long close waits for a stalled Redis to close the connection.
    disconnectTimeout: 500,
    retryStrategy: (attempt) => (options.reconnect === false ? null : Math.min(attempt * 200, 2000)),
  });
}

/** Resolves at the first "ready" or "error", or after the connect timeout. */
export function firstConnection(redis: Redis): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      redis.off("ready", done);
      redis.off("error", done);
      resolve();
    };
    const timer = setTimeout(done, REDIS_CONNECT_TIMEOUT_MS);
    redis.once("ready", done);
    redis.once("error", done);
  });
}

/** Closes without waiting for a Redis that may be the reason we are stopping. */
export async function closeRedis(redis: Redis): Promise<void> {
  // Between reconnect attempts there is no socket to close, and ioredis emits no "end".
  const open = ["connecting", "connect", "ready"].includes(redis.status);
  const ended = new Promise((resolve) => redis.once("end", resolve));
  // disconnect(), not quit(): quit waits for a Redis that may not answer (disconnect gives up after disconnectTimeout).
  redis.disconnect();
  if (open) await ended;
}

/** host:port of a Redis URL, for logs: never its password. */
export function redisHost(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "6379"}`;
  } catch {
    return "(unparsable REDIS_URL)";
  }
}
