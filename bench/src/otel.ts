/**
 * System "A+otel": our gateway and subgraphs, the same builds as A with the same probe
 * preloaded, started with OTEL_EXPORTER_OTLP_ENDPOINT pointing at a sink, a process of its own.
 * Tracing is on with its production settings (every request sampled, spans batched by
 * BatchSpanProcessor and sent as OTLP/HTTP in its default encoding, binary protobuf, or JSON with
 * OTEL_EXPORTER_OTLP_PROTOCOL=http/json, and the young generation a tracing process gets); the
 * sink reads every export, counts its spans and its traces (root spans) so the report can show
 * the spans were really exported, and discards it.
 * System "A-solo" is its untraced twin: started the same way (young generation included), without the endpoint. A+otel and
 * A-solo (and A) are measured in the same interleaved rounds, A+otel and A-solo at the same time
 * (rounds.ts); A+otel's throughput over A-solo's is the cost of tracing.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import { join } from "node:path";
import { repoRoot } from "@atlas/db";
import { envName, readRegistry, youngGenerationFlags } from "@atlas/runtime";
import { Reader } from "protobufjs/minimal";
import { launchHive, writeHiveSupergraph } from "./hive-gateway";
import { compileProbe } from "./probe-build";
import { freePort, startProcess, waitUntil, type Proc } from "./procs";

export interface SinkStats {
  /** Export requests received (POST /v1/traces). */
  exports: number;
  spans: number;
  /** Root spans: one per traced client request. */
  traces: number;
  bytes: number;
  /** Exports by encoding (content type without parameters: application/x-protobuf, application/json). */
  encodings: Record<string, number>;
  /** Requests that were not a readable OTLP/HTTP trace export. */
  rejected: number;
}

export interface SpanSink {
  endpoint: string;
  /** Its process, when it runs in one of its own (startSinkProcess). */
  pid?: number;
  stats(): Promise<SinkStats>;
  close(): Promise<void>;
}

interface OtlpJson {
  resourceSpans?: { scopeSpans?: { spans?: { parentSpanId?: string }[] }[] }[];
}

/** Counts the spans and root spans of one OTLP/HTTP JSON export. */
export function countSpans(body: OtlpJson): { spans: number; roots: number } {
  let spans = 0;
  let roots = 0;
  for (const rs of body.resourceSpans ?? [])
    for (const ss of rs.scopeSpans ?? [])
      for (const s of ss.spans ?? []) {
        spans += 1;
        if (!s.parentSpanId) roots += 1;
      }
  return { spans, roots };
}

const occurrences = (haystack: Buffer, needle: Buffer): number => {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n += 1;
  return n;
};
const SPAN_ID = Buffer.from('"spanId":"');
const PARENT_ID = Buffer.from('"parentSpanId":"');
const EMPTY_PARENT = Buffer.from('"parentSpanId":""');

/**
 * The spans and root spans of one OTLP/HTTP JSON export, by counting its keys: every span has a
 * "spanId", a child a non-empty "parentSpanId" (the SDK omits it for a root). Throws on a body
 * that is not an OTLP trace export. countSpans (parsed) gives the same counts; a test checks.
 */
export function scanSpans(body: Buffer): { spans: number; roots: number } {
  if (!body.subarray(0, 32).toString("utf8").trimStart().startsWith('{"resourceSpans"')) throw new Error("not an OTLP/HTTP JSON trace export");
  const spans = occurrences(body, SPAN_ID);
  return { spans, roots: spans - (occurrences(body, PARENT_ID) - occurrences(body, EMPTY_PARENT)) };
}

const LENGTH_DELIMITED = 2;

/** Calls `visit` with the end of each length-delimited field `field` between the reader's position and `end`; skips the rest. */
function eachField(reader: Reader, end: number, field: number, visit: (end: number) => void): void {
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag >>> 3 === field && (tag & 7) === LENGTH_DELIMITED) {
      const stop = reader.uint32() + reader.pos;
      visit(stop);
      reader.pos = stop;
    } else reader.skipType(tag & 7);
  }
}

/**
 * The spans and root spans of one OTLP/HTTP binary protobuf export, walked without decoding:
 * ExportTraceServiceRequest.resource_spans (1) → ResourceSpans.scope_spans (2) → ScopeSpans.spans (2),
 * a span being a root when its parent_span_id (4) is absent or empty. Throws on a body that is not
 * an OTLP trace export (protobufjs's reader refuses to run past the end).
 */
export function scanProtobufSpans(body: Uint8Array): { spans: number; roots: number } {
  if (body.length > 0 && body[0] !== ((1 << 3) | LENGTH_DELIMITED)) throw new Error("not an OTLP/HTTP protobuf trace export");
  const reader = Reader.create(body);
  let spans = 0;
  let roots = 0;
  eachField(reader, body.length, 1, (resourceEnd) =>
    eachField(reader, resourceEnd, 2, (scopeEnd) =>
      eachField(reader, scopeEnd, 2, (spanEnd) => {
        let parent = false;
        eachField(reader, spanEnd, 4, (idEnd) => {
          parent ||= idEnd > reader.pos;
        });
        spans += 1;
        if (!parent) roots += 1;
      }),
    ),
  );
  return { spans, roots };
}

/** The sink in this process, on `port` (default: any free one). GET /stats answers its counts. */
export async function startSpanSink(port = 0): Promise<SpanSink> {
  const stats: SinkStats = { exports: 0, spans: 0, traces: 0, bytes: 0, encodings: {}, rejected: 0 };
  const server = http.createServer((req, res) => {
    if (req.method === "GET" && req.url === "/stats") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(stats));
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      stats.bytes += body.length;
      const type = String(req.headers["content-type"]).split(";")[0]!.trim();
      if (req.method !== "POST" || req.url !== "/v1/traces" || (type !== "application/x-protobuf" && type !== "application/json")) {
        stats.rejected += 1;
        res.writeHead(404).end();
        return;
      }
      try {
        // Counted by scanning, not decoded: a collector runs elsewhere, and decoding every export here
        // would take CPU from A+otel on the same two cores.
        const { spans, roots } = type === "application/json" ? scanSpans(body) : scanProtobufSpans(body);
        stats.exports += 1;
        stats.encodings[type] = (stats.encodings[type] ?? 0) + 1;
        stats.spans += spans;
        stats.traces += roots;
        // An empty ExportTraceServiceResponse, in the request's encoding.
        if (type === "application/json") res.writeHead(200, { "content-type": "application/json" }).end("{}");
        else res.writeHead(200, { "content-type": "application/x-protobuf" }).end();
      } catch {
        stats.rejected += 1;
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    stats: async () => ({ ...stats, encodings: { ...stats.encodings } }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The sink as a process of its own, as a collector would be. In the benchmark's process it shared
 * an event loop with the load generator: while it took in an export, autocannon sent nothing, and
 * A+otel's throughput fell for that (seen: rounds of the country lookup at half A-solo's rate).
 */
export async function startSinkProcess(): Promise<SpanSink> {
  const port = await freePort();
  const proc = startProcess("otel-sink", ["--import", "tsx", join(repoRoot, "bench", "src", "otel.ts")], { ...process.env, BENCH_SINK_PORT: String(port) }, repoRoot);
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntil(proc, async () => proc.output.some((line) => line.startsWith("span sink ")), endpoint); // it says so once it listens
  return {
    endpoint,
    pid: proc.pid,
    stats: async () => (await (await fetch(`${endpoint}/stats`)).json()) as SinkStats,
    close: async () => {
      if (!proc.exited) proc.child.kill("SIGTERM");
    },
  };
}

/** A gateway and every registered subgraph from their builds, on ports of their own. */
export interface OwnStack {
  subgraphs: { name: string; proc: Proc; url: string; statsUrl: string }[];
  gateway: { proc: Proc; url: string };
  /** What its processes were started with (environment, node flags), and its subgraphs' URLs: another gateway in front of them starts alike (startGateway). */
  setup: OurStackSetup;
  urlsEnv: Record<string, string>;
}

export interface TracedStack extends OwnStack {
  sink: SpanSink;
}

/** What A's stack was started with, to start A+otel alike. */
export interface OurStackSetup {
  /** The environment A's processes got (store, secret, NODE_ENV, RATE_LIMIT…). */
  env: NodeJS.ProcessEnv;
  /** The compiled probe (bench/src/probe.ts) A's subgraphs preload. */
  probe: string;
  /** The header and value that open a subgraph (the secret). */
  headers: Record<string, string>;
  nodeFlags?: string[];
  /** With --cpu-prof: each process writes its CPU profile to a folder of its own name here. */
  profileDir?: string;
}

/**
 * What every process of ours in the benchmark is started with: the store, a fresh subgraph
 * secret, production mode, and the probe (compiled into `tmpDir`) they preload.
 */
export function ourSetup(storeUrl: string, tmpDir: string): Required<Pick<OurStackSetup, "env" | "probe" | "headers">> & { secret: string; header: string } {
  const probe = compileProbe(tmpDir);
  const secret = randomBytes(16).toString("hex");
  const header = process.env.BENCH_SECRET_HEADER || "x-subgraph-secret";
  // RATE_LIMIT=off: one address at thousands of requests/s would spend the anonymous budget (300/min) at once; Hive has no limiter either.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", LOG_LEVEL: "warn", SUBGRAPH_SECRET: secret, DATABASE_URL: storeUrl, RATE_LIMIT: "off",
    // A is uncached; A+cache turns it on. The subgraphs count their writes in the run's own Redis keys (bench/src/cache.ts).
    GATEWAY_RESPONSE_CACHE: "off", REDIS_URL: process.env.BENCH_REDIS_URL || "redis://127.0.0.1:6379", RESPONSE_CACHE_PREFIX: `atlas:bench:${secret.slice(0, 8)}:` };
  return { probe, secret, header, headers: { [header]: secret }, env };
}

/** Whether the GraphQL server at `url` answers `{ __typename }`, sent with `headers` (a subgraph's: the secret). */
export const answers = (url: string, headers: Record<string, string>) => async (): Promise<boolean> => {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: '{"query":"{ __typename }"}' });
  return res.ok;
};

/**
 * KEY=VALUE arguments (an experiment's --traced-env…) as an environment to add to a stack's. A
 * pair without "=" or with an empty name is refused, naming it: it would set a variable nobody meant.
 */
export function envFromPairs(pairs: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    pairs.map((kv) => {
      const at = kv.indexOf("=");
      if (at < 1) throw new Error(`"${kv}" is not KEY=VALUE`);
      return [kv.slice(0, at), kv.slice(at + 1)];
    }),
  );
}

/** Node flags for one of our processes: the run's experimental flags, and a CPU profile of its own with --cpu-prof. */
const flagsOf = (setup: OurStackSetup, name: string): string[] => [...(setup.nodeFlags ?? []), ...(setup.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${join(setup.profileDir, name)}`] : [])];

/**
 * Every registered subgraph from its build with the probe preloaded, process names ending in
 * `suffix` (A's: none), once each answers `works`. Every port is chosen first: each subgraph is
 * told its peers' URLs (<NAME>_URL), which its writes ask. Returns them and the peers' URLs.
 */
export async function startSubgraphs(
  setup: OurStackSetup,
  suffix: string,
  works: (url: string) => () => Promise<boolean>,
): Promise<{ subgraphs: OwnStack["subgraphs"]; urlsEnv: Record<string, string> }> {
  const registry = readRegistry();
  const ports: Record<string, number> = {};
  for (const s of registry) ports[s.name] = await freePort(); // one at a time: a closed port may be handed out again
  const urlsEnv = Object.fromEntries(registry.map((s) => [`${envName(s.name)}_URL`, `http://127.0.0.1:${ports[s.name]}/graphql`]));
  const subgraphs = registry.map((s) => launchSubgraph(setup, s.name, `${s.name}${suffix}`, ports[s.name]!, urlsEnv));
  await Promise.all(subgraphs.map((s) => waitUntil(s.proc, works(s.url), s.url)));
  return { subgraphs, urlsEnv };
}

/** Subgraph `name` from its build with the probe preloaded, on `port`, its peers at `urlsEnv`; `launcher` as startProcess takes it. */
function launchSubgraph(setup: OurStackSetup, name: string, processName: string, port: number, urlsEnv: Record<string, string>, launcher?: readonly string[]): OwnStack["subgraphs"][number] {
  const args = [...flagsOf(setup, processName), "--require", setup.probe, join(repoRoot, "services", name, "dist", "index.js")];
  const proc = startProcess(processName, args, { ...setup.env, ...urlsEnv, [`${envName(name)}_PORT`]: String(port), SUBGRAPH_HOST: "127.0.0.1" }, repoRoot, launcher);
  return { name, proc, url: `http://127.0.0.1:${port}/graphql`, statsUrl: `http://127.0.0.1:${port}/__bench/stats` };
}

/**
 * One more subgraph `name` of `stack`, started as the stack's own are (`setup`: its environment and
 * node flags, maybe with more), on a port of its own, once it answers. `launcher`: valgrind…, given `timeoutMs` to start.
 */
export async function startSubgraph(stack: OwnStack, setup: OurStackSetup, name: string, processName: string, launcher: readonly string[] = [], timeoutMs?: number): Promise<{ proc: Proc; url: string }> {
  const started = launchSubgraph(setup, name, processName, await freePort(), stack.urlsEnv, launcher);
  await waitUntil(started.proc, answers(started.url, setup.headers), started.url, timeoutMs);
  return started;
}

/**
 * Our gateway from its build, as `setup` says, in front of the subgraphs at `urlsEnv`, named `name`,
 * once it answers. `launcher` runs its node under another program (valgrind…), given `timeoutMs` to start.
 */
export async function startGateway(setup: OurStackSetup, name: string, urlsEnv: Record<string, string>, launcher: readonly string[] = [], timeoutMs?: number): Promise<{ proc: Proc; url: string }> {
  const port = await freePort();
  const proc = startProcess(name, [...flagsOf(setup, name), join(repoRoot, "gateway", "dist", "index.js")], { ...setup.env, ...urlsEnv, GATEWAY_PORT: String(port), GATEWAY_HOST: "127.0.0.1" }, repoRoot, launcher);
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitUntil(proc, answers(url, {}), url, timeoutMs);
  return { proc, url };
}

/** Our gateway and subgraphs as A's are started, with `extraEnv` added; process names end in `suffix`. */
async function startOwnStack(setup: OurStackSetup, suffix: string, extraEnv: NodeJS.ProcessEnv): Promise<OwnStack> {
  const own = { ...setup, env: { ...setup.env, ...extraEnv } };
  const { subgraphs, urlsEnv } = await startSubgraphs(own, suffix, (url) => answers(url, setup.headers));
  return { subgraphs, gateway: await startGateway(own, `gateway${suffix}`, urlsEnv), setup: own, urlsEnv };
}

/**
 * A+otel's and A-solo's setup: the young generation a tracing process gets in production
 * (@atlas/runtime young-generation.ts), given to both, so the twin differs from A+otel in tracing alone.
 */
const pairSetup = (setup: OurStackSetup): OurStackSetup => ({ ...setup, nodeFlags: [...(setup.nodeFlags ?? []), ...youngGenerationFlags(setup.env, true)] });

/** Starts A+otel: every registered subgraph and our gateway from their builds, tracing to a new sink. */
export async function startTracedStack(setup: OurStackSetup): Promise<TracedStack> {
  const sink = await startSinkProcess();
  return { ...(await startOwnStack(pairSetup(setup), "+otel", { OTEL_EXPORTER_OTLP_ENDPOINT: sink.endpoint })), sink };
}

/**
 * B+otel and B-solo: Hive Gateway traced with its own OpenTelemetry plugin (hive/gateway-otel.config.ts,
 * exporting to a sink of its own) and untraced (hive/gateway.config.ts), each in front of subgraphs
 * of its own started as A+otel's and A-solo's are (traced to that sink, and untraced). The pair
 * differs in tracing alone, as A's does, and runs the same way (rounds.ts PAIRS): the leading Node
 * gateway's tracing cost beside ours, measured in the same run. `gateway` is Hive's process.
 */
export async function startHiveTracedStack(setup: OurStackSetup, tmpDir: string, secretHeader: string): Promise<TracedStack> {
  const sink = await startSinkProcess();
  const traced = { sink: sink.endpoint, config: "gateway-otel.config.ts" };
  return { ...(await startHiveOwnStack(setup, tmpDir, secretHeader, "+otel", traced)), sink };
}

/** B-solo: B+otel's untraced twin (startHiveTracedStack). */
export function startHiveUntracedTwin(setup: OurStackSetup, tmpDir: string, secretHeader: string): Promise<OwnStack> {
  return startHiveOwnStack(setup, tmpDir, secretHeader, "-solo");
}

/** Hive Gateway (process `hive<suffix>`) in front of subgraphs of its own (`<name>+hive<suffix>`); with `traced`, both export to its sink. */
async function startHiveOwnStack(setup: OurStackSetup, tmpDir: string, secretHeader: string, suffix: string, traced?: { sink: string; config: string }): Promise<OwnStack> {
  const own = { ...pairSetup(setup), env: { ...setup.env, ...(traced ? { OTEL_EXPORTER_OTLP_ENDPOINT: traced.sink } : {}) } };
  const { subgraphs, urlsEnv } = await startSubgraphs(own, `+hive${suffix}`, (url) => answers(url, setup.headers));
  const name = `hive${suffix}`;
  const hive = await launchHive(name, {
    supergraphFile: writeHiveSupergraph(subgraphs, join(tmpDir, `supergraph-${name}.graphql`)),
    config: traced?.config ?? "gateway.config.ts",
    env: { ...setup.env, ...(traced ? { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${traced.sink}/v1/traces` } : {}) },
    secretHeader,
    nodeArgs: flagsOf({ ...setup, nodeFlags: [] }, name), // the run's experimental node flags are for our processes only
  });
  await waitUntil(hive.proc, answers(hive.url, {}), hive.url);
  return { subgraphs, gateway: hive, setup: own, urlsEnv };
}

/**
 * Starts A-solo: A+otel's untraced twin, started the same way, serving only its own load. A's
 * subgraphs also serve B, B+rust, C and A+cache, and A's processes have run every workload before
 * it; A+otel's processes have not. The twin differs from A+otel in tracing alone, so their ratio
 * is tracing's cost, and A's ratio to the twin shows how much the shared history is worth.
 */
export async function startUntracedTwin(setup: OurStackSetup): Promise<OwnStack> {
  return startOwnStack(pairSetup(setup), "-solo", {});
}

/** A tracing pair (A+otel and A-solo, or B+otel and B-solo): what the traced member's sink received, and per workload its ratios to its twin. */
export interface PairTracing {
  sink: SinkStats;
  /** Spans per traced request, from the sink's counts. */
  spansPerTrace: number;
  /** Per workload: the traced member's throughput over its untraced twin's (median of the rounds' ratios). */
  ratios: Record<string, number>;
  /** Per workload: the lowest and highest round's ratio (rounds.ts ratioRange). */
  ratioRanges: Record<string, [number, number]>;
  /** Per workload: the traced member's CPU time per request (all its processes) over the twin's. */
  cpuRatios: Record<string, number>;
}

/** The report's account of tracing: A+otel's pair (ranges absent in runs before they were recorded), and Hive Gateway's where the run had it. */
export interface TracingSummary extends Omit<PairTracing, "ratioRanges"> {
  ratioRanges?: PairTracing["ratioRanges"];
  /** Per workload: A+otel's throughput over A's (A's processes share their history with other systems). */
  ratiosToA?: Record<string, number>;
  /** Hive Gateway's own tracing measured the same way (B+otel over B-solo). */
  peer?: PairTracing;
}

if (require.main === module) {
  void startSpanSink(Number(process.env.BENCH_SINK_PORT ?? 0)).then((sink) => console.log(`span sink ${sink.endpoint}`));
}
