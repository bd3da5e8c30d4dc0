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
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "@atlas/db";
import { envName, youngGenerationFlags } from "@atlas/runtime";
import autocannon from "autocannon";
import { ourSetup, startTracedStack, startUntracedTwin, type OwnStack } from "../otel";
import { freePort, stopAll } from "../procs";
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

async function measure(id: string, stack: OwnStack, extraEnv: NodeJS.ProcessEnv, env: NodeJS.ProcessEnv, body: string): Promise<{ total: number; main: number; jit: number }> {
  const port = await freePort();
  const urlsEnv = Object.fromEntries(stack.subgraphs.map((s) => [`${envName(s.name)}_URL`, s.url]));
  const child = spawn(
    "valgrind",
    ["--tool=callgrind", "--smc-check=all-non-file", `--callgrind-out-file=${join(outDir, id)}.out`, process.execPath, ...youngGenerationFlags(env, true), join(repoRoot, "gateway", "dist", "index.js")],
    { env: { ...env, ...urlsEnv, ...extraEnv, GATEWAY_PORT: String(port), GATEWAY_HOST: "127.0.0.1" }, cwd: repoRoot, stdio: "ignore" },
  );
  try {
    const url = `http://127.0.0.1:${port}/graphql`;
    for (let started = Date.now(); ; ) {
      const ok = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' }).then((r) => r.ok, () => false);
      if (ok) break;
      if (child.exitCode !== null || Date.now() - started > 15 * 60_000) throw new Error(`${id}: the gateway under valgrind did not answer`);
      await new Promise((r) => setTimeout(r, 1000));
    }
    const load = async (amount: number): Promise<number> => {
      const r = await autocannon({ url, method: "POST", headers: { "content-type": "application/json" }, body, connections: 4, amount, timeout: 120 });
      if (r.non2xx + r.errors > 0) throw new Error(`${id}: ${r.non2xx} answers not 2xx, ${r.errors} errors`);
      return r.requests.total;
    };
    await load(Number(flags.warm));
    execFileSync("callgrind_control", ["-z", String(child.pid)]);
    const sent = await load(Number(flags.requests));
    execFileSync("callgrind_control", ["-d", String(child.pid)]);
    const dump = readdirSync(outDir).find((f) => f.startsWith(`${id}.out.`));
    if (!dump) throw new Error(`${id}: no dump`);
    const c = countsOf(join(outDir, dump));
    return { total: c.total / sent, main: c.main / sent, jit: c.jit / sent };
  } finally {
    child.kill("SIGKILL");
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
  const [t, u] = await Promise.all([measure("traced", traced, { OTEL_EXPORTER_OTLP_ENDPOINT: traced.sink.endpoint }, setup.env, body), measure("untraced", solo, {}, setup.env, body)]);
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
