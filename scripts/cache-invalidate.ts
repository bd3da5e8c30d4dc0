/**
 * `npm run cache:invalidate [-- <subgraph>…] [--reason <why>]`: counts a write to these
 * subgraphs (default: every registered one) in Redis, so every gateway replica stops
 * serving cached answers that depend on them at once. For changes that reach the store
 * without passing through a subgraph: SQL by hand, a restore. `npm run db:migrate` runs it
 * after migrating; the subgraphs count one at every start. docs/caching.md.
 */
import { readRegistry } from "@atlas/runtime";
import { bumpVersions, cacheKeys, cachePrefixFromEnv } from "@atlas/runtime/src/cache-versions";
import { closeRedis, firstConnection, openRedis, redisHost } from "@atlas/runtime/src/redis";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf("--reason");
  const reason = at >= 0 ? (args[at + 1] ?? "manual") : "manual";
  const names = args.filter((a, i) => !a.startsWith("--") && (at < 0 || i !== at + 1));
  const known = readRegistry().map((s) => s.name);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length) throw new Error(`not a subgraph: ${unknown.join(", ")} (known: ${known.join(", ")})`);
  const subgraphs = names.length ? names : known;
  const url = process.env.REDIS_URL;
  if (!url) {
    console.log("REDIS_URL is not set: gateways without Redis keep their cache in their own memory (restart them, or their answers expire within the cache hints' 60 s)");
    return;
  }
  const redis = openRedis(url, { commandTimeoutMs: 5000, reconnect: false });
  redis.on("error", () => undefined);
  try {
    await firstConnection(redis);
    await bumpVersions(redis, cacheKeys(cachePrefixFromEnv()), { subgraphs, reason });
    console.log(`response cache: a write counted for ${subgraphs.join(", ")} in ${redisHost(url)} (${reason})`);
  } finally {
    await closeRedis(redis);
  }
}

main().catch((e: unknown) => {
  console.error(`cache:invalidate failed: ${(e as Error).message}`);
  process.exit(1);
});
