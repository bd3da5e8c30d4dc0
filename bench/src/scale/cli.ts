/**
 * `npm run scale -w @atlas/bench [-- --small]`: generates the scale set and loads it into
 * its own store (SCALE_DATABASE_URL, default data/scale.db). Running it again with the
 * same options changes nothing.
 */
import { FULL_SCALE, SMALL_SCALE, generateScaleSet } from "./generate";
import { ensureScaleSet, scaleDatabaseUrl } from "./load";

async function main(): Promise<void> {
  const small = process.argv.includes("--small");
  const url = scaleDatabaseUrl();
  const started = Date.now();
  const set = generateScaleSet(small ? SMALL_SCALE : FULL_SCALE);
  console.log(`generated the ${small ? "small" : "full"} scale set in ${((Date.now() - started) / 1000).toFixed(1)} s: ${Object.entries(set.counts).map(([t, n]) => `${n} ${t}`).join(", ")}`);
  const outcome = await ensureScaleSet(url, set);
  console.log(`${outcome.loaded ? "loaded into" : "already in"} ${url.replace(/\/\/[^@]*@/, "//***@")} (checksum ${set.checksum.slice(0, 12)}, ${outcome.seconds.toFixed(1)} s)`);
}

main().catch((e: unknown) => {
  console.error((e as Error).stack ?? e);
  process.exit(1);
});
