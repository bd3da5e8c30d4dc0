/**
 * Issue 14: tracing's cost in latency, one request at a time. Starts A+otel and its untraced twin
 * A-solo as `npm run bench` does (bench/src/otel.ts) on the scale set, warms both, then sends N
 * requests of one workload to each, alternating (and alternating which goes first), and prints the
 * median latency of each and their ratio. With one request in flight no process waits for a core,
 * so the ratio is the time tracing adds to a request's own path (in `npm run bench` a profile's
 * throughput follows its latency: its chain of subgraph calls keeps no core busy).
 *
 *   npx turbo run build && npx tsx bench/src/experiments/tracing-latency.ts [workload] [N] [KEY=VALUE for the traced stack…]
 *
 * e.g. `profile-5 80 OTEL_TRACES_SAMPLER=always_off` (the wrappers without recorded spans), or
 * `profile-5 80 OTEL_SDK_DISABLED=true` (two untraced stacks: the method's own noise).
 */
import { join } from "node:path";
import { repoRoot } from "@atlas/db";
import { envFromPairs, ourSetup, startTracedStack, startUntracedTwin } from "../otel";
import { stopAll } from "../procs";
import { FULL_SCALE, generateScaleSet } from "../scale/generate";
import { ensureScaleSet, scaleDatabaseUrl } from "../scale/load";
import { median, round } from "../stats";
import { requestBody, workloads } from "../workloads";

const [workloadId = "profile-5", count = "80", ...pairs] = process.argv.slice(2);
const tracedEnv = envFromPairs(pairs);

async function main(): Promise<void> {
  const storeUrl = scaleDatabaseUrl();
  await ensureScaleSet(storeUrl, generateScaleSet(FULL_SCALE));
  const workload = workloads(FULL_SCALE.pairs).find((w) => w.id === workloadId);
  if (!workload) throw new Error(`no workload ${workloadId}`);
  const body = requestBody(workload);
  const setup = ourSetup(storeUrl, join(repoRoot, "bench", "results", "tmp"));
  const untraced = await startUntracedTwin(setup);
  const traced = await startTracedStack({ ...setup, env: { ...setup.env, ...tracedEnv } });
  const timed = async (url: string): Promise<number> => {
    const t0 = performance.now();
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
    await res.text();
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return performance.now() - t0;
  };
  for (let i = 0; i < 30; i++) {
    await timed(traced.gateway.url);
    await timed(untraced.gateway.url);
  }
  const t: number[] = [];
  const u: number[] = [];
  for (let i = 0; i < Number(count); i++) {
    if (i % 2) {
      t.push(await timed(traced.gateway.url));
      u.push(await timed(untraced.gateway.url));
    } else {
      u.push(await timed(untraced.gateway.url));
      t.push(await timed(traced.gateway.url));
    }
  }
  console.log(`${workloadId}, ${count} requests each, one at a time, traced env ${JSON.stringify(tracedEnv)}: median ms A+otel ${round(median(t))}, A-solo ${round(median(u))}, ratio ${round(median(t) / median(u))}`);
  await traced.sink.close();
}

main()
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => void stopAll());
