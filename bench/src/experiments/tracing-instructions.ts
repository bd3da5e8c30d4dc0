/**
 * Issue 14: tracing's cost in instructions, which do not depend on what else the machine is doing
 * (tracing-cost.ts's CPU ratios strayed ±0.1 from run to run). Starts A+otel's and A-solo's
 * subgraphs as `npm run bench` does (bench/src/otel.ts), then for each one more countries subgraph
 * and one more gateway in front of it, both under valgrind's callgrind and started as the stack's
 * own (traced: exporting to A+otel's sink), with --perf-basic-prof so V8's JIT code has names
 * (callgrind.ts). Warms each pair with W requests of one workload, zeroes the counts, sends N more
 * and dumps them. Prints per process instructions per request: in all, on the main thread (what
 * runs under main), in JIT code, in baseline-tier code (interpreter and Sparkplug), and the
 * functions whose cost differs most between the traced and the untraced process.
 * The first two vary by 5-15% from run to run with the collectors' and compilers' timing; the
 * JIT-code count repeated within 2% (docs/operations.md, "Tracing"). With a short warm-up much of a
 * process still runs in baseline code, whose property accesses go through IC builtins: compare the
 * baseline counts before reading the builtins' differences. --perf-basic-prof makes V8 report each
 * object the collector moves (Heap::OnMoveEvent), so collections cost more than without it; and
 * with few requests counted, one scavenge more or less decides the collector's lines.
 * The processes start with callgrind's instrumentation off (--instr-atstart=no: valgrind then runs
 * them about five times slower than native instead of fifty), turned on after the warm-up, so a
 * long warm-up is cheap: --warm 5000 --requests 600 took 7 minutes on two cores. The gateway under
 * callgrind is given two minutes per subgraph call (SUBGRAPH_TIMEOUT_MS): with the default 5 s,
 * some warm-up requests were answered with SUBGRAPH_TIMEOUT, which the load now refuses.
 * The perf maps (/tmp/perf-<pid>.map) are left in place, for reading the dumps again.
 * Under valgrind V8's optimizing compilers never settle: their instructions per request grew from a
 * warm-up of 5,000 to one of 10,000, where natively they stop once primed (docs/operations.md,
 * "Tracing"). Judge a change by the JavaScript functions' lines, not by the totals.
 *
 *   npx turbo run build && npx tsx bench/src/experiments/tracing-instructions.ts [--workload country] [--warm 5000] [--requests 600] [--top 25]
 *
 * Needs valgrind (callgrind_control, callgrind_annotate); dumps go to bench/results/tmp/callgrind.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "@atlas/db";
import { largestDifferences, readPerfMap, selfCosts } from "../callgrind";
import { isCleanAnswer } from "../loadgen";
import { ourSetup, startGateway, startSubgraph, startTracedStack, startUntracedTwin, type OwnStack } from "../otel";
import { stopAll, type Proc } from "../procs";
import { FULL_SCALE } from "../scale/generate";
import { scaleDatabaseUrl } from "../scale/load";
import { requestBody, workloads } from "../workloads";

const { values: flags } = parseArgs({
  options: {
    workload: { type: "string", default: "country" },
    warm: { type: "string", default: "5000" },
    requests: { type: "string", default: "600" },
    top: { type: "string", default: "25" },
  },
});
const outDir = join(repoRoot, "bench", "results", "tmp", "callgrind");

const PROCESSES = ["gateway", "countries"] as const;
type ProcessName = (typeof PROCESSES)[number];

interface Counts {
  total: number;
  main: number;
  jit: number;
  /** Self instructions per function, JIT code named (callgrind.ts). */
  functions: Map<string, number>;
  baseline: number;
  sent: number;
}

/** The dump `name`.out.N of process `pid`, read with the perf map it wrote. */
function countsOfDump(name: string, pid: number, sent: number): Counts {
  const dump = readdirSync(outDir).find((f) => f.startsWith(`${name}.out.`));
  if (!dump) throw new Error(`${name}: no dump`);
  const file = join(outDir, dump);
  const mapFile = `/tmp/perf-${pid}.map`;
  const map = readPerfMap(readFileSync(mapFile, "utf8"));
  const annotated = execFileSync("callgrind_annotate", ["--inclusive=no", "--threshold=100", file], { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 });
  return { ...selfCosts(annotated, map), sent };
}

async function measure(id: string, stack: OwnStack, body: string): Promise<Record<ProcessName, Counts>> {
  const callgrind = (name: string): string[] => ["valgrind", "--tool=callgrind", "--smc-check=all-non-file", "--instr-atstart=no", `--callgrind-out-file=${join(outDir, name)}.out`];
  // Started as the stack's own, with V8's perf map written (callgrind.ts names the JIT code from it).
  const setup = { ...stack.setup, nodeFlags: [...(stack.setup.nodeFlags ?? []), "--perf-basic-prof"] };
  const countries = await startSubgraph(stack, setup, "countries", `countries-${id}-callgrind`, callgrind(`countries-${id}`), 15 * 60_000);
  const gateway = await startGateway(setup, `gateway-${id}-callgrind`, {
    ...stack.urlsEnv,
    COUNTRIES_URL: countries.url,
    // Under callgrind a call takes up to seconds: the default 5 s answered some with SUBGRAPH_TIMEOUT.
    SUBGRAPH_TIMEOUT_MS: "120000",
    GATEWAY_REQUEST_TIMEOUT_MS: "120000",
  }, callgrind(`gateway-${id}`), 15 * 60_000);
  const procs: Record<ProcessName, Proc> = { gateway: gateway.proc, countries: countries.proc };
  try {
    // Four requests at a time until `amount` have been answered; each one given two minutes (under
    // callgrind a request takes up to seconds). Not autocannon: with `amount` it waited for ever on
    // a connection the slowed gateway had dropped.
    const load = async (amount: number): Promise<number> => {
      let started = 0;
      const worker = async (): Promise<void> => {
        while (started < amount) {
          started++;
          const res = await fetch(gateway.url, { method: "POST", headers: { "content-type": "application/json" }, body, signal: AbortSignal.timeout(120_000) });
          const text = await res.text();
          if (!res.ok || !isCleanAnswer(text)) throw new Error(`${id}: answer ${res.status} ${text.slice(0, 200)}`);
        }
      };
      await Promise.all([1, 2, 3, 4].map(worker));
      return started;
    };
    await load(Number(flags.warm));
    // Counting starts now: instrumentation on (it was off for the warm-up), and nothing kept from before.
    for (const p of PROCESSES) for (const command of [["-i", "on"], ["-z"]]) execFileSync("callgrind_control", [...command, String(procs[p].pid)]);
    const sent = await load(Number(flags.requests));
    for (const p of PROCESSES) execFileSync("callgrind_control", ["-d", String(procs[p].pid)]);
    return { gateway: countsOfDump(`gateway-${id}`, procs.gateway.pid, sent), countries: countsOfDump(`countries-${id}`, procs.countries.pid, sent) };
  } finally {
    for (const p of PROCESSES) procs[p].child.kill("SIGKILL");
  }
}

async function main(): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const workload = workloads(FULL_SCALE.pairs).find((w) => w.id === flags.workload);
  if (!workload) throw new Error(`no workload ${flags.workload}`);
  const setup = ourSetup(scaleDatabaseUrl(), join(repoRoot, "bench", "results", "tmp"));
  const traced = await startTracedStack(setup);
  const solo = await startUntracedTwin(setup);
  const body = requestBody(workload);
  const [t, u] = await Promise.all([measure("traced", traced, body), measure("untraced", solo, body)]);
  await traced.sink.close();
  const per = (c: Counts, n: number): number => Math.round(n / c.sent);
  for (const p of PROCESSES) {
    const [tp, up] = [t[p], u[p]];
    console.log(`\n${p}, ${workload.id}: instructions per request, traced / untraced (ratio)`);
    for (const k of ["total", "main", "jit", "baseline"] as const) console.log(`${k}\t${per(tp, tp[k])}\t${per(up, up[k])}\t${(tp[k] / tp.sent / (up[k] / up.sent)).toFixed(3)}`);
    console.log(`functions whose cost differs most (traced - untraced, traced, untraced):`);
    for (const d of largestDifferences(tp.functions, tp.sent, up.functions, up.sent, Number(flags.top)))
      console.log(`${Math.round(d.a - d.b)}\t${Math.round(d.a)}\t${Math.round(d.b)}\t${d.name.slice(0, 160)}`);
  }
}

main()
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => void stopAll());
