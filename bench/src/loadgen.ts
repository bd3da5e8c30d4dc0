/**
 * Load: autocannon for one endpoint (systems A, B, D), and a closed-loop runner of the
 * same shape for system C, which replays a query plan's subgraph requests directly
 * (several endpoints per request, which autocannon cannot do). Both keep a fixed number
 * of connections busy for a fixed time and record every response time; percentiles are
 * computed by stats.ts from those times.
 */
import http from "node:http";
import autocannon from "autocannon";
import { percentile } from "./stats";

export interface RoundResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** What the errors were: non-2xx answers, GraphQL errors or wrong bodies, socket errors, timeouts. */
  errorKinds: Record<string, number>;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
}

/**
 * Requests that started in the first part of a run are not counted: every connection starts
 * at once, in step, on cold sockets, and that first wave says nothing about steady service.
 */
export const rampSeconds = (seconds: number): number => Math.min(1, seconds * 0.2);

export function summarize(latencies: number[], seconds: number, errorKinds: Record<string, number>): RoundResult {
  const errors = Object.values(errorKinds).reduce((a, b) => a + b, 0);
  return { requests: latencies.length, seconds, rps: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors, errorKinds };
}

/**
 * Response times (ms) of requests that started after the ramp, and the rate of responses
 * completed after it.
 */
class Recorder {
  readonly latencies: number[] = [];
  private completed = 0;
  private readonly t0 = process.hrtime.bigint();
  private readonly rampNs: bigint;
  constructor(seconds: number) {
    this.rampNs = BigInt(Math.round(rampSeconds(seconds) * 1e9));
  }
  /** Records a response that just completed after `ms`. */
  add(ms: number): void {
    const now = process.hrtime.bigint() - this.t0;
    if (now < this.rampNs) return;
    this.completed++;
    if (now - BigInt(Math.round(ms * 1e6)) >= this.rampNs) this.latencies.push(ms);
  }
  result(errorKinds: Record<string, number>): RoundResult {
    const seconds = Number(process.hrtime.bigint() - this.t0 - this.rampNs) / 1e9;
    return { ...summarize(this.latencies, seconds, errorKinds), requests: this.completed, rps: this.completed / seconds };
  }
}

/** True for a complete GraphQL answer without errors (autocannon gives the body as text). */
export function isCleanAnswer(raw: string | Buffer | undefined): boolean {
  const body = (typeof raw === "string" ? raw : (raw?.toString("utf8") ?? "")).trimEnd();
  return body.startsWith('{"data":') && !body.includes('"errors":') && body.endsWith("}");
}

/** One POST endpoint under autocannon. */
export async function runAutocannon(url: string, body: string, headers: Record<string, string>, opts: LoadOptions): Promise<RoundResult> {
  const recorder = new Recorder(opts.seconds);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
        connections: opts.connections,
        pipelining: 1,
        duration: opts.seconds,
        timeout: 30,
        verifyBody: isCleanAnswer,
      },
      (err, res) => (err ? reject(err as Error) : resolve(res)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) recorder.add(responseTime);
    });
  });
  return recorder.result({
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
    socket: result.errors - result.timeouts,
    timeouts: result.timeouts,
  });
}

// ─── system C ───

export type PlanStep =
  | { kind: "fetch"; service: string; url: string; body: string }
  | { kind: "sequence" | "parallel"; steps: PlanStep[] };

export function countFetches(step: PlanStep): number {
  return step.kind === "fetch" ? 1 : step.steps.reduce((n, s) => n + countFetches(s), 0);
}

function post(agent: http.Agent, url: URL, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { agent, hostname: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Runs one plan once: sequences in order, parallel steps together. Throws on any unclean answer. */
export async function executePlan(step: PlanStep, agent: http.Agent, headers: Record<string, string>): Promise<void> {
  if (step.kind === "fetch") {
    const res = await post(agent, new URL(step.url), step.body, headers);
    if (res.status !== 200) throw Object.assign(new Error(`${step.service} answered HTTP ${res.status}`), { kind: "non2xx" });
    if (!isCleanAnswer(res.text)) throw Object.assign(new Error(`${step.service} answered with errors: ${res.text.slice(0, 300)}`), { kind: "graphqlErrors" });
    return;
  }
  if (step.kind === "sequence") for (const s of step.steps) await executePlan(s, agent, headers);
  else await Promise.all(step.steps.map((s) => executePlan(s, agent, headers)));
}

/** System C: `connections` loops, each running the plan back to back, for a fixed time. */
export async function runPlanLoad(plan: PlanStep, headers: Record<string, string>, opts: LoadOptions): Promise<RoundResult> {
  const agent = new http.Agent({ keepAlive: true });
  const recorder = new Recorder(opts.seconds);
  const errorKinds: Record<string, number> = { non2xx: 0, graphqlErrors: 0, socket: 0 };
  const deadline = process.hrtime.bigint() + BigInt(Math.round(opts.seconds * 1e9));
  const loop = async (): Promise<void> => {
    while (process.hrtime.bigint() < deadline) {
      const t0 = process.hrtime.bigint();
      try {
        await executePlan(plan, agent, headers);
        recorder.add(Number(process.hrtime.bigint() - t0) / 1e6);
      } catch (e) {
        const kind = (e as { kind?: string }).kind ?? "socket";
        errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, loop));
  agent.destroy();
  return recorder.result(errorKinds);
}
