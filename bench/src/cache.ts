/**
 * The response-cache systems and the mixed workload (issue 15):
 *
 *  - A+cache: our gateway with its response cache on, in Redis (REDIS_URL, a prefix of the
 *    run's own); the subgraphs count their writes there (they are started with the same).
 *  - B+rust: Hive Gateway with the Rust query planner (@graphql-hive/router-runtime,
 *    HIVE_ROUTER_RUNTIME=true), uncached, beside B (its JavaScript planner).
 *  - B+cache: Hive Gateway with its response cache (hive/gateway-cache.config.ts).
 *
 * The mixed workload: readers ask for the deep profile on every connection but one; a writer
 * changes, once per 100 reads, the publisher of the note an indicator of the profile cites
 * (the profile shows it with the citation), and notes when each change was acknowledged. A
 * read is stale when it shows a publisher older than the last one acknowledged before the read
 * was sent. The write adds no rows (an update of the document), so repeated runs do not grow
 * the lists demand control sizes from the data. Writes go through the system under test ("via gateway"), or
 * straight to the sources subgraph ("via subgraph": what `npm run import`, another replica
 * or any other writer does). The indicator is the writer's own scratch record, citing a note of
 * its own (the scale set's synthetic articles do not pass the write path's checks): it counts
 * the benchmark's writes ("1 indicator", stated by the note), is labelled as the benchmark's,
 * and is retracted at the end, so public answers are as they were (the retracted row stays,
 * as every retraction's does).
 */
import http from "node:http";
import { join } from "node:path";
import { repoRoot } from "@atlas/db";
import { signCaller, type Caller } from "@atlas/runtime";
import { CALLER_HEADER } from "@atlas/runtime/src/caller";
import { rampSeconds, summarize, type RoundResult } from "./loadgen";
import { launchHive } from "./hive-gateway";
import { freePort, startProcess, waitUntil, type Proc } from "./procs";

export interface CacheSystem {
  proc: Proc;
  url: string;
}

export interface CacheSystems {
  aCache: CacheSystem;
  bRust: CacheSystem;
  bCache: CacheSystem;
}

export interface CacheStartOptions {
  /** The environment our processes were started with (REDIS_URL and RESPONSE_CACHE_PREFIX included). */
  env: NodeJS.ProcessEnv;
  /** <NAME>_URL of every subgraph. */
  urlsEnv: Record<string, string>;
  supergraphFile: string;
  secretHeader: string;
  works: (url: string) => () => Promise<boolean>;
  /** Extra node arguments per process name (--cpu-prof…). */
  nodeArgs?: (name: string) => string[];
}

export async function startCacheSystems(o: CacheStartOptions): Promise<CacheSystems> {
  const aPort = await freePort();
  const args = o.nodeArgs ?? (() => []);
  const aCache = startProcess("gateway-cache", [...args("gateway-cache"), join(repoRoot, "gateway", "dist", "index.js")], {
    ...o.env,
    ...o.urlsEnv,
    GATEWAY_PORT: String(aPort),
    GATEWAY_HOST: "127.0.0.1",
    GATEWAY_RESPONSE_CACHE: "on",
  });
  const hive = (name: string, config: string, extra: NodeJS.ProcessEnv): Promise<CacheSystem> =>
    launchHive(name, { supergraphFile: o.supergraphFile, config, env: { ...o.env, ...extra }, secretHeader: o.secretHeader, nodeArgs: args(name) });
  const systems: CacheSystems = {
    aCache: { proc: aCache, url: `http://127.0.0.1:${aPort}/graphql` },
    bRust: await hive("hive-rust", "gateway.config.ts", { HIVE_ROUTER_RUNTIME: "true" }),
    bCache: await hive("hive-cache", "gateway-cache.config.ts", {}),
  };
  await Promise.all(Object.values(systems).map((s: CacheSystem) => waitUntil(s.proc, o.works(s.url), s.url)));
  return systems;
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function postJson<T>(url: string, body: unknown, headers: Record<string, string>): Promise<GraphQLAnswer<T>> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return (await res.json()) as GraphQLAnswer<T>;
}

/** The curator who writes: a signed caller for the subgraphs (and for Hive, which forwards it), an API key for our gateway. */
export class BenchWriter {
  private version = 0;
  private note = "";
  private citation?: { document: string; start: number; end: number; claim: string };
  private indicatorVersion = 0;
  readonly subgraphHeaders: Record<string, string>;
  writes = 0;

  constructor(
    readonly indicatorId: string,
    private readonly urls: { indicators: string; sources: string },
    secretHeaders: Record<string, string>,
    secret: string,
    /** Bearer key of a curator, for our gateway. */
    private readonly curatorKey: string,
    caller: Caller,
  ) {
    this.subgraphHeaders = { ...secretHeaders, [CALLER_HEADER]: signCaller(caller, secret) };
  }

  /** Adds the note (idempotent by content) and the scratch indicator between the pair's two countries. */
  async init(pair: { a: string; b: string }): Promise<void> {
    const text = "A note of the federation benchmark (npm run bench): it records 1 indicator citing this note, changes the note's publisher to measure the response cache, then retracts the indicator.";
    const doc = await postJson<{ addDocument: { id: string; version: number } }>(
      this.urls.sources,
      {
        query: `mutation ($input: DocumentInput!) { addDocument(input: $input) { id version } }`,
        variables: { input: { text, language: "en", title: "Benchmark writer's note", publisher: "npm run bench", publishedOnNote: "Not dated: written by the benchmark" } },
      },
      this.subgraphHeaders,
    );
    if (!doc.data?.addDocument) throw new Error(`bench writer: could not add its note: ${JSON.stringify(doc.errors)}`);
    this.note = doc.data.addDocument.id;
    this.version = doc.data.addDocument.version;
    this.citation = { document: doc.data.addDocument.id, start: 0, end: text.length, claim: "The benchmark records one scratch indicator" };
    const created = await postJson<{ createIndicator: { version: number } }>(
      this.urls.indicators,
      {
        query: `mutation ($input: IndicatorInput!) { createIndicator(input: $input) { version } }`,
        variables: {
          input: {
            id: this.indicatorId,
            metric: "BENCHMARK_SCRATCH",
            kind: "ACTUAL",
            value: 1,
            unit: "INDICATOR",
            label: "Benchmark scratch record",
            countries: [pair.a, pair.b],
            sources: [{ ...this.citation, figures: ["1"] }],
          },
        },
      },
      this.subgraphHeaders,
    );
    if (!created.data?.createIndicator) throw new Error(`bench writer: could not create its indicator: ${JSON.stringify(created.errors)}`);
    this.indicatorVersion = created.data.createIndicator.version;
  }

  /** Headers for a write through `system`: ours takes the key, Hive forwards the signed caller. */
  headersFor(system: "ours" | "hive" | "subgraph"): Record<string, string> {
    if (system === "ours") return { authorization: `Bearer ${this.curatorKey}` };
    if (system === "hive") return { [CALLER_HEADER]: this.subgraphHeaders[CALLER_HEADER]! };
    return this.subgraphHeaders;
  }

  /** Sets the note's publisher through `url`; resolves when the write is acknowledged. */
  async write(url: string, headers: Record<string, string>, label: string): Promise<void> {
    const r = await postJson<{ updateDocument: { version: number } }>(
      url,
      {
        query: `mutation ($id: ID!, $v: Int!, $publisher: String!) { updateDocument(id: $id, version: $v, input: { publisher: $publisher }) { id version publisher } }`,
        variables: { id: this.note, v: this.version, publisher: label },
      },
      headers,
    );
    if (!r.data?.updateDocument) throw new Error(`bench writer: write refused through ${url}: ${JSON.stringify(r.errors)}`);
    this.version = r.data.updateDocument.version;
    this.writes += 1;
  }

  /** Retracts the scratch indicator: public answers are as before the run. */
  async retract(): Promise<void> {
    const r = await postJson(
      this.urls.indicators,
      { query: `mutation ($id: ID!, $v: Int!) { retractIndicator(id: $id, version: $v, reason: "benchmark scratch record, done") { id } }`, variables: { id: this.indicatorId, v: this.indicatorVersion } },
      this.subgraphHeaders,
    );
    if (r.errors?.length) throw new Error(`bench writer: could not retract ${this.indicatorId}: ${JSON.stringify(r.errors)}`);
  }
}

export interface MixedResult extends RoundResult {
  reads: number;
  writes: number;
  /** Reads that showed a label older than the last one acknowledged before they were sent. */
  stale: number;
  staleExamples: string[];
}

/**
 * The mixed workload on one system for `seconds`: `connections - 1` readers, one writer
 * writing once per `readsPerWrite` reads. Read throughput and latency as RoundResult.
 */
export async function runMixed(
  url: string,
  readBody: string,
  o: { connections: number; seconds: number; readsPerWrite: number; writer: BenchWriter; writeUrl: string; writeHeaders: Record<string, string>; tag: string },
): Promise<MixedResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections });
  const target = new URL(url);
  const t0 = process.hrtime.bigint();
  const elapsed = (): number => Number(process.hrtime.bigint() - t0) / 1e9;
  const ramp = rampSeconds(o.seconds);
  const latencies: number[] = [];
  const errorKinds: Record<string, number> = {};
  const staleExamples: string[] = [];
  let stale = 0;
  let reads = 0;
  let readsSinceWrite = 0;
  let acked = -1;
  let written = 0;

  const read = (): Promise<{ status: number; body: string }> =>
    new Promise((resolve, reject) => {
      const req = http.request({ host: target.hostname, port: target.port, path: target.pathname, method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(readBody) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(readBody);
    });

  const labelPrefix = `bench ${o.tag} `;
  const reader = async (): Promise<void> => {
    while (elapsed() < o.seconds) {
      const floor = acked;
      const started = process.hrtime.bigint();
      let answer: { status: number; body: string };
      try {
        answer = await read();
      } catch (e) {
        errorKinds[(e as Error).name] = (errorKinds[(e as Error).name] ?? 0) + 1;
        continue;
      }
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      reads += 1;
      readsSinceWrite += 1;
      if (elapsed() >= ramp) latencies.push(ms);
      let label: string | null | undefined;
      try {
        const parsed = JSON.parse(answer.body) as GraphQLAnswer<{ bilateral: { indicators: { id: string; sources: { publisher: string | null }[] }[] } }>;
        if (answer.status !== 200 || parsed.errors?.length) {
          errorKinds.graphql = (errorKinds.graphql ?? 0) + 1;
          continue;
        }
        label = parsed.data?.bilateral.indicators.find((i) => i.id === o.writer.indicatorId)?.sources[0]?.publisher;
      } catch {
        errorKinds.body = (errorKinds.body ?? 0) + 1;
        continue;
      }
      const seen = label?.startsWith(labelPrefix) ? Number(label.slice(labelPrefix.length)) : -1;
      if (seen < floor) {
        stale += 1;
        if (staleExamples.length < 3) staleExamples.push(`at ${elapsed().toFixed(2)} s: read label ${seen} after ${floor} was acknowledged`);
      }
    }
  };
  const writer = async (): Promise<void> => {
    while (elapsed() < o.seconds) {
      if (readsSinceWrite < o.readsPerWrite) {
        await new Promise((r) => setTimeout(r, 1));
        continue;
      }
      readsSinceWrite = 0;
      const n = written++;
      await o.writer.write(o.writeUrl, o.writeHeaders, `${labelPrefix}${n}`);
      acked = n;
    }
  };
  await Promise.all([writer(), ...Array.from({ length: Math.max(1, o.connections - 1) }, reader)]);
  agent.destroy();
  const seconds = elapsed() - ramp;
  const base = summarize(latencies, seconds, errorKinds);
  return { ...base, requests: reads, rps: latencies.length / seconds, reads, writes: written, stale, staleExamples };
}
