/**
 * The write counters have no TTL and must survive Redis's eviction (docs/caching.md,
 * "Operating Redis"): a gateway warns at start when its Redis may evict any key, and says
 * nothing when only keys with a TTL (the cached answers) can go. Real redis-servers of the
 * test's own.
 */
import type { ChildProcess } from "node:child_process";
import type { Logger } from "@atlas/runtime";
import { RedisVersions } from "@atlas/gateway/src/cache/versions";
import { freePort, startRedisServer, stopProcess } from "./support";

function recordingLogger(): { logger: Logger; warnings: string[] } {
  const warnings: string[] = [];
  const logger = { warn: (_o: unknown, msg?: string) => warnings.push(String(msg)), info: () => undefined, error: () => undefined, debug: () => undefined } as unknown as Logger;
  return { logger, warnings };
}

async function warningsWithPolicy(policy: string): Promise<string[]> {
  const port = await freePort();
  let server: ChildProcess | undefined;
  try {
    server = await startRedisServer(port, ["--maxmemory", "64mb", "--maxmemory-policy", policy]);
    const { logger, warnings } = recordingLogger();
    const versions = await RedisVersions.open(`redis://127.0.0.1:${port}`, "atlas:test:policy:", logger);
    // The check follows the first "ready" by a round trip or two.
    for (let i = 0; i < 50 && !warnings.some((w) => w.includes("evict")); i++) await new Promise((r) => setTimeout(r, 10));
    await versions.close();
    return warnings;
  } finally {
    if (server) await stopProcess(server);
  }
}

it("warns when Redis may evict the write counters (allkeys-lru)", async () => {
  expect((await warningsWithPolicy("allkeys-lru")).filter((w) => w.includes("evict"))).toHaveLength(1);
});

it("says nothing when only keys with a TTL can be evicted (volatile-lru)", async () => {
  expect(await warningsWithPolicy("volatile-lru")).toEqual([]);
});
