/**
 * Issue 14: where tracing's cost lands, process by process. Starts A+otel and its untraced twin
 * A-solo as `npm run bench` does (bench/src/otel.ts) on the scale set, primes both, then for
 * R rounds, in alternating order, sends each the same N requests of one workload (C at a time)
 * and reads every process's CPU time from /proc before and after. The after-reading waits out
 * BatchSpanProcessor's schedule (5 s), so a round's exports count in its own round.
 *
 * CPU time per request does not depend on how the two cores were shared during the round, so it
 * is steadier than throughput; it prints, per process and apart for its main thread and its helper
 * threads (GC, TurboFan), traced and untraced µs per request (medians over rounds) and the ratio
 * of the stacks' totals. Both stacks are primed 60 s by default, as the benchmark primes them.
 *
 *   npx turbo run build && npx tsx bench/src/experiments/tracing-cost.ts [--workload profile-5] [--primer country] [--requests 1000] [--connections 10] [--rounds 5] [--prime 60] [--cpu-prof]
 *
 * --traced-env KEY=VALUE (repeatable) adds to the traced stack's environment: OTEL_TRACES_SAMPLER=always_off
 * measures the wrappers without spans; OTEL_SDK_DISABLED=true turns tracing off, so the two stacks
 * differ in nothing and the ratio shows the method's own noise.
 * --node-flags="<flags>": node flags for every process of both stacks (the = is needed when they start with a dash),
 * e.g. --node-flags=--trace-deopt with BENCH_OUTPUT_DIR=<dir> to keep each process's output in <dir>/<name>.log (procs.ts).
 * --cpu-prof: every process writes a V8 CPU profile to bench/results/tmp/tracing-cost-profiles/<name>
 * (bench/src/profile-summary.ts reads them).
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "@atlas/db";
import autocannon from "autocannon";
import { envFromPairs, ourSetup, startTracedStack, startUntracedTwin, type OwnStack } from "../otel";
import { settle, stopAll, threadCpuSeconds } from "../procs";
import { FULL_SCALE, generateScaleSet } from "../scale/generate";
import { ensureScaleSet, scaleDatabaseUrl } from "../scale/load";
import { median, round } from "../stats";
import { requestBody, workloads } from "../workloads";
import { isCleanAnswer } from "../loadgen";
import { PAIR_PRIME_SECONDS } from "../rounds";

const { values: flags } = parseArgs({
  options: {
    workload: { type: "string", default: "profile-5" },
    /** The workload the stacks are primed on (default: the measured one); the full benchmark primes on profile-5. */
    primer: { type: "string" },
    requests: { type: "string", default: "1000" },
    connections: { type: "string", default: "10" },
    rounds: { type: "string", default: "5" },
    prime: { type: "string", default: String(PAIR_PRIME_SECONDS) },
    "cpu-prof": { type: "boolean", default: false },
    /** Node flags for every process of both stacks, e.g. "--trace-deopt" (with BENCH_OUTPUT_DIR, procs.ts, to keep what it prints). */
    "node-flags": { type: "string", default: "" },
    /** KEY=VALUE added to the traced stack's environment, e.g. OTEL_TRACES_SAMPLER=always_off; OTEL_SDK_DISABLED=true measures the method (two untraced stacks). */
    "traced-env": { type: "string", multiple: true, default: [] },
  },
});

/** autocannon: `count` requests, or for `seconds`, `connections` at a time; counts answers that are not clean. */
async function load(url: string, body: string, connections: number, until: { count: number } | { seconds: number }): Promise<{ sent: number; bad: number }> {
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    connections,
    ...("count" in until ? { amount: until.count } : { duration: until.seconds }),
    timeout: 30,
    verifyBody: isCleanAnswer,
  });
  return { sent: result.requests.total, bad: result.non2xx + result.mismatches + result.errors };
}

const processesOf = (stack: OwnStack): { name: string; pid: number }[] => [
  { name: "gateway", pid: stack.gateway.proc.pid },
  ...stack.subgraphs.map((s) => ({ name: s.name, pid: s.proc.pid })),
];

/**
 * Per process, its CPU seconds so far, split into the main thread (`<name>`) and the helper threads
 * (`<name> helpers`): tracing's cost on small requests was mostly the old generation's collector on
 * the helpers, until a tracing process got a larger young generation (@atlas/runtime young-generation.ts).
 */
const cpuOf = (procs: { name: string; pid: number }[]): Map<string, number> =>
  new Map(
    procs.flatMap((p) => {
      const t = threadCpuSeconds(p.pid);
      return [
        [p.name, t.main],
        [`${p.name} helpers`, t.helpers],
      ];
    }),
  );

async function main(): Promise<void> {
  const storeUrl = scaleDatabaseUrl();
  const set = generateScaleSet(FULL_SCALE);
  await ensureScaleSet(storeUrl, set);
  const all = workloads(FULL_SCALE.pairs);
  const workload = all.find((w) => w.id === flags.workload);
  if (!workload) throw new Error(`no workload ${flags.workload}`);
  const body = requestBody(workload);
  const primer = flags.primer === undefined ? workload : all.find((w) => w.id === flags.primer);
  if (!primer) throw new Error(`no workload ${flags.primer}`);
  const primerBody = requestBody(primer);
  const tmpDir = join(repoRoot, "bench", "results", "tmp");
  const profileDir = flags["cpu-prof"] ? join(tmpDir, "tracing-cost-profiles") : undefined;
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  const setup = { ...ourSetup(storeUrl, tmpDir), profileDir, nodeFlags: flags["node-flags"].split(/\s+/).filter(Boolean) };
  const tracedEnv = envFromPairs(flags["traced-env"]);
  const untraced = await startUntracedTwin(setup);
  const traced = await startTracedStack({ ...setup, env: { ...setup.env, ...tracedEnv } });
  const stacks = [
    { id: "A+otel", stack: traced as OwnStack },
    { id: "A-solo", stack: untraced },
  ];
  const connections = Number(flags.connections);
  const count = Number(flags.requests);
  for (const s of Number(flags.prime) > 0 ? stacks : []) {
    const r = await load(s.stack.gateway.url, primerBody, connections, { seconds: Number(flags.prime) });
    console.log(`primed ${s.id} on ${primer.id}: ${r.sent} requests, ${r.bad} not clean`);
  }
  const perRequest = new Map<string, Map<string, number[]>>(stacks.map((s) => [s.id, new Map()]));
  for (let round_ = 0; round_ < Number(flags.rounds); round_++) {
    for (const s of round_ % 2 ? [...stacks].reverse() : stacks) {
      const procs = processesOf(s.stack);
      await settle(procs.map((p) => p.pid));
      const before = cpuOf(procs);
      const started = Date.now();
      const r = await load(s.stack.gateway.url, body, connections, { count });
      const seconds = (Date.now() - started) / 1000;
      await new Promise((resolve) => setTimeout(resolve, 5500));
      const after = cpuOf(procs);
      const line: string[] = [];
      for (const name of after.keys()) {
        const us = ((after.get(name)! - before.get(name)!) / r.sent) * 1e6;
        const list = perRequest.get(s.id)!;
        list.set(name, [...(list.get(name) ?? []), us]);
        line.push(`${name} ${Math.round(us)}`);
      }
      console.log(`round ${round_ + 1} ${s.id}: ${round(r.sent / seconds)} req/s, ${r.bad} not clean; CPU µs/request: ${line.join(", ")}`);
    }
  }
  console.log(`\n${workload.id}, ${count} requests × ${flags.rounds} rounds, ${connections} at a time; CPU µs per request, median over rounds`);
  console.log(["process", "A+otel", "A-solo", "extra", "ratio"].join("\t"));
  let tracedTotal = 0;
  let untracedTotal = 0;
  for (const name of perRequest.get("A+otel")!.keys()) {
    const t = median(perRequest.get("A+otel")!.get(name)!);
    const u = median(perRequest.get("A-solo")!.get(name)!);
    tracedTotal += t;
    untracedTotal += u;
    console.log([name, Math.round(t), Math.round(u), Math.round(t - u), round(t / u)].join("\t"));
  }
  console.log(["total", Math.round(tracedTotal), Math.round(untracedTotal), Math.round(tracedTotal - untracedTotal), round(tracedTotal / untracedTotal)].join("\t"));
  console.log(`sink: ${JSON.stringify(await traced.sink.stats())}`);
  await traced.sink.close();
}

main()
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => void stopAll());
