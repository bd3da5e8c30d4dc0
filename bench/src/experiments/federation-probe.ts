/**
 * What the issue-11 experiments (scale-pairs.ts, worst-request.ts, hung-subgraph.ts) read
 * from a federation that is already running, e.g. `npm start`: the subgraphs' SQL statement
 * and request counters (bench/src/probe.ts, preloaded through NODE_OPTIONS), and every
 * process's pid and CPU time from /proc.
 *
 *   npx tsx bench/src/experiments/federation-probe.ts   # compiles the probe, prints the line below
 *   NODE_OPTIONS="--require /tmp/atlas-probe/probe.cjs" npm start
 *
 * Without the probe the experiments still run; statement counts are then reported as
 * unknown, and pids are found from the listening ports (/proc/net/tcp).
 */
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { readRegistry, subgraphUrl } from "@atlas/runtime";
import { compileProbe } from "../probe-build";
import type { ProbeStats } from "../probe-types";
import { sampleProcess } from "../procs";

export interface Member {
  /** A subgraph's name, or "gateway". */
  name: string;
  graphqlUrl: string;
}

/** The gateway and every registered subgraph, at the URLs the environment gives (<NAME>_PORT, <NAME>_URL). */
export function members(gatewayUrl: string): Member[] {
  return [{ name: "gateway", graphqlUrl: gatewayUrl }, ...readRegistry().map((s) => ({ name: s.name, graphqlUrl: subgraphUrl(s) }))];
}

/** One reading of one process. `statements`/`requests` are null without the probe. */
export interface Reading {
  name: string;
  pid: number | null;
  statements: number | null;
  requests: number | null;
  /** User + system CPU time since the process started, in ms (null when its pid is unknown). */
  cpuMs: number | null;
  rssBytes: number | null;
}

async function probeStats(graphqlUrl: string): Promise<ProbeStats | null> {
  try {
    // A stopped (SIGSTOP) or saturated process must not stall the reading.
    const res = await fetch(new URL("/__bench/stats", graphqlUrl), { signal: AbortSignal.timeout(1500) });
    return res.ok ? ((await res.json()) as ProbeStats) : null;
  } catch {
    return null;
  }
}

/** The pid listening on a loopback TCP port, from /proc/net/tcp and the owners of socket inodes (Linux). */
export function pidOfPort(port: number): number | null {
  const hex = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text: string;
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      // local_address is "ADDR:PORT"; state 0A is LISTEN.
      if (f[1]?.endsWith(`:${hex}`) && f[3] === "0A" && f[9]) inodes.add(f[9]);
    }
  }
  if (!inodes.size) return null;
  for (const dir of readdirSync("/proc")) {
    if (!/^\d+$/.test(dir)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${dir}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${dir}/fd/${fd}`));
        if (m && inodes.has(m[1]!)) return Number(dir);
      } catch {
        /* closed meanwhile */
      }
    }
  }
  return null;
}

const portOf = (url: string): number => Number(new URL(url).port || 80);

/** Reads every member: the probe's counters when it answers, else the pid behind the port; CPU from /proc. */
export async function readAll(ms: Member[]): Promise<Reading[]> {
  return Promise.all(
    ms.map(async (m): Promise<Reading> => {
      const stats = await probeStats(m.graphqlUrl);
      const pid = stats?.pid ?? pidOfPort(portOf(m.graphqlUrl));
      const sample = pid ? sampleProcess(pid) : null;
      return {
        name: m.name,
        pid,
        statements: stats?.statements ?? null,
        requests: stats?.requests ?? null,
        cpuMs: sample ? sample.cpuSeconds * 1000 : null,
        rssBytes: sample?.rssBytes ?? null,
      };
    }),
  );
}

export interface Usage {
  /** SQL statements over every subgraph (null when a subgraph has no probe). */
  statements: number | null;
  /** Requests the subgraphs received (null without the probe). */
  subgraphRequests: number | null;
  /** CPU per process in ms, and the subgraphs' sum. */
  cpuMs: Record<string, number | null>;
  subgraphCpuMs: number | null;
  /** Processes whose pid changed or vanished between the readings (crashed, restarted). */
  restarted: string[];
}

/** What happened between two readings. A restarted process's counters start again at zero, so its share is unknown. */
export function usageBetween(before: Reading[], after: Reading[]): Usage {
  const cpuMs: Record<string, number | null> = {};
  const restarted: string[] = [];
  let statements: number | null = 0;
  let subgraphRequests: number | null = 0;
  let subgraphCpuMs: number | null = 0;
  for (const b of before) {
    const a = after.find((r) => r.name === b.name);
    const same = !!a && a.pid !== null && a.pid === b.pid;
    if (!same) restarted.push(b.name);
    const cpu = same && a.cpuMs !== null && b.cpuMs !== null ? a.cpuMs - b.cpuMs : null;
    cpuMs[b.name] = cpu;
    if (b.name === "gateway") continue;
    statements = statements !== null && same && a.statements !== null && b.statements !== null ? statements + a.statements - b.statements : null;
    subgraphRequests = subgraphRequests !== null && same && a.requests !== null && b.requests !== null ? subgraphRequests + a.requests - b.requests : null;
    subgraphCpuMs = subgraphCpuMs !== null && cpu !== null ? subgraphCpuMs + cpu : null;
  }
  return { statements, subgraphRequests, cpuMs, subgraphCpuMs, restarted };
}

/**
 * Waits until the subgraphs stop working (less than 3% of a core over 500 ms, at most
 * `maxMs`): a subgraph goes on with a request the gateway has given up on, and that work
 * belongs to the request too. Returns how long it waited.
 */
export async function settle(ms: Member[], maxMs = 120_000): Promise<number> {
  const started = Date.now();
  const total = async (): Promise<number> => (await readAll(ms)).reduce((n, r) => n + (r.cpuMs ?? 0), 0);
  let last = await total();
  while (Date.now() - started < maxMs) {
    await new Promise((r) => setTimeout(r, 500));
    const now = await total();
    if (now - last < 15) break;
    last = now;
  }
  return Date.now() - started;
}

export interface Answer {
  status: number;
  /** extensions.code of each error (deduplicated, in order), or the transport failure. */
  codes: string[];
  firstMessage: string | null;
  bytes: number;
  ms: number;
  json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | null;
}

/** POSTs one GraphQL request and times it to the last byte of the answer. */
export async function post(url: string, body: unknown, timeoutMs = 180_000): Promise<Answer> {
  const started = performance.now();
  try {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    const ms = performance.now() - started;
    let json: Answer["json"] = null;
    try {
      json = JSON.parse(text) as Answer["json"];
    } catch {
      /* not JSON: reported by its status */
    }
    const codes = [...new Set((json?.errors ?? []).map((e) => e.extensions?.code ?? "(no code)"))];
    return { status: res.status, codes, firstMessage: json?.errors?.[0]?.message ?? null, bytes: Buffer.byteLength(text), ms, json };
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    return { status: 0, codes: [err.name === "TimeoutError" ? "CLIENT_TIMEOUT" : (err.cause?.code ?? err.name)], firstMessage: err.message, bytes: 0, ms: performance.now() - started, json: null };
  }
}

if (require.main === module) {
  const dir = process.argv[2] ?? "/tmp/atlas-probe";
  console.log(`NODE_OPTIONS="--require ${compileProbe(dir)}" npm start`);
}
