/** What the benchmark asks, and of which systems. */
import { BILATERAL_PROFILE } from "../../tests/support/queries";
import type { BenchPair } from "./scale/generate";

export type SystemId = "A" | "A+otel" | "A-solo" | "A+cache" | "B" | "B+rust" | "B+cache" | "B+otel" | "B-solo" | "C" | "D";

export const SYSTEM_NAMES: Record<SystemId, string> = {
  A: "our gateway (@apollo/gateway)",
  "A+otel": "A with OpenTelemetry tracing exported (OTLP/HTTP to a sink)",
  "A-solo": "A+otel's untraced twin (A's builds on processes of their own, serving only this system)",
  "A+cache": "A with its response cache (Redis), warm",
  B: "Hive Gateway",
  "B+rust": "Hive Gateway with the Rust query planner (@graphql-hive/router-runtime)",
  "B+cache": "Hive Gateway with its response cache, warm",
  "B+otel": "Hive Gateway with its OpenTelemetry plugin exporting traces (OTLP/HTTP to a sink), in front of subgraphs of its own, traced",
  "B-solo": "B+otel's untraced twin (Hive Gateway and subgraphs of its own, untraced)",
  C: "subgraphs called directly",
  D: "single process, direct Prisma",
};

export interface Workload {
  id: string;
  title: string;
  query: string;
  variables: Record<string, unknown>;
  /** For the profiles: the agreements, indicators and events (each) between the pair. */
  items?: number;
  /** For the profiles: how many of the pair's agreements have no third party (a pair's list shows only those by default). */
  bilateralAgreements?: number;
  pair?: BenchPair;
  systems: SystemId[];
}

export const COUNTRY_LOOKUP = /* GraphQL */ `
  query CountryLookup($code: ID!) {
    country(code: $code) { code iso3 name arabic: name(lang: AR) }
  }
`;

export const WIDE_LIST = /* GraphQL */ `
  query WideList {
    countries(first: 100) { nodes { code name leaders { name roles { title } } } }
  }
`;

/**
 * A+otel and its untraced twin A-solo run beside A on every uncached workload (the same load history, so the same warm-up); tracing's target (≥ 0.9) is on each of them (cli.ts targets).
 * Hive Gateway's pair (B+otel, B-solo) runs on the two smallest requests, the lookup and the smallest
 * deep profile, where tracing's share of a request is largest: the peer's figure beside ours where
 * ours misses the target, for about 4 minutes a workload.
 */
const PEER_TRACING: SystemId[] = ["B+otel", "B-solo"];

export function workloads(pairs: readonly BenchPair[]): Workload[] {
  return [
    { id: "country", title: "single lookup: country(code)", query: COUNTRY_LOOKUP, variables: { code: "AZ" }, systems: ["A", "A+otel", "A-solo", "B", ...PEER_TRACING, "C"] },
    ...[...pairs]
      .sort((p, q) => p.items - q.items)
      .map(
        (pair, i): Workload => ({
          id: `profile-${pair.items}`,
          title: `deep profile ${pair.a}–${pair.b}, ${pair.items} items`,
          query: BILATERAL_PROFILE,
          variables: { a: pair.a, b: pair.b },
          items: pair.items,
          pair,
          systems: ["A", "A+otel", "A-solo", "B", "B+rust", ...(i === 0 ? PEER_TRACING : []), "C", "D"],
        }),
      ),
    // The two largest deep profiles again, answered from a warm cache (bench/src/cache.ts); A uncached beside them for the ratio.
    ...[...pairs]
      .sort((p, q) => q.items - p.items)
      .slice(0, 2)
      .map(
        (pair): Workload => ({
          id: `cached-${pair.items}`,
          title: `deep profile ${pair.a}–${pair.b}, ${pair.items} items, warm response cache`,
          query: BILATERAL_PROFILE,
          variables: { a: pair.a, b: pair.b },
          pair,
          systems: ["A", "A+cache", "B+cache"],
        }),
      ),
    { id: "wide", title: "wide list: 100 countries with leaders", query: WIDE_LIST, variables: {}, systems: ["A", "A+otel", "A-solo", "B", "C"] },
  ];
}

export const requestBody = (w: Workload): string => JSON.stringify({ query: w.query, variables: w.variables });
