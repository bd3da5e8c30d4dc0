/** What the benchmark asks, and of which systems. */
import { BILATERAL_PROFILE } from "../../tests/support/queries";
import type { BenchPair } from "./scale/generate";

export type SystemId = "A" | "B" | "C" | "D";

export const SYSTEM_NAMES: Record<SystemId, string> = {
  A: "our gateway (@apollo/gateway)",
  B: "Hive Gateway",
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

export function workloads(pairs: readonly BenchPair[]): Workload[] {
  return [
    { id: "country", title: "single lookup: country(code)", query: COUNTRY_LOOKUP, variables: { code: "AZ" }, systems: ["A", "B", "C"] },
    ...[...pairs]
      .sort((p, q) => p.items - q.items)
      .map(
        (pair): Workload => ({
          id: `profile-${pair.items}`,
          title: `deep profile ${pair.a}–${pair.b}, ${pair.items} items`,
          query: BILATERAL_PROFILE,
          variables: { a: pair.a, b: pair.b },
          items: pair.items,
          pair,
          systems: ["A", "B", "C", "D"],
        }),
      ),
    { id: "wide", title: "wide list: 100 countries with leaders", query: WIDE_LIST, variables: {}, systems: ["A", "B", "C"] },
  ];
}

export const requestBody = (w: Workload): string => JSON.stringify({ query: w.query, variables: w.variables });
