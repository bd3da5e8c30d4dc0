/** The response-cache part of the report: warm-cache ratios and the mixed workload's stale reads. */
import { ratio, round } from "./stats";
import type { ResultRow } from "./report";

export type MixedSystem = "A+cache" | "B+cache";

export interface MixedRow {
  system: MixedSystem;
  /** Where the writes went: through the system itself, or straight to the subgraph (another path). */
  via: "gateway" | "subgraph";
  reads: number;
  writes: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  stale: number;
  staleExamples: string[];
}

export interface CacheSummary {
  /** The cached workload the mixed one reads. */
  workload: string;
  mixed: MixedRow[];
  readsPerWrite: number;
  /** The writer's scratch indicator, retracted at the end (public answers as before the run). */
  scratch: string;
}

/** Warm-cache throughput ratios on each cached workload. */
export function cacheRatios(rows: ResultRow[]): { workload: string; ours: number; vsHive: number }[] {
  const workloads = [...new Set(rows.filter((r) => r.workload.startsWith("cached-")).map((r) => r.workload))];
  return workloads.flatMap((w) => {
    const find = (s: string) => rows.find((r) => r.workload === w && r.system === s);
    const a = find("A");
    const ac = find("A+cache");
    const bc = find("B+cache");
    return a && ac && bc ? [{ workload: w, ours: round(ratio(ac.rps, a.rps)), vsHive: round(ratio(ac.rps, bc.rps)) }] : [];
  });
}

export function cacheLines(rows: ResultRow[], cache: CacheSummary | undefined): string[] {
  const lines: string[] = [];
  for (const r of cacheRatios(rows)) lines.push(`- Warm cache, ${r.workload}: A+cache ${r.ours}× our uncached throughput (target ≥ 20), ${r.vsHive}× Hive Gateway's with its response cache (target ≥ 1).`);
  for (const m of cache?.mixed ?? []) {
    lines.push(
      `- Mixed (${cache!.workload}, 1 write per ${cache!.readsPerWrite} reads, writes via ${m.via}), ${m.system}: ${round(m.rps)} reads/s, p50 ${round(m.p50)} ms, ${m.writes} writes, **${m.stale} stale reads**${m.stale ? ` (${m.staleExamples[0]})` : ""}, ${m.errors} errors.`,
    );
  }
  return lines;
}

export function mixedTable(cache: CacheSummary): string {
  const head = "| system | writes via | reads/s | p50 ms | p99 ms | reads | writes | stale reads | errors |\n|---|---|---|---|---|---|---|---|---|";
  const body = cache.mixed.map((m) => `| ${m.system} | ${m.via} | ${round(m.rps)} | ${round(m.p50)} | ${round(m.p99)} | ${m.reads} | ${m.writes} | ${m.stale} | ${m.errors} |`);
  return [head, ...body].join("\n");
}
