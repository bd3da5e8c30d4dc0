/**
 * `npm run bench [-- --quick]`: the federation benchmark, end to end.
 *
 *  1. generates the scale set and loads it into its own store (skipped when it is there);
 *  2. starts every registered subgraph from its build (services/<name>/dist, unchanged,
 *     with bench/src/probe.ts preloaded to count requests and SQL statements), our gateway
 *     (gateway/dist, system A), Hive Gateway on the same supergraph (B) and the
 *     single-process baseline (D), all on free loopback ports with a shared SUBGRAPH_SECRET;
 *  3. checks that A, B and D give the same answers, records the subgraph requests A sends
 *     for each workload and matches them with the query plan (system C replays them);
 *  4. primes every system (its processes are fresh: V8 is still compiling), counts SQL
 *     statements and subgraph requests per request, then measures every system on every
 *     workload: a warm-up, then rounds (systems interleaved), medians reported;
 *  5. writes bench/results/latest.json, latest.md and chart.svg and the README summary.
 *
 * Flags: --quick (small data set, 1 short round, results under bench/results/tmp/quick),
 * --rounds N, --seconds S, --warmup S, --prime S, --pair-prime S, --connections N, --no-readme; for experiments
 * (results under bench/results/tmp/experiment, README untouched): --only id,id
 * (workloads), --systems id,id (A always runs), --cpu-prof (a CPU profile of every process), --node-flags "<flags>",
 * --one-process (every subgraph in one process); --rewrite only rewrites the outputs from latest.json.
 * Env: SCALE_DATABASE_URL (a PostgreSQL store for the scale set), BENCH_SECRET_HEADER.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import { join } from "node:path";
import { createDb, repoRoot } from "@atlas/db";
import { ApiKeys } from "@atlas/gateway/src/keys";
import { envName, readRegistry } from "@atlas/runtime";
import { BenchWriter, runMixed, startCacheSystems, type CacheSystems } from "./cache";
import { launchHive, writeHiveSupergraph } from "./hive-gateway";
import { cacheRatios, type CacheSummary, type MixedRow, type MixedSystem } from "./cache-report";
import { executePlan, runAutocannon, runPlanLoad, countFetches, type LoadOptions, type PlanStep, type RoundResult } from "./loadgen";
import { buildPlan, criticalPathMs, describeFetch, fetchNodes, matchRecorded, planSteps, rootNode, type RecordedRequest } from "./plan";
import { ourSetup, startHiveTracedStack, startHiveUntracedTwin, startSubgraphs, startTracedStack, startUntracedTwin, type OwnStack, type PairTracing, type TracedStack, type TracingSummary } from "./otel";
import type { ProbeStats } from "./probe-types";
import { formatSummary, summarizeProfile } from "./profile-summary";
import { freePort, mergeUsage, settle, startProcess, stopAll, waitUntil, watchUsage, type Proc, type UsageWindow } from "./procs";
import { aggregateRounds, chartSvg, cpuMsPerRequest, markdownReport, readmeSummary, roundsSpread, updateReadme, type BenchReport, type ResultRow, type TargetResult } from "./report";
import { FULL_SCALE, SMALL_SCALE, generateScaleSet, type GeneratedSet } from "./scale/generate";
import { ensureScaleSet, scaleDatabaseUrl } from "./scale/load";
import { isPaired, mergeRuns, PAIR_PRIME_SECONDS, PAIR_RUNS_PER_ROUND, PAIR_WARMUP_SECONDS, PAIR_WORKLOAD_PRIME_SECONDS, pairedRatio, pairsAmong, pairStarts, ratioRange, roundRatios, roundUnits } from "./rounds";
import { median, ratio, round } from "./stats";
import { requestBody, SYSTEM_NAMES, workloads, type SystemId, type Workload } from "./workloads";

const benchDir = join(repoRoot, "bench");

interface Flags {
  quick: boolean;
  /** Extra node flags for every process the benchmark starts (experiments, e.g. V8 memory flags). */
  nodeFlags: string[];
  /** Serve every subgraph from one process (bench/src/experiments/all-subgraphs.ts). */
  oneProcess: boolean;
  /** Only these workloads (ids), for experiments. */
  only: string[];
  /** Only these systems (ids), for experiments (A always runs: every ratio is to it or its twin). */
  systems: SystemId[];
  /** Write a CPU profile of every process to bench/results/tmp/profiles and summarize them. */
  cpuProf: boolean;
  rounds: number;
  seconds: number;
  warmup: number;
  /** Seconds each system first serves the smallest deep profile (or the first workload), before anything is measured. */
  prime: number;
  /** The same for A+otel and A-solo, the pair tracing's ratio is taken from (rounds.ts PAIR_PRIME_SECONDS: their fresh processes need longer). */
  pairPrime: number;
  connections: number;
  counting: number;
  readme: boolean;
}

export function parseFlags(argv: string[]): Flags {
  const quick = argv.includes("--quick");
  const num = (name: string, fallback: number): number => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return fallback;
    const v = Number(argv[i + 1]);
    if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} needs a positive number`);
    return v;
  };
  const str = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i < 0 ? undefined : argv[i + 1];
  };
  return {
    quick,
    nodeFlags: (str("node-flags") ?? "").split(/\s+/).filter(Boolean),
    cpuProf: argv.includes("--cpu-prof"),
    oneProcess: argv.includes("--one-process"),
    only: (str("only") ?? "").split(",").filter(Boolean),
    systems: (str("systems") ?? "").split(",").filter(Boolean).map((s) => {
      if (!(s in SYSTEM_NAMES)) throw new Error(`--systems: no system ${JSON.stringify(s)} (${Object.keys(SYSTEM_NAMES).join(", ")})`);
      return s as SystemId;
    }),
    rounds: num("rounds", quick ? 1 : 3),
    seconds: num("seconds", quick ? 2 : 5),
    warmup: num("warmup", quick ? 1 : 3),
    prime: num("prime", quick ? 2 : 10),
    pairPrime: num("pair-prime", quick ? 2 : PAIR_PRIME_SECONDS),
    connections: num("connections", 10),
    counting: num("counting", quick ? 3 : 5),
    readme: !quick && !["--no-readme", "--cpu-prof", "--node-flags", "--only", "--systems", "--one-process"].some((f) => argv.includes(f)),
  };
}

/** How long the pair serves each workload together before its rounds (rounds.ts PAIR_WORKLOAD_PRIME_SECONDS; a quick run: its warm-up). */
const pairWorkloadPrime = (flags: Flags): number => (flags.quick ? flags.warmup : Math.max(flags.warmup, PAIR_WORKLOAD_PRIME_SECONDS));

const log = (msg: string): void => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

interface Subgraph {
  name: string;
  proc: Proc;
  url: string;
  statsUrl: string;
}

interface Stack {
  subgraphs: Subgraph[];
  gateway: { proc: Proc; url: string };
  hive: { proc: Proc; url: string };
  baseline: { proc: Proc; url: string; statsUrl: string };
  headers: Record<string, string>;
  /** What our processes were started with, and A+otel and A-solo (bench/src/otel.ts), started after. */
  env: NodeJS.ProcessEnv;
  probe: string;
  otel?: TracedStack;
  solo?: OwnStack;
  /** B+otel and B-solo (otel.ts startHiveTracedStack): Hive Gateway's own tracing, measured as A's pair is. */
  hiveOtel?: TracedStack;
  hiveSolo?: OwnStack;
  /** A+cache, B+rust and B+cache (bench/src/cache.ts). */
  cache: CacheSystems;
  /** The subgraph secret, for the mixed workload's writer. */
  secret: string;
}

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
  return (await res.json()) as T;
}

const graphqlWorks = (url: string, headers: Record<string, string>) => async (): Promise<boolean> => {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: '{"query":"{ __typename }"}' });
  if (res.status === 401 || res.status === 403) {
    throw new Error(`${url} refused the benchmark's request (HTTP ${res.status}): set BENCH_SECRET_HEADER to the header name the subgraphs expect the SUBGRAPH_SECRET in`);
  }
  return res.ok;
};

export async function startStack(storeUrl: string, tmpDir: string, opts: { profileDir?: string; nodeFlags?: string[]; oneProcess?: boolean } = {}): Promise<Stack> {
  // Experimental node flags go to our stack only (subgraphs and gateway A).
  const ours = new Set(["gateway", "subgraphs", ...readRegistry().map((s) => s.name)]);
  const prof = (name: string): string[] => [
    ...(ours.has(name) ? (opts.nodeFlags ?? []) : []),
    // One folder per process: a process with worker threads (tsx's loader) writes one profile per thread.
    ...(opts.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${join(opts.profileDir, name)}`] : []),
  ];
  const { probe, secret, header, headers, env: baseEnv } = ourSetup(storeUrl, tmpDir);

  const registry = readRegistry();
  const missing = [...registry.map((s) => join(repoRoot, "services", s.name, "dist", "index.js")), join(repoRoot, "gateway", "dist", "index.js")].filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`not built: ${missing.join(", ")} (npm run bench builds first; or run npx turbo run build)`);

  let subgraphs: Subgraph[] = [];
  if (opts.oneProcess) {
    const ports: Record<string, number> = {};
    for (const s of registry) ports[s.name] = await freePort();
    const proc = startProcess("subgraphs", [...prof("subgraphs"), "--import", "tsx", "--require", probe, join(benchDir, "src", "experiments", "all-subgraphs.ts")], { ...baseEnv, BENCH_SUBGRAPH_PORTS: JSON.stringify(ports) }, repoRoot);
    for (const s of registry) subgraphs.push({ name: s.name, proc, url: `http://127.0.0.1:${ports[s.name]}/graphql`, statsUrl: `http://127.0.0.1:${ports[s.name]}/__bench/stats` });
    await Promise.all(subgraphs.map((s) => waitUntil(s.proc, graphqlWorks(s.url, headers), s.url)));
  } else {
    // Started as A+otel's and A-solo's are (bench/src/otel.ts), without a suffix.
    ({ subgraphs } = await startSubgraphs({ env: baseEnv, probe, headers, nodeFlags: opts.nodeFlags, profileDir: opts.profileDir }, "", (url) => graphqlWorks(url, headers)));
  }
  log(`subgraphs up: ${subgraphs.map((s) => `${s.name} ${s.url}`).join(", ")}`);

  const urlsEnv = Object.fromEntries(subgraphs.map((s) => [`${envName(s.name)}_URL`, s.url]));
  const gatewayPort = await freePort();
  const gatewayEntry = [join(repoRoot, "gateway", "dist", "index.js")];
  const gatewayProc = startProcess("gateway", [...prof("gateway"), ...gatewayEntry], { ...baseEnv, ...urlsEnv, GATEWAY_PORT: String(gatewayPort), GATEWAY_HOST: "127.0.0.1" }, repoRoot);
  const gateway = { proc: gatewayProc, url: `http://127.0.0.1:${gatewayPort}/graphql` };

  // Hive Gateway serves the very supergraph file our gateway's build serves, pointed at the same subgraphs.
  const supergraphFile = writeHiveSupergraph(subgraphs, join(tmpDir, "supergraph-hive.graphql"));
  const hive = await launchHive("hive", { supergraphFile, config: "gateway.config.ts", env: baseEnv, secretHeader: header, nodeArgs: prof("hive") });

  const baselinePort = await freePort();
  const baselineProc = startProcess("baseline", [...prof("baseline"), "--import", "tsx", join(benchDir, "src", "baseline", "main.ts")], { ...baseEnv, PORT: String(baselinePort) }, repoRoot);
  const baseline = { proc: baselineProc, url: `http://127.0.0.1:${baselinePort}/graphql`, statsUrl: `http://127.0.0.1:${baselinePort}/__bench/stats` };

  await Promise.all([
    waitUntil(gateway.proc, graphqlWorks(gateway.url, {}), gateway.url),
    waitUntil(hive.proc, graphqlWorks(hive.url, {}), hive.url),
    waitUntil(baseline.proc, async () => (await fetch(baseline.statsUrl)).ok, baseline.statsUrl),
  ]);
  log(`A ${gateway.url}, B ${hive.url}, D ${baseline.url}`);
  const cache = await startCacheSystems({ env: baseEnv, urlsEnv, supergraphFile, secretHeader: header, works: (url) => graphqlWorks(url, {}), nodeArgs: prof });
  log(`A+cache ${cache.aCache.url}, B+rust ${cache.bRust.url}, B+cache ${cache.bCache.url}`);
  return { subgraphs, gateway, hive, baseline, headers, env: baseEnv, probe, cache, secret };
}

// ─── counting ───

/** One entry per subgraph process (one in all, with --one-process). */
const subgraphProcesses = (stack: Stack): Subgraph[] => stack.subgraphs.filter((s, i) => stack.subgraphs.findIndex((t) => t.proc === s.proc) === i);

async function subgraphTotals(stack: Stack, system: SystemId = "A"): Promise<{ requests: number; statements: number }> {
  const subgraphs = ownStackOf(stack, system)?.subgraphs ?? subgraphProcesses(stack);
  const all = await Promise.all(subgraphs.map((s) => getJson<ProbeStats>(s.statsUrl)));
  return { requests: all.reduce((n, s) => n + s.requests, 0), statements: all.reduce((n, s) => n + s.statements, 0) };
}

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<{ data?: unknown; errors?: { message: string }[] }> {
  return getJson(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
}

/** The tracing pairs' processes (A+otel, A-solo, B+otel, B-solo): stacks of their own (bench/src/otel.ts). */
const ownStackOf = (stack: Stack, system: SystemId): OwnStack | undefined =>
  ({ "A+otel": stack.otel, "A-solo": stack.solo, "B+otel": stack.hiveOtel, "B-solo": stack.hiveSolo } as Partial<Record<SystemId, OwnStack>>)[system];

const CACHE_SYSTEMS = { "A+cache": "aCache", "B+rust": "bRust", "B+cache": "bCache" } as const;
const isCacheSystem = (s: SystemId): s is keyof typeof CACHE_SYSTEMS => s in CACHE_SYSTEMS;

const frontUrl = (stack: Stack, system: SystemId): string =>
  isCacheSystem(system)
    ? stack.cache[CACHE_SYSTEMS[system]].url
    : system === "A" ? stack.gateway.url : (ownStackOf(stack, system)?.gateway.url ?? (system === "B" ? stack.hive.url : stack.baseline.url));

/** Sends `n` requests one at a time and counts exactly what each one cost. */
async function countPerRequest(stack: Stack, system: SystemId, w: Workload, plan: PlanStep | undefined, n: number) {
  const sql: number[] = [];
  const sub: number[] = [];
  const agent = new http.Agent({ keepAlive: true });
  for (let i = 0; i < n; i++) {
    if (system === "D") {
      const before = await getJson<ProbeStats>(stack.baseline.statsUrl);
      await post(stack.baseline.url, requestBody(w));
      const after = await getJson<ProbeStats>(stack.baseline.statsUrl);
      sql.push(after.statements - before.statements);
      continue;
    }
    const before = await subgraphTotals(stack, system);
    if (system === "C") await executePlan(plan!, agent, stack.headers);
    else await post(frontUrl(stack, system), requestBody(w));
    const after = await subgraphTotals(stack, system);
    sql.push(after.statements - before.statements);
    sub.push(after.requests - before.requests);
  }
  agent.destroy();
  const mm = (xs: number[]) => (xs.length ? { min: Math.min(...xs), max: Math.max(...xs) } : null);
  return { sqlPerRequest: mm(sql), subgraphRequestsPerRequest: mm(sub) };
}

// ─── answers and plans ───

function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

async function checkAnswers(stack: Stack, ws: Workload[]): Promise<BenchReport["answers"]> {
  const checked: string[] = [];
  const problems: string[] = [];
  for (const w of ws) {
    const body = requestBody(w);
    const a = await post(stack.gateway.url, body);
    if (a.errors?.length || !a.data) throw new Error(`our gateway answered ${w.id} with errors: ${JSON.stringify(a.errors).slice(0, 500)}`);
    const others: [SystemId, string][] = [
      ["B", stack.hive.url],
      ...(w.systems.includes("D") ? ([["D", stack.baseline.url]] as [SystemId, string][]) : []),
      ...w.systems.filter((s) => ownStackOf(stack, s)).map((s): [SystemId, string] => [s, frontUrl(stack, s)]),
      ...w.systems.filter(isCacheSystem).map((s): [SystemId, string] => [s, frontUrl(stack, s)]),
    ];
    for (const [system, url] of others) {
      const r = await post(url, body);
      if (r.errors?.length) problems.push(`${system} answered ${w.id} with errors: ${JSON.stringify(r.errors).slice(0, 300)}`);
      else if (canonical(r.data) !== canonical(a.data)) problems.push(`${system}'s answer to ${w.id} differs from A's`);
      else checked.push(`${w.id}: ${system}'s answer equals A's (${canonical(a.data).length.toLocaleString("en")} bytes of JSON)`);
    }
    if (w.items !== undefined) {
      const b = (a.data as { bilateral: Record<string, unknown[]> }).bilateral;
      const sizes = `${b.agreements!.length} agreements, ${b.indicators!.length} indicators, ${b.events!.length} events, ${b.people!.length} people`;
      // The generator gives a fifth of a pair's agreements a third party: a pair's list leaves those out (scope BILATERAL).
      const agreements = w.bilateralAgreements ?? w.items;
      if (b.agreements!.length !== agreements || b.indicators!.length !== w.items || b.events!.length !== w.items) {
        problems.push(`${w.id}: expected ${agreements} agreements, ${w.items} indicators and events, got ${sizes}`);
      }
      else checked.push(`${w.id}: ${sizes}`);
    }
  }
  return { checked, problems };
}

export async function setRecording(stack: Stack, on: boolean, only?: string): Promise<void> {
  await Promise.all(subgraphProcesses(stack).filter((s) => !only || s.name === only || s.proc.name === "subgraphs").map((s) => getJson(s.statsUrl.replace("/stats", `/record?on=${on ? 1 : 0}`), { method: "POST" })));
}

export async function recordPlan(stack: Stack, w: Workload, supergraphSdl: string) {
  await setRecording(stack, true);
  await post(stack.gateway.url, requestBody(w));
  await setRecording(stack, false);
  const recorded: Record<string, RecordedRequest[]> = {};
  for (const s of stack.subgraphs) recorded[s.name] = [];
  for (const p of subgraphProcesses(stack)) {
    for (const r of await getJson<(RecordedRequest & { subgraph?: string })[]>(p.statsUrl.replace("/stats", "/records"))) recorded[r.subgraph ?? p.name]!.push(r);
  }
  const plan = buildPlan(supergraphSdl, w.query);
  const matched = matchRecorded(plan, recorded);
  const urls = Object.fromEntries(stack.subgraphs.map((s) => [s.name, s.url]));
  const steps = planSteps(rootNode(plan), matched, urls);
  // Each fetch alone: its SQL statements and the tables they read.
  const fetches = [];
  let index = 0;
  for (const node of fetchNodes(rootNode(plan))) {
    const r = matched.get(node)!;
    const sub = stack.subgraphs.find((s) => s.name === node.serviceName)!;
    await setRecording(stack, true, sub.name);
    await post(sub.url, JSON.stringify(r.body), stack.headers);
    await setRecording(stack, false, sub.name);
    const [alone] = await getJson<RecordedRequest[]>(sub.statsUrl.replace("/stats", "/records"));
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = process.hrtime.bigint();
      await post(sub.url, JSON.stringify(r.body), stack.headers);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    fetches.push(describeFetch(++index, node.serviceName, JSON.stringify(r.body), alone!, median(times)));
  }
  const msByBody = new Map(fetches.map((f) => [f.body ?? "", f.medianMs]));
  const sentByA = Object.values(recorded).reduce((n, l) => n + l.length, 0);
  return {
    steps,
    fetches,
    minimumStatements: fetches.reduce((n, f) => n + f.tables.length, 0),
    measuredStatements: fetches.reduce((n, f) => n + f.statements, 0),
    criticalPathMs: criticalPathMs(steps, (f) => msByBody.get(f.body) ?? 0),
    note: sentByA !== countFetches(steps) ? `${w.id}: A sent ${sentByA} subgraph requests for a plan of ${countFetches(steps)} fetches` : null,
  };
}

// ─── load ───

function stackProcs(stack: Stack, system: SystemId): { name: string; pid: number }[] {
  const subs = subgraphProcesses(stack).map((s) => ({ name: s.proc.name, pid: s.proc.pid }));
  if (system === "A") return [{ name: "gateway", pid: stack.gateway.proc.pid }, ...subs];
  // Named as A's processes, so the CPU and memory columns line up.
  const own = ownStackOf(stack, system);
  if (own) return [{ name: system.startsWith("B") ? "hive" : "gateway", pid: own.gateway.proc.pid }, ...own.subgraphs.map((s) => ({ name: s.name, pid: s.proc.pid }))];
  if (system === "B") return [{ name: "hive", pid: stack.hive.proc.pid }, ...subs];
  // Named as A's or B's front process, so the CPU and memory columns line up.
  if (isCacheSystem(system)) return [{ name: system.startsWith("A") ? "gateway" : "hive", pid: stack.cache[CACHE_SYSTEMS[system]].proc.pid }, ...subs];
  if (system === "C") return subs;
  return [{ name: "baseline", pid: stack.baseline.proc.pid }];
}

async function runOnce(stack: Stack, system: SystemId, w: Workload, plan: PlanStep | undefined, opts: LoadOptions): Promise<RoundResult> {
  const result = system === "C" ? await runPlanLoad(plan!, stack.headers, opts) : await runAutocannon(frontUrl(stack, system), requestBody(w), {}, opts);
  // Let the servers finish what the client abandoned before anything else is measured.
  await settle(stackProcs(stack, system).map((p) => p.pid));
  return result;
}

function checkAlive(stack: Stack): void {
  const otel = [stack.otel, stack.solo, stack.hiveOtel, stack.hiveSolo].flatMap((own) => (own ? [...own.subgraphs.map((s) => s.proc), own.gateway.proc] : []));
  const cached = Object.values(stack.cache).map((s: CacheSystems["aCache"]) => s.proc);
  const dead = [...stack.subgraphs.map((s) => s.proc), stack.gateway.proc, stack.hive.proc, stack.baseline.proc, ...otel, ...cached].filter((p) => p.exited);
  if (dead.length) throw new Error(`${dead.map((p) => p.name).join(", ")} exited during the run:\n${dead.map((p) => p.output.join("\n")).join("\n")}`);
}

// ─── targets ───

function targets(rows: ResultRow[], plans: BenchReport["plans"]): TargetResult[] {
  const find = (system: SystemId, workload: string) => rows.find((r) => r.system === system && r.workload === workload);
  const profiles = [...new Set(rows.filter((r) => r.workload.startsWith("profile-")).map((r) => r.workload))];
  const out: TargetResult[] = [];
  const sqlA = profiles.map((p) => find("A", p)?.sqlPerRequest).filter((x): x is { min: number; max: number } => !!x);
  if (sqlA.length) {
    const hi = Math.max(...sqlA.map((s) => s.max));
    const lo = Math.min(...sqlA.map((s) => s.min));
    out.push({ id: "sql-flat", description: `SQL statements per deep-profile request, largest / smallest over ${profiles.join(", ")} (A)`, measured: `${hi} / ${lo} = ${round(ratio(hi, lo))}`, limit: "≤ 1.05", holds: ratio(hi, lo) <= 1.05 });
  }
  for (const p of profiles) {
    const a = find("A", p)?.sqlPerRequest;
    const plan = plans[p];
    if (a && plan) out.push({ id: `sql-min-${p}`, description: `SQL statements per ${p} request (A) vs the plan's minimum (one per table per fetch)`, measured: `${a.max} vs ${plan.minimumStatements}`, limit: "equal", holds: a.max === plan.minimumStatements });
  }
  for (const p of profiles) {
    const a = find("A", p);
    const b = find("B", p);
    if (a && b) out.push({ id: `ab-${p}`, description: `A/B throughput, ${p}`, measured: String(round(ratio(a.rps, b.rps))), limit: "≥ 1.0", holds: ratio(a.rps, b.rps) >= 1 });
  }
  for (const p of profiles) {
    const a = find("A", p);
    const r = find("B+rust", p);
    if (a && r) out.push({ id: `ab-rust-${p}`, description: `A / Hive Gateway with the Rust planner, throughput, ${p}`, measured: String(round(ratio(a.rps, r.rps))), limit: "≥ 1.0", holds: ratio(a.rps, r.rps) >= 1 });
  }
  for (const cache of cacheRatios(rows)) {
    out.push({ id: `cache-warm-${cache.workload}`, description: `warm-cache throughput / our uncached throughput, ${cache.workload} (A+cache / A)`, measured: String(cache.ours), limit: "≥ 20", holds: cache.ours >= 20 });
    out.push({ id: `cache-vs-hive-${cache.workload}`, description: `warm-cache throughput, ours / Hive Gateway's with its response cache, ${cache.workload}`, measured: String(cache.vsHive), limit: "≥ 1.0", holds: cache.vsHive >= 1 });
  }
  // Every workload the pair ran: a small request (the country lookup) shows tracing's cost per request most.
  for (const t of rows.filter((x) => x.system === "A+otel")) {
    const off = find("A-solo", t.workload);
    if (!off) continue;
    const { ratio: r, range } = tracingPair(t, off);
    out.push({ id: `otel-${t.workload}`, description: `throughput with tracing exported (A+otel) / without (A-solo, its untraced twin, run at the same time), ${t.workload}, median of the rounds' ratios`, measured: `${round(r)}${roundsSpread(range)}`, limit: "≥ 0.9", holds: r >= 0.9 });
  }
  for (const p of profiles) {
    const a = find("A", p);
    const d = find("D", p);
    if (a && d) out.push({ id: `ad-${p}`, description: `A/D p50 latency, ${p}, under load`, measured: String(round(ratio(a.p50, d.p50))), limit: "≤ 2.0", holds: ratio(a.p50, d.p50) <= 2 });
    if (a?.single && d?.single) {
      const r = ratio(a.single.p50, d.single.p50);
      out.push({ id: `ad1-${p}`, description: `A/D p50 latency, ${p}, one connection`, measured: String(round(r)), limit: "≤ 2.0", holds: r <= 2 });
    }
  }
  const errors = rows.reduce((n, r) => n + r.errors + (r.single?.errors ?? 0), 0);
  out.push({ id: "errors", description: "errors under load, all systems and workloads", measured: String(errors), limit: "0", holds: errors === 0 });
  const rssA = Math.max(...rows.filter((r) => r.system === "A").map((r) => r.stackPeakRssBytes));
  out.push({ id: "rss", description: "RSS of our whole stack under load (gateway + subgraphs, largest sum seen)", measured: `${Math.round(rssA / 1048576)} MB`, limit: "≤ 600 MB", holds: rssA <= 600 * 1048576 });
  return out;
}

/** A+otel's throughput over A-solo's: the median of the rounds' ratios (each from the two run at the same time), and their range. */
function tracingPair(traced: ResultRow, untraced: ResultRow): { ratio: number; range: [number, number] | undefined } {
  const [a, b] = [traced.rounds.map((x) => x.rps), untraced.rounds.map((x) => x.rps)];
  return { ratio: pairedRatio(a, b), range: ratioRange(roundRatios(a, b)) };
}

/**
 * A tracing pair's account: what its sink received over the whole run, and per workload the traced
 * member's throughput over its untraced twin's (median and range of the rounds' ratios) and their CPU time per request.
 */
async function pairTracing(otel: TracedStack, rows: ResultRow[], traced: SystemId, untraced: SystemId): Promise<PairTracing> {
  const sink = await otel.sink.stats();
  const out: PairTracing = { sink, spansPerTrace: sink.traces ? round(sink.spans / sink.traces) : 0, ratios: {}, ratioRanges: {}, cpuRatios: {} };
  for (const t of rows.filter((r) => r.system === traced)) {
    const off = rows.find((r) => r.system === untraced && r.workload === t.workload);
    if (!off) continue;
    const pair = tracingPair(t, off);
    out.ratios[t.workload] = round(pair.ratio);
    if (pair.range) out.ratioRanges[t.workload] = [round(pair.range[0]), round(pair.range[1])];
    out.cpuRatios[t.workload] = round(ratio(cpuMsPerRequest(t), cpuMsPerRequest(off)));
  }
  return out;
}

/** Ours (A+otel over A-solo, and over A), with Hive Gateway's pair (B+otel over B-solo) when the run had it. */
async function tracingSummary(stack: Stack, rows: ResultRow[]): Promise<TracingSummary> {
  const ratiosToA: Record<string, number> = {};
  for (const t of rows.filter((r) => r.system === "A+otel")) {
    const a = rows.find((r) => r.system === "A" && r.workload === t.workload);
    if (a) ratiosToA[t.workload] = round(ratio(t.rps, a.rps));
  }
  const peer = stack.hiveOtel ? { peer: await pairTracing(stack.hiveOtel, rows, "B+otel", "B-solo") } : {};
  return { ...(await pairTracing(stack.otel!, rows, "A+otel", "A-solo")), ratiosToA, ...peer };
}

/** Agreements whose parties are exactly the pair's two countries. */
function bilateralAgreementsOf(data: GeneratedSet["data"], pair: { a: string; b: string }): number {
  const parties = new Map<string, string[]>();
  for (const p of data.agreementParty) parties.set(p.agreementId, [...(parties.get(p.agreementId) ?? []), p.countryCode]);
  return [...parties.values()].filter((cs) => cs.length === 2 && cs.includes(pair.a) && cs.includes(pair.b)).length;
}

// ─── the mixed workload (bench/src/cache.ts) ───

const READS_PER_WRITE = 100;

/** 1 write per 100 reads on A+cache and B+cache, the writes through each and around each (straight to the subgraph); stale reads counted. */
async function mixedPhase(stack: Stack, w: Workload, storeUrl: string, flags: Flags): Promise<CacheSummary> {
  const db = createDb(storeUrl);
  const keys = new ApiKeys(db);
  const curator = await keys.createKey({ name: "benchmark writer", role: "curator", createdBy: "npm run bench" });
  try {
    const indicatorsUrl = stack.subgraphs.find((s) => s.name === "indicators")!.url;
    const sourcesUrl = stack.subgraphs.find((s) => s.name === "sources")!.url;
    const writer = new BenchWriter(`bench-scratch-${randomBytes(4).toString("hex")}`, { indicators: indicatorsUrl, sources: sourcesUrl }, stack.headers, stack.secret, curator.key, {
      id: `key:${curator.info.id}`,
      name: "benchmark writer",
      role: "curator",
    });
    await writer.init(w.pair!);
    // Renamed, so every system caches it afresh, with the scratch indicator in it (an entry from the warm-cache
    // workload, computed before the indicator existed, would hold no entity for a mutation to purge).
    const mixedBody = requestBody({ ...w, query: w.query.replace("query BilateralProfile(", "query BilateralProfileMixed(") });
    if (mixedBody === requestBody(w)) throw new Error("the mixed workload's query was not renamed");
    const mixed: MixedRow[] = [];
    for (const system of ["A+cache", "B+cache"] as MixedSystem[]) {
      for (const via of ["gateway", "subgraph"] as const) {
        checkAlive(stack);
        const url = frontUrl(stack, system);
        const r = await runMixed(url, mixedBody, {
          connections: flags.connections,
          seconds: flags.seconds * 2,
          readsPerWrite: READS_PER_WRITE,
          writer,
          writeUrl: via === "gateway" ? url : sourcesUrl,
          writeHeaders: writer.headersFor(via === "subgraph" ? "subgraph" : system === "A+cache" ? "ours" : "hive"),
          tag: `${system}/${via}`,
        });
        log(`mixed ${system}, writes via ${via}: ${round(r.rps)} reads/s, p50 ${round(r.p50)} ms, ${r.writes} writes, ${r.stale} stale reads, ${r.errors} errors`);
        mixed.push({ system, via, reads: r.reads, writes: r.writes, rps: r.rps, p50: r.p50, p99: r.p99, errors: r.errors, stale: r.stale, staleExamples: r.staleExamples });
      }
    }
    await writer.retract();
    return { workload: w.id, mixed, readsPerWrite: READS_PER_WRITE, scratch: writer.indicatorId };
  } finally {
    await keys.revokeKey(curator.info.id, "npm run bench");
    await db.close();
  }
}

// ─── main ───

/** Writes the Markdown, the chart and the README summary again from bench/results/latest.json. */
function writeOutputs(report: BenchReport, outDir: string, readme: boolean): void {
  // The recorded request bodies make the file ten times larger and are not results.
  for (const plan of Object.values(report.plans)) for (const f of plan.fetches) delete f.body;
  writeFileSync(join(outDir, "latest.json"), JSON.stringify(report, null, 2) + "\n");
  writeFileSync(join(outDir, "chart.svg"), chartSvg(report.results) + "\n");
  writeFileSync(join(outDir, "latest.md"), markdownReport(report, "chart.svg") + "\n");
  if (readme) updateReadme(join(repoRoot, "README.md"), readmeSummary(report));
}

async function main(): Promise<void> {
  if (process.argv.includes("--rewrite")) {
    const outDir = join(benchDir, "results");
    writeOutputs(JSON.parse(readFileSync(join(outDir, "latest.json"), "utf8")) as BenchReport, outDir, true);
    log("rewrote bench/results/latest.md, chart.svg and the README summary from latest.json");
    return;
  }
  const flags = parseFlags(process.argv.slice(2));
  const started = new Date();
  const experiment = flags.quick || flags.cpuProf || flags.nodeFlags.length > 0 || flags.only.length > 0 || flags.systems.length > 0 || flags.oneProcess;
  const outDir = experiment ? join(benchDir, "results", "tmp", flags.quick ? "quick" : "experiment") : join(benchDir, "results");
  const tmpDir = join(benchDir, "results", "tmp");
  mkdirSync(outDir, { recursive: true });
  mkdirSync(tmpDir, { recursive: true });
  log(`${flags.quick ? "quick" : "full"} run: ${flags.connections} connections, ${flags.rounds} × ${flags.seconds} s rounds, ${flags.warmup} s warm-up`);

  const options = flags.quick ? SMALL_SCALE : FULL_SCALE;
  const storeUrl = flags.quick && !process.env.SCALE_DATABASE_URL ? `file:${join(repoRoot, "data", "scale-small.db")}` : scaleDatabaseUrl();
  const set = generateScaleSet(options);
  const load = await ensureScaleSet(storeUrl, set);
  const storeName = storeUrl.replace(/\/\/[^@]*@/, "//***@").replace(`file:${repoRoot}/`, "");
  log(`scale set ${load.loaded ? "loaded into" : "already in"} ${storeName} (${load.seconds.toFixed(1)} s)`);

  const profileDir = flags.cpuProf ? join(tmpDir, "profiles") : undefined;
  if (profileDir) {
    rmSync(profileDir, { recursive: true, force: true });
    mkdirSync(profileDir, { recursive: true });
  }
  const stack = await startStack(storeUrl, tmpDir, { profileDir, nodeFlags: flags.nodeFlags, oneProcess: flags.oneProcess });
  const ownSetup = { env: stack.env, probe: stack.probe, headers: stack.headers, nodeFlags: flags.nodeFlags, profileDir };
  stack.otel = await startTracedStack(ownSetup);
  stack.solo = await startUntracedTwin(ownSetup);
  log(`A+otel ${stack.otel.gateway.url}, spans to ${stack.otel.sink.endpoint}; A-solo ${stack.solo.gateway.url}`);
  const ws = workloads(options.pairs).filter((w) => !flags.only.length || flags.only.includes(w.id));
  for (const w of ws) if (w.items !== undefined && w.pair) w.bilateralAgreements = bilateralAgreementsOf(set.data, w.pair);
  if (flags.systems.length) for (const w of ws) w.systems = w.systems.filter((s) => s === "A" || flags.systems.includes(s));
  if (ws.some((w) => w.systems.includes("B+otel") || w.systems.includes("B-solo"))) {
    const secretHeader = Object.keys(stack.headers)[0]!;
    stack.hiveOtel = await startHiveTracedStack(ownSetup, tmpDir, secretHeader);
    stack.hiveSolo = await startHiveUntracedTwin(ownSetup, tmpDir, secretHeader);
    log(`B+otel ${stack.hiveOtel.gateway.url}, spans to ${stack.hiveOtel.sink.endpoint}; B-solo ${stack.hiveSolo.gateway.url}`);
  }
  const supergraphSdl = readFileSync(join(repoRoot, "gateway", "dist", "supergraph.graphql"), "utf8");

  const answers = await checkAnswers(stack, ws);
  for (const p of answers.problems) log(`problem: ${p}`);
  const notes: string[] = [];
  const plans: BenchReport["plans"] = {};
  const steps = new Map<string, PlanStep>();
  for (const w of ws) {
    const p = await recordPlan(stack, w, supergraphSdl);
    plans[w.id] = { fetches: p.fetches, minimumStatements: p.minimumStatements, measuredStatements: p.measuredStatements, criticalPathMs: p.criticalPathMs };
    steps.set(w.id, p.steps);
    if (p.note) notes.push(p.note);
  }
  log(`plans recorded: ${ws.map((w) => `${w.id} ${plans[w.id]!.fetches.length} fetches`).join(", ")}`);

  const rows: ResultRow[] = [];
  const opts: LoadOptions = { connections: flags.connections, seconds: flags.seconds };
  // Fresh processes run slower until V8 has compiled their hot paths (a 3 s warm-up left the first
  // workload's rates still rising round by round): every system is primed on the deep profile first.
  const primer = ws.find((w) => w.id.startsWith("profile-")) ?? ws[0];
  if (primer) {
    const all = [...new Set(ws.flatMap((w) => w.systems))];
    for (const s of all) {
      checkAlive(stack);
      const w = primer.systems.includes(s) ? primer : ws.find((x) => x.systems.includes(s))!;
      const seconds = isPaired(s, all) ? flags.pairPrime : flags.prime;
      const r = await runOnce(stack, s, w, steps.get(w.id), { ...opts, seconds });
      log(`primed ${s} on ${w.id} for ${seconds} s: ${round(r.rps)} req/s`);
    }
  }
  for (const w of ws) {
    const systems = w.systems;
    const counted = new Map<SystemId, Awaited<ReturnType<typeof countPerRequest>>>();
    for (const s of systems) counted.set(s, await countPerRequest(stack, s, w, steps.get(w.id), flags.counting));
    for (const s of systems) if (!isPaired(s, systems)) await runOnce(stack, s, w, steps.get(w.id), { ...opts, seconds: flags.warmup });
    // Each pair together, as its rounds run it, and longer (rounds.ts PAIR_WORKLOAD_PRIME_SECONDS).
    for (const pair of pairsAmong(systems)) await Promise.all(pair.map((s) => runOnce(stack, s, w, steps.get(w.id), { ...opts, seconds: pairWorkloadPrime(flags) })));
    const rounds = new Map<SystemId, { result: RoundResult; usage: UsageWindow }[]>();
    for (let r = 0; r < flags.rounds; r++) {
      // Interleaved, in a rotating order, so slow drift on the machine hits every system alike; A+otel and
      // A-solo at the same time (rounds.ts), so their ratio is taken round by round from the same seconds.
      for (const unit of roundUnits(systems, r)) {
        const paired = unit.length > 1;
        const runs = new Map<SystemId, { result: RoundResult; usage: UsageWindow }[]>();
        for (let run = 0; run < (paired ? PAIR_RUNS_PER_ROUND : 1); run++) {
          checkAlive(stack);
          const started = paired ? pairStarts(unit, r, run) : unit;
          // A pair's run comes right after an unmeasured one of its own (rounds.ts: a stack back from idle starts slow).
          if (paired) await Promise.all(started.map((s) => runOnce(stack, s, w, steps.get(w.id), { ...opts, seconds: PAIR_WARMUP_SECONDS })));
          const watches = started.map((s) => watchUsage(stackProcs(stack, s)));
          const done = await Promise.all(started.map(async (s, i) => ({ s, result: await runOnce(stack, s, w, steps.get(w.id), opts), usage: watches[i]!.stop() })));
          for (const { s, result, usage } of done) {
            runs.set(s, [...(runs.get(s) ?? []), { result, usage }]);
            log(`${w.id} ${s} round ${r + 1}${paired ? ` run ${run + 1} (with ${unit.filter((x) => x !== s).join(", ")})` : ""}: ${round(result.rps)} req/s, p50 ${round(result.p50)} ms, p99 ${round(result.p99)} ms, ${result.errors} errors`);
          }
        }
        for (const [s, list] of runs) rounds.set(s, [...(rounds.get(s) ?? []), { result: mergeRuns(list.map((x) => x.result)), usage: mergeUsage(list.map((x) => x.usage)) }]);
      }
    }
    // Latency without queueing: one connection, one round per system.
    const single = new Map<SystemId, RoundResult>();
    for (const s of systems) {
      checkAlive(stack);
      const result = await runOnce(stack, s, w, steps.get(w.id), { connections: 1, seconds: flags.seconds });
      single.set(s, result);
      log(`${w.id} ${s} at 1 connection: ${round(result.rps)} req/s, p50 ${round(result.p50)} ms, p99 ${round(result.p99)} ms, ${result.errors} errors`);
    }
    for (const s of systems) {
      const list = rounds.get(s) ?? [];
      const names = Object.keys(list[0]?.usage.perProcess ?? {});
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
      rows.push({
        system: s,
        workload: w.id,
        ...(w.items !== undefined ? { items: w.items } : {}),
        rounds: list.map((x) => x.result),
        ...aggregateRounds(list.map((x) => x.result)),
        ...counted.get(s)!,
        cpuPercent: Object.fromEntries(names.map((n) => [n, med(list.map((x) => x.usage.perProcess[n]!.cpuPercent))])),
        peakRssBytes: Object.fromEntries(names.map((n) => [n, Math.max(...list.map((x) => x.usage.perProcess[n]!.peakRssBytes))])),
        stackPeakRssBytes: Math.max(...list.map((x) => x.usage.stackPeakRssBytes)),
        single: single.get(s)!,
        loadgenCpuPercent: med(list.map((x) => x.usage.loadgenCpuPercent)),
        backgroundCpuPercent: med(list.map((x) => x.usage.backgroundCpuPercent)),
      });
    }
  }

  // The mixed workload on the smaller cached profile: on the largest, Hive's cache answers about 3 reads/s, too few for a write per 100 reads.
  const cachedW = ws.filter((w) => w.id.startsWith("cached-")).sort((p, q) => (p.pair?.items ?? 0) - (q.pair?.items ?? 0))[0];
  const cache = cachedW ? await mixedPhase(stack, cachedW, storeUrl, flags) : undefined;

  const report: BenchReport = {
    mode: flags.quick ? "quick" : experiment ? "experiment" : "full",
    startedAt: started.toISOString().replace(/\.\d+Z$/, "Z"),
    wallSeconds: 0,
    machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 1024 ** 3), node: process.version },
    config: { connections: flags.connections, seconds: flags.seconds, warmupSeconds: flags.warmup, primeSeconds: flags.prime, pairPrimeSeconds: flags.pairPrime, pairWorkloadPrimeSeconds: pairWorkloadPrime(flags), rounds: flags.rounds, countingRequests: flags.counting },
    data: { store: storeName, checksum: set.checksum, counts: set.counts, loadSeconds: load.seconds, loaded: load.loaded },
    answers,
    plans,
    results: rows,
    targets: targets(rows, plans),
    tracing: await tracingSummary(stack, rows),
    ...(cache ? { cache } : {}),
    notes: [
      ...notes,
      "SQL/req and subgraph req/req are counted exactly on requests sent one at a time (min–max shown when they differ); under load they are the same per request, since DataLoaders batch within one request only.",
      "System C replays, for each workload, the subgraph requests our gateway sent (matched to the query plan) straight to the subgraphs, in the plan's order; it runs on a closed-loop client of its own, the others on autocannon.",
      "CPU % is of one core (the machine has " + os.cpus().length + "); the load generator runs on the same machine.",
    ],
  };
  await stopAll();
  await stack.otel.sink.close();
  await stack.hiveOtel?.sink.close();
  if (profileDir) {
    const summaries = readdirSync(profileDir).map((name) => {
      // The main thread's profile is the largest.
      const files = readdirSync(join(profileDir, name)).map((f) => join(profileDir, name, f));
      const main = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
      return main ? formatSummary(name, summarizeProfile(JSON.parse(readFileSync(main, "utf8")) as Parameters<typeof summarizeProfile>[0])) : `${name}: no profile`;
    });
    writeFileSync(join(profileDir, "summary.txt"), summaries.join("\n\n") + "\n");
    report.notes.push(`CPU profiles (node --cpu-prof, which slows every process) and their summary: ${profileDir.replace(`${repoRoot}/`, "")}/summary.txt`);
  }
  if (flags.nodeFlags.length) report.notes.push(`the subgraphs and our gateway ran with node ${flags.nodeFlags.join(" ")}`);
  if (flags.oneProcess) report.notes.push("experiment: every subgraph served from one process (bench/src/experiments/all-subgraphs.ts)");
  report.wallSeconds = (Date.now() - started.getTime()) / 1000;

  writeOutputs(report, outDir, flags.readme);
  log(`results in ${outDir.replace(`${repoRoot}/`, "")}: latest.json, latest.md, chart.svg${flags.readme ? "; README updated" : ""}`);
  console.log(`\n${markdownReport(report, "chart.svg").split("## CPU and memory")[0]}`);
  log(`done in ${Math.round(report.wallSeconds)} s; targets held: ${report.targets.filter((t) => t.holds).length}/${report.targets.length}`);
}

if (require.main === module) {
  const stop = (code: number) => () => void stopAll().finally(() => process.exit(code));
  process.on("SIGINT", stop(130));
  process.on("SIGTERM", stop(143));
  main().catch((e: unknown) => {
    console.error((e as Error).stack ?? e);
    void stopAll().finally(() => process.exit(1));
  });
}
