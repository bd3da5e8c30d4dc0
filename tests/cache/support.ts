/**
 * What the response-cache tests share: a Redis of their own (a real redis-server they can
 * kill and start again), a key prefix per test so parallel runs never meet, the cache
 * counters from /metrics, and the curator's write they repeat (an indicator's label, which
 * the deep profile shows).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import Redis from "ioredis";
import { post, type GraphQLResponse } from "../support/federation";
import { parsePrometheusText } from "../observability/prometheus-text";

export const REDIS_URL = process.env.REDIS_TEST_URL || "redis://127.0.0.1:6379";

export const testPrefix = (label: string): string => `atlas:test:${label}:${randomBytes(6).toString("hex")}:`;

/** Deletes every key under a test's prefix. */
export async function dropPrefix(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
}

/** Ports for a redis-server the test stops and starts again: support/ports.ts says why. */
export { freePort } from "../support/ports";

/** A redis-server of the test's own on `port`, keeping nothing on disk; resolves once it accepts connections. */
export async function startRedisServer(port: number, extraArgs: string[] = []): Promise<ChildProcess> {
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", ...extraArgs], { stdio: "ignore" });
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const c = net.connect(port, "127.0.0.1", () => {
        c.end();
        resolve(true);
      });
      c.on("error", () => resolve(false));
    });
    if (ok) return child;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server on ${port} did not start (is it installed?)`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  await exited;
}

/** The gateway's response-cache counters (atlas_gateway_response_cache_total by result). */
export async function cacheCounts(gatewayUrl: string): Promise<Record<"hit" | "miss" | "bypass" | "unavailable", number>> {
  const res = await fetch(new URL("/metrics", gatewayUrl));
  const text = await res.text();
  const m = parsePrometheusText(text);
  const v = (result: string): number => m.value("atlas_gateway_response_cache_total", { result });
  return { hit: v("hit"), miss: v("miss"), bypass: v("bypass"), unavailable: v("unavailable") };
}

/** A compact deep profile: every subgraph takes part, and it shows indicators' labels. */
export const PROFILE = /* GraphQL */ `
  query CacheProfile($a: ID!, $b: ID!) {
    bilateral(a: $a, b: $b) {
      id
      countries { code name leaders { id name } }
      agreements { id title parties { code } sources { id document start end } }
      indicators { id label value sources { id document start end } }
      events { id title participants { id name } }
      people { id name }
    }
  }
`;

export interface Profile {
  bilateral: { indicators: { id: string; label: string | null }[] } & Record<string, unknown>;
}

export const labelOf = (r: GraphQLResponse<Profile>, indicatorId: string): string | null | undefined =>
  r.data?.bilateral.indicators.find((i) => i.id === indicatorId)?.label;

/** The curator's write each cycle repeats: relabel one indicator, citing its first citation again. */
export class Relabeller {
  private version = 0;
  private citation: Record<string, unknown> = {};

  constructor(
    readonly indicatorId: string,
    private readonly curatorKey: string,
  ) {}

  async init(gatewayUrl: string): Promise<void> {
    const r = await post<{ indicator: { version: number; sources: { document: string; start: number; end: number; claim: string }[] } }>(
      gatewayUrl,
      `query ($id: ID!) { indicator(id: $id) { version sources { document start end claim } } }`,
      { id: this.indicatorId },
      { authorization: `Bearer ${this.curatorKey}` },
    );
    const ind = r.data?.indicator;
    if (!ind?.sources[0]) throw new Error(`cannot read indicator ${this.indicatorId}: ${JSON.stringify(r.errors)}`);
    this.version = ind.version;
    const { document, start, end, claim } = ind.sources[0];
    this.citation = { document, start, end, claim, figures: [] };
  }

  /** Writes the label through `gatewayUrl`; resolves when the write is acknowledged. */
  async relabel(gatewayUrl: string, label: string): Promise<void> {
    const r = await post<{ updateIndicator: { version: number } }>(
      gatewayUrl,
      `mutation ($id: ID!, $v: Int!, $label: String!, $s: [CitationInput!]!) { updateIndicator(id: $id, version: $v, patch: { label: $label }, sources: $s) { version } }`,
      { id: this.indicatorId, v: this.version, label, s: [this.citation] },
      { authorization: `Bearer ${this.curatorKey}` },
    );
    if (!r.data?.updateIndicator) throw new Error(`relabel failed: ${JSON.stringify(r.errors)}`);
    this.version = r.data.updateIndicator.version;
  }
}
