/**
 * The benchmark's outputs: results JSON, a Markdown report, an SVG chart (drawn here, no
 * library), and the summary between the README's bench markers.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { cacheLines, mixedTable, type CacheSummary } from "./cache-report";
import type { PairTracing, TracingSummary } from "./otel";
import type { PlannedFetch } from "./plan";
import type { RoundResult } from "./loadgen";
import { PAIR_RUNS_PER_ROUND, PAIR_WARMUP_SECONDS } from "./rounds";
import { median, round } from "./stats";
import { SYSTEM_NAMES, type SystemId } from "./workloads";

export interface ResultRow {
  system: SystemId;
  workload: string;
  items?: number;
  rounds: RoundResult[];
  /** Medians over the rounds. */
  rps: number;
  p50: number;
  p99: number;
  /** Summed over the rounds. */
  errors: number;
  errorKinds: Record<string, number>;
  /** Counted exactly on requests sent one at a time (min and max over them). */
  sqlPerRequest: { min: number; max: number } | null;
  subgraphRequestsPerRequest: { min: number; max: number } | null;
  /** Median over the rounds of CPU use per process, percent of one core. */
  cpuPercent: Record<string, number>;
  /** Largest RSS seen per process under this load, bytes. */
  peakRssBytes: Record<string, number>;
  /** Largest RSS of all the system's processes together at one moment, bytes. */
  stackPeakRssBytes: number;
  /** One round at one connection: latency without queueing. */
  single?: RoundResult;
  /** Medians over the rounds: the load generator's CPU and everything else's on the machine, percent of one core. */
  loadgenCpuPercent?: number;
  backgroundCpuPercent?: number;
}

export interface TargetResult {
  id: string;
  description: string;
  measured: string;
  limit: string;
  holds: boolean;
}

export interface BenchReport {
  mode: "full" | "quick" | "experiment";
  startedAt: string;
  wallSeconds: number;
  machine: { cpus: number; memoryGiB: number; node: string };
  /** primeSeconds: absent in runs before priming. */
  /** pairPrimeSeconds: A+otel's and A-solo's priming, absent in runs before it differed from the others'. */
  config: { connections: number; seconds: number; warmupSeconds: number; primeSeconds?: number; pairPrimeSeconds?: number; pairWorkloadPrimeSeconds?: number; rounds: number; countingRequests: number };
  data: { store: string; checksum: string; counts: Record<string, number>; loadSeconds: number; loaded: boolean };
  answers: { checked: string[]; problems: string[] };
  plans: Record<string, { fetches: PlannedFetch[]; minimumStatements: number; measuredStatements: number; criticalPathMs: number }>;
  results: ResultRow[];
  targets: TargetResult[];
  /** A+otel: what its span sink received and its throughput over A-solo's, its untraced twin (absent in runs before tracing). */
  tracing?: TracingSummary;
  /** The response cache: the mixed workload's stale reads (absent in runs before the cache). */
  cache?: CacheSummary;
  notes: string[];
}

export function aggregateRounds(rounds: RoundResult[]): Pick<ResultRow, "rps" | "p50" | "p99" | "errors" | "errorKinds"> {
  const errorKinds: Record<string, number> = {};
  for (const r of rounds) for (const [k, v] of Object.entries(r.errorKinds)) errorKinds[k] = (errorKinds[k] ?? 0) + v;
  return {
    rps: median(rounds.map((r) => r.rps)),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    errorKinds,
  };
}

const mb = (bytes: number): string => String(Math.round(bytes / 1048576));
const fmt = (n: number): string => (Number.isFinite(n) ? String(round(n)) : "–");
const range = (r: { min: number; max: number } | null): string => (!r ? "–" : r.min === r.max ? fmt(r.min) : `${fmt(r.min)}–${fmt(r.max)}`);
/** " (rounds lo–hi)" beside a paired ratio (rounds.ts ratioRange); nothing when there is no range. */
export const roundsSpread = (r: readonly [number, number] | undefined): string => (r ? ` (rounds ${range({ min: r[0], max: r[1] })})` : "");
const cpuTotal = (row: ResultRow): number => Object.values(row.cpuPercent).reduce((a, b) => a + b, 0);
/** CPU time the system's processes spent per answered request, in ms (CPU % is of one core). */
export const cpuMsPerRequest = (row: ResultRow): number => (row.rps > 0 ? (cpuTotal(row) * 10) / row.rps : Number.NaN);
const gatewayCpu = (row: ResultRow): string => {
  const gw = row.cpuPercent.gateway ?? row.cpuPercent.hive ?? row.cpuPercent.baseline;
  return gw === undefined ? "" : ` (${fmt(gw)})`;
};

export function resultsTable(rows: ResultRow[]): string {
  const lines = [
    "| workload | system | req/s | p50 ms | p99 ms | errors | p50 ms, 1 conn | SQL/req | subgraph req/req | CPU % total (front) | CPU ms/req | peak RSS MB (stack) |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.workload} | ${r.system} | ${fmt(r.rps)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${r.errors + (r.single?.errors ?? 0)} | ${fmt(r.single?.p50 ?? Number.NaN)} | ${range(r.sqlPerRequest)} | ${range(r.subgraphRequestsPerRequest)} | ${fmt(cpuTotal(r))}${gatewayCpu(r)} | ${fmt(cpuMsPerRequest(r))} | ${mb(r.stackPeakRssBytes)} |`,
    );
  }
  return lines.join("\n");
}

export function targetsTable(targets: TargetResult[]): string {
  return ["| target | measured | limit | holds |", "|---|--:|--:|:-:|", ...targets.map((t) => `| ${t.description} | ${t.measured} | ${t.limit} | ${t.holds ? "yes" : "**no**"} |`)].join("\n");
}

export function processTable(rows: ResultRow[]): string {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.cpuPercent)))];
  return [
    `| workload | system | ${names.map((n) => `${n} CPU % / RSS MB`).join(" | ")} | load generator CPU % | other load on the machine, CPU % |`,
    `|---|---|${names.map(() => "--:").join("|")}|--:|--:|`,
    ...rows.map(
      (r) =>
        `| ${r.workload} | ${r.system} | ${names.map((n) => (r.cpuPercent[n] === undefined ? "" : `${fmt(r.cpuPercent[n]!)} / ${mb(r.peakRssBytes[n] ?? 0)}`)).join(" | ")} | ${fmt(r.loadgenCpuPercent ?? Number.NaN)} | ${fmt(r.backgroundCpuPercent ?? Number.NaN)} |`,
    ),
  ].join("\n");
}

export function planTable(plan: BenchReport["plans"][string]): string {
  return [
    "| # | subgraph | fetch | SQL statements | tables read (minimum) | tables read twice | ms alone (median) |",
    "|--:|---|---|--:|--:|---|--:|",
    ...plan.fetches.map((f) => `| ${f.index} | ${f.service} | \`${f.label}\` | ${f.statements} | ${f.tables.length} | ${f.repeatedTables.join(", ") || "–"} | ${fmt(f.medianMs)} |`),
    `| | | **total** | **${plan.measuredStatements}** | **${plan.minimumStatements}** | | critical path **${fmt(plan.criticalPathMs)}** |`,
  ].join("\n");
}

/** How every run measures; the run's own notes follow these in the report. */
export const METHOD = [
  "Every system answers the same requests: before measuring, B's answers and D's are compared with A's (canonical JSON) and the pair sizes are checked.",
  "Each round keeps a fixed number of connections busy (10 unless --connections says otherwise) for a fixed time; requests that started in the first 20% of a round (at most 1 s: every connection starts at once, in step) are left out of the latencies and the rate. After each run the benchmark waits until the servers stop working off abandoned requests.",
  "Hive Gateway runs with its deduplication of identical in-flight subgraph requests off (bench/src/hive/gateway.config.ts): the load sends one query on every connection, so with it on B's subgraphs would do about a tenth of the work per request; BENCH_HIVE_DEDUP=1 turns it on.",
  "SQL statements are Prisma's query events, counted inside each subgraph process by bench/src/probe.ts (preloaded into the unchanged builds); the plan's minimum is one statement per table each fetch reads, from the SQL each fetch runs when sent alone.",
  "CPU and memory come from /proc: CPU % of one core over each round, RSS sampled every 200 ms (peak per process, and the largest sum over the system's processes).",
];

/** How the one-connection latency of A and D compares with the plan's fetches sent alone. */
export function criticalPathLine(report: BenchReport, workload: string): string {
  const plan = report.plans[workload];
  const at1 = (s: SystemId) => report.results.find((r) => r.system === s && r.workload === workload)?.single?.p50 ?? Number.NaN;
  if (!plan) return "";
  return `${workload} at one connection: the plan's subgraph fetches, each sent alone, need ${fmt(plan.criticalPathMs)} ms along its critical path; C (the same requests, no gateway) answers in ${fmt(at1("C"))} ms (p50), A in ${fmt(at1("A"))} ms, B in ${fmt(at1("B"))} ms, D (no federation) in ${fmt(at1("D"))} ms.`;
}

/** The exports' encodings as the report says them ("protobuf", "JSON"); runs before the sink told them sent JSON. */
function encodingsOf(sink: TracingSummary["sink"]): string {
  const names: Record<string, string> = { "application/x-protobuf": "protobuf", "application/json": "JSON" };
  const seen = Object.entries(sink.encodings ?? { "application/json": sink.exports }).filter(([, n]) => n > 0);
  return seen.map(([type, n]) => (seen.length > 1 ? `${names[type] ?? type} (${n.toLocaleString("en")})` : (names[type] ?? type))).join(" and ") || "JSON";
}

/** A pair's ratios per workload (with the rounds' range where recorded), and its CPU ratios. */
function pairFigures(p: Pick<PairTracing, "ratios" | "cpuRatios"> & { ratioRanges?: PairTracing["ratioRanges"] }): { ratios: string; cpu: string } {
  return {
    ratios: Object.entries(p.ratios).map(([w, r]) => `${w} ${fmt(r)}${roundsSpread(p.ratioRanges?.[w])}`).join(", ") || "not measured",
    cpu: Object.entries(p.cpuRatios ?? {}).map(([w, r]) => `${w} ${fmt(r)}`).join(", ") || "not measured",
  };
}

const sinkLine = (s: PairTracing["sink"], spansPerTrace: number): string =>
  `${s.spans.toLocaleString("en")} spans of ${s.traces.toLocaleString("en")} traces (${fmt(spansPerTrace)} spans per traced request) in ${s.exports.toLocaleString("en")} OTLP/HTTP ${encodingsOf(s)} exports, ${mb(s.bytes)} MB${s.rejected ? `, ${s.rejected} unreadable` : ""}`;

/** How much tracing costs and proof that spans were exported (A+otel; and Hive Gateway's B+otel when the run had it), in a few lines. */
export function tracingLines(report: BenchReport): string[] {
  const t = report.tracing;
  if (!t) return [];
  const ours = pairFigures(t);
  const toA = Object.entries(t.ratiosToA ?? {}).map(([w, r]) => `${w} ${fmt(r)}`);
  return [
    `Tracing overhead: throughput with OpenTelemetry traces exported (A+otel) / without (A-solo, its untraced twin), the median of the rounds' ratios: ${ours.ratios} (target ≥ 0.9); CPU time per request, A+otel / A-solo: ${ours.cpu}.`,
    ...(toA.length ? [`For comparison, A+otel / A (A's processes also serve B, B+rust, C and A+cache): ${toA.join(", ")}.`] : []),
    `A+otel's sink received ${sinkLine(t.sink, t.spansPerTrace)}.`,
    ...(t.peer ? [peerLine(t.peer)] : []),
  ];
}

/** Hive Gateway's own tracing, measured as ours is (B+otel over B-solo). */
function peerLine(peer: PairTracing): string {
  const { ratios, cpu } = pairFigures(peer);
  return `The peer, measured the same way in the same run: Hive Gateway with its OpenTelemetry plugin (B+otel: its default spans, the same exporter and batches as ours, every request sampled, in front of subgraphs of its own traced as A+otel's are) / B-solo, its untraced twin: ${ratios}; CPU time per request: ${cpu}. B+otel's sink received ${sinkLine(peer.sink, peer.spansPerTrace)}.`;
}

const CACHE_METHOD =
  "A+cache and B+cache are measured warm (the warm-up fills them). In the mixed workload every connection but one reads the deep profile and one writer changes, once per 100 reads, the publisher of a note that an indicator of the pair cites (both the writer's own: the indicator is retracted afterwards); the profile shows the publisher with the citation. A read is stale when it shows a publisher older than the last one acknowledged before it was sent. Writes go through the system under test, or straight to the sources subgraph (as an import, a script or another replica would). Hive Gateway purges cached answers holding an entity a mutation returns: the document is not one of the answer's entities (its citations are), so its purge cannot see this write.";

export function markdownReport(report: BenchReport, chartFile: string): string {
  const deepest = Object.keys(report.plans).filter((k) => k.startsWith("profile-")).sort((a, b) => Number(b.split("-")[1]) - Number(a.split("-")[1]))[0];
  return [
    `# Benchmark results (${report.mode})`,
    "",
    `${report.startedAt}, ${report.machine.cpus} cores, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}; wall time ${Math.round(report.wallSeconds)} s.`,
    `${report.config.connections} connections, ${report.config.rounds} rounds of ${report.config.seconds} s after a ${report.config.warmupSeconds} s warm-up; medians over rounds.${report.config.primeSeconds ? ` Before anything was measured, every system served the first deep profile for ${report.config.primeSeconds} s (its processes were fresh)${report.config.pairPrimeSeconds && report.config.pairPrimeSeconds !== report.config.primeSeconds ? `, ${report.results.some((r) => r.system === "B+otel") ? "the tracing pairs (A+otel and A-solo, B+otel and B-solo)" : "A+otel and A-solo"} for ${report.config.pairPrimeSeconds} s` : ""}.` : ""}`,
    `Data: ${report.data.store} (checksum ${report.data.checksum.slice(0, 12)}): ${Object.entries(report.data.counts).map(([t, n]) => `${n} ${t}`).join(", ")}.`,
    "",
    "Systems: " + (Object.keys(SYSTEM_NAMES) as SystemId[]).map((s) => `**${s}** ${SYSTEM_NAMES[s]}`).join(", ") + ".",
    "",
    "## Targets",
    "",
    targetsTable(report.targets),
    "",
    "## Results",
    "",
    resultsTable(report.results),
    "",
    `![throughput and latency](${chartFile})`,
    "",
    "## CPU and memory per process",
    "",
    processTable(report.results),
    "",
    ...(report.tracing ? ["## Tracing", "", ...tracingLines(report), "", `A+otel is A's gateway and subgraphs (same builds, same probe) started with OTEL_EXPORTER_OTLP_ENDPOINT set: every request traced (default sampler), spans batched as in production (64 a batch unless the run set OTEL_BSP_*: @atlas/runtime tracing.ts spanBatchConfig) and posted (OTLP/HTTP, the exporter's default encoding unless the run set OTEL_EXPORTER_OTLP_PROTOCOL) to a sink, a process of its own on the same two cores as a collector would be on another host, which counts them without decoding and discards them. A-solo is the same stack started the same way without the endpoint: it differs from A+otel in tracing alone. ${report.config.pairWorkloadPrimeSeconds ? `Before a workload's rounds the two serve it together, unmeasured, for ${report.config.pairWorkloadPrimeSeconds} s (every other system for the run's warm-up): primed on the deep profile alone, the traced stack was still settling on the lookup measured next (bench/src/rounds.ts). ` : ""}In every round the two run at the same time, ${PAIR_RUNS_PER_ROUND} times, each under its own connections (as many as every other system gets) and right after an unmeasured run of ${PAIR_WARMUP_SECONDS} s made the same way, the member started first taking turns; a round's ratio is A+otel's rate over A-solo's in the same seconds: on a shared machine the speed drifts from one run to the next (runs of A-solo made one after the other served from 216 to 719 req/s on the country lookup), and a ratio of runs made at different times carried that drift (bench/src/rounds.ts). Sharing the two cores, each stack's rate follows its CPU time per request where the CPU is the limit, so their own rates are lower than a system's alone and are not comparable with A's; in their rows of the process table, the load generator's CPU is that of both stacks' load, and the other load on the machine includes the twin's processes. The ratio is the median of the rounds' ratios, shown with the lowest and highest round's: one round strays far on this kind of machine (with both stacks untraced, one run's four rounds gave 0.659, 0.975, 1.004 and 0.908; bench/src/rounds.ts ratioRange), so a median near the target says less than its two digits suggest. A is not that control: its subgraph processes also serve B, B+rust, C and A+cache.`, ""] : []),
    ...(report.cache ? ["## Response cache", "", ...cacheLines(report.results, report.cache), "", mixedTable(report.cache), "", CACHE_METHOD, ""] : []),
    ...(deepest ? [`## Query plan of ${deepest}: SQL and time per fetch`, "", planTable(report.plans[deepest]!), "", criticalPathLine(report, deepest), ""] : []),
    "## Answers",
    "",
    ...report.answers.checked.map((c) => `- ${c}`),
    ...report.answers.problems.map((p) => `- **problem:** ${p}`),
    "",
    "## Method",
    "",
    ...METHOD.map((n) => `- ${n}`),
    ...report.notes.map((n) => `- ${n}`),
    "",
  ].join("\n");
}

const COLORS: Record<SystemId, string> = { A: "#2f6fdf", "A+otel": "#8fb3f0", "A-solo": "#5d8fe6", "A+cache": "#173f8a", B: "#e0882b", "B+rust": "#b85f10", "B+cache": "#f2c38f", "B+otel": "#f5a65b", "B-solo": "#c9772a", C: "#4aa35a", D: "#8a5cc2" };
const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Two panels (throughput, p50 latency), one group of bars per workload. Each group is
 * scaled to its own largest value, since workloads differ by orders of magnitude; the
 * numbers are printed on the bars.
 */
export function chartSvg(rows: ResultRow[]): string {
  const workloadIds = [...new Set(rows.map((r) => r.workload))];
  const systems = (Object.keys(COLORS) as SystemId[]).filter((s) => rows.some((r) => r.system === s));
  const barH = 14;
  const groupGap = 14;
  const labelW = 110;
  const panelW = 330;
  const top = 64;
  const groupH = (w: string): number => rows.filter((r) => r.workload === w).length * barH + groupGap;
  const height = top + workloadIds.reduce((h, w) => h + groupH(w), 0) + 20;
  const width = labelW + 2 * panelW + 40;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
  ];
  const panels: { title: string; value: (r: ResultRow) => number; x: number }[] = [
    { title: "throughput, req/s (longer is better)", value: (r) => r.rps, x: labelW },
    { title: "p50 latency, ms (shorter is better)", value: (r) => r.p50, x: labelW + panelW + 20 },
  ];
  for (const p of panels) out.push(`<text x="${p.x}" y="16" font-weight="bold">${esc(p.title)}</text>`);
  systems.forEach((s, i) => {
    const x = labelW + (i % 2) * (panelW + 20);
    const ly = 24 + Math.floor(i / 2) * 15;
    out.push(`<rect x="${x}" y="${ly}" width="10" height="10" fill="${COLORS[s]}"/>`, `<text x="${x + 14}" y="${ly + 9}">${s}: ${esc(SYSTEM_NAMES[s])}</text>`);
  });
  let y = top;
  for (const w of workloadIds) {
    const group = rows.filter((r) => r.workload === w);
    out.push(`<text x="4" y="${y + (group.length * barH) / 2 + 4}">${esc(w)}</text>`);
    for (const p of panels) {
      const max = Math.max(...group.map(p.value).filter(Number.isFinite), 1e-9);
      group.forEach((r, i) => {
        const v = p.value(r);
        const len = Number.isFinite(v) ? Math.max(1, (v / max) * (panelW - 60)) : 0;
        const by = y + i * barH;
        out.push(
          `<rect x="${p.x}" y="${by}" width="${len.toFixed(1)}" height="${barH - 3}" fill="${COLORS[r.system]}"/>`,
          `<text x="${(p.x + len + 4).toFixed(1)}" y="${by + barH - 5}">${r.system} ${esc(fmt(v))}</text>`,
        );
      });
    }
    y += groupH(w);
  }
  out.push("</svg>");
  return out.join("\n");
}

export const README_START = "<!-- bench:start -->";
export const README_END = "<!-- bench:end -->";

/** Replaces the text between the README's bench markers (appending a section if they are missing). */
export function updateReadme(readmePath: string, summary: string): void {
  const text = readFileSync(readmePath, "utf8");
  const block = `${README_START}\n${summary.trim()}\n${README_END}`;
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  const next = start >= 0 && end > start ? text.slice(0, start) + block + text.slice(end + README_END.length) : `${text.trimEnd()}\n\n## Benchmark\n\n${block}\n`;
  writeFileSync(readmePath, next);
}

export function readmeSummary(report: BenchReport): string {
  const profileRows = report.results.filter((r) => r.workload.startsWith("profile-") || r.workload === "country" || r.workload === "wide");
  return [
    `Latest full run: ${report.startedAt}, ${report.machine.cpus} cores, wall time ${Math.round(report.wallSeconds)} s, ${report.config.connections} connections, medians of ${report.config.rounds} × ${report.config.seconds} s rounds (details: [bench/results/latest.md](bench/results/latest.md)).`,
    "",
    targetsTable(report.targets),
    "",
    resultsTable(profileRows),
    "",
    ...Object.keys(report.plans)
      .filter((k) => k.startsWith("profile-"))
      .slice(-1)
      .map((k) => `${criticalPathLine(report, k)}\n`),
    ...tracingLines(report).map((l) => `${l}\n`),
    ...cacheLines(report.results, report.cache).map((l) => `${l}\n`),
    "![benchmark chart](bench/results/chart.svg)",
  ].join("\n");
}
