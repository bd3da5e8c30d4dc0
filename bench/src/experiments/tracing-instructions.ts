/**
 * Issue 14: tracing's cost in instructions, which do not depend on what else the machine is doing
 * (tracing-cost.ts's CPU ratios strayed ±0.1 from run to run). Starts A+otel's and A-solo's
 * subgraphs as `npm run bench` does (bench/src/otel.ts), then one more gateway for each under
 * valgrind's callgrind (traced: exporting to A+otel's sink), warms each with W requests of one
 * workload, zeroes the counts, sends N more and dumps them. Prints instructions per request:
 * in all, on the main thread (what runs under main) and in V8's JIT code (unsymbolized: "???").
 * The first two vary by 5–15% from run to run with the collectors' and compilers' timing; the
 * JIT-code count repeated within 2% (docs/operations.md, "Tracing").
 * About 50 times slower than native: the defaults take 15 minutes on two cores.
 *
 *   npx turbo run build && npx tsx bench/src/experiments/tracing-instructions.ts [--workload country] [--warm 1500] [--requests 1000]
 *
 * Needs valgrind (callgrind_control, callgrind_annotate); dumps go to bench/results/tmp/callgrind.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "@atlas/db";
import autocannon from "autocannon";
import { ourSetup, startGateway, startTracedStack, startUntracedTwin, type OwnStack } from "../otel";
import { stopAll } from "../procs";
import { FULL_SCALE } from "../scale/generate";
import { scaleDatabaseUrl } from "../scale/load";
import { requestBody, workloads } from "../workloads";

const { values: flags } = parseArgs({
  options: { workload: { type: "string", default: "country" }, warm: { type: "string", default: "1500" }, requests: { type: "string", default: "1000" } },
});
const outDir = join(repoRoot, "bench", "results", "tmp", "callgrind");

/** Instructions of a callgrind dump: in all, under main (the main thread), and in code without a symbol (V8's JIT code). */
function countsOf(file: string): { total: number; main: number; jit: number } {
  const text = execFileSync("callgrind_annotate", ["--threshold=100", file], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  let total = 0;
  let main = 0;
  let jit = 0;
  for (const line of text.split("\n")) {
    const m = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$/.exec(line);
    if (!m) continue;
    const n = Number(m[1]!.replace(/,/g, ""));
    if (m[2] === "PROGRAM TOTALS") total = n;
    else if (m[2]!.includes("node::SpinEventLoopInternal")) main = n;
    else if (/^\?\?\?:0x[0-9a-f]+ \[\?\?\?\]$/.test(m[2]!)) jit += n;
  }
  return { total, main, jit };
}

async function measure(id: string, stack: OwnStack, body: string): Promise<{ total: number; main: number; jit: number }> {
  // A second gateway started as the stack's own (its environment and node flags), under callgrind.
  const callgrind = ["valgrind", "--tool=callgrind", "--smc-check=all-non-file", `--callgrind-out-file=${join(outDir, id)}.out`];
  const gateway = await startGateway(stack.setup, `gateway-${id}-callgrind`, stack.urlsEnv, callgrind, 15 * 60_000);
  try {
    const load = async (amount: number): Promise<number> => {
      const r = await autocannon({ url: gateway.url, method: "POST", headers: { "content-type": "application/json" }, body, connections: 4, amount, timeout: 120 });
      if (r.non2xx + r.errors > 0) throw new Error(`${id}: ${r.non2xx} answers not 2xx, ${r.errors} errors`);
      return r.requests.total;
    };
    await load(Number(flags.warm));
    execFileSync("callgrind_control", ["-z", String(gateway.proc.pid)]);
    const sent = await load(Number(flags.requests));
    execFileSync("callgrind_control", ["-d", String(gateway.proc.pid)]);
    const dump = readdirSync(outDir).find((f) => f.startsWith(`${id}.out.`));
    if (!dump) throw new Error(`${id}: no dump`);
    const c = countsOf(join(outDir, dump));
    return { total: c.total / sent, main: c.main / sent, jit: c.jit / sent };
  } finally {
    gateway.proc.child.kill("SIGKILL");
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
  console.log(`gateway, ${workload.id}: instructions per request, traced / untraced (ratio)`);
  for (const k of ["total", "main", "jit"] as const) console.log(`${k}\t${Math.round(t[k])}\t${Math.round(u[k])}\t${(t[k] / u[k]).toFixed(3)}`);
}

main()
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => void stopAll());
