/**
 * Query plans: what the supergraph's planner (the one @apollo/gateway runs) makes of a
 * workload, matched with the subgraph requests our gateway actually sent for it. From
 * that the benchmark gets system C (the same requests, sent straight to the subgraphs in
 * the plan's order) and the plan's SQL minimum: one batched statement per table that a
 * fetch reads, summed over the plan's fetches.
 */
import { Supergraph, operationFromDocument } from "@apollo/federation-internals";
import { QueryPlanner, type PlanNode, type QueryPlan } from "@apollo/query-planner";
import { parse } from "graphql";
import type { PlanStep } from "./loadgen";

export interface RecordedRequest {
  body: { query?: string; variables?: unknown; operationName?: string };
  statements: number;
  sql: string[];
}

export interface PlannedFetch {
  index: number;
  service: string;
  /** What it asks for, in a few words: the root field, or the entity types of `_entities`. */
  label: string;
  /** The request sent (dropped from the results file). */
  body?: string;
  /** Measured when the fetch is sent alone. */
  statements: number;
  /** Median time to answer when sent alone, ms. */
  medianMs: number;
  /** The tables its statements read, in order of first use. */
  tables: string[];
  /** Tables read by more than one statement. */
  repeatedTables: string[];
}

export function buildPlan(supergraphSdl: string, query: string): QueryPlan {
  const supergraph = Supergraph.build(supergraphSdl);
  const planner = new QueryPlanner(supergraph);
  return planner.buildQueryPlan(operationFromDocument(supergraph.schema, parse(query)));
}

/** The plan's root node (queries only: the benchmark sends no subscriptions). */
export function rootNode(plan: QueryPlan): PlanNode | undefined {
  const node = plan.node;
  if (node?.kind === "Subscription") throw new Error("the benchmark does not replay subscriptions");
  return node;
}

/** The fetch nodes of a plan, in the order the plan lists them. */
export function fetchNodes(node: PlanNode | undefined): { serviceName: string; operation: string }[] {
  if (!node) return [];
  switch (node.kind) {
    case "Fetch":
      return [node];
    case "Flatten":
      return fetchNodes(node.node);
    case "Sequence":
    case "Parallel":
      return node.nodes.flatMap(fetchNodes);
    default:
      throw new Error(`the benchmark does not replay ${node.kind} plan nodes`);
  }
}

/** The table a statement reads or writes first: `FROM "main"."agreement"` → agreement. */
export function primaryTable(sql: string): string | null {
  const m = /\b(?:FROM|INTO|UPDATE)\s+(?:[`"][^`"]+[`"]\.)?[`"]([^`"]+)[`"]/i.exec(sql);
  return m?.[1] ?? null;
}

export function tablesOf(sql: readonly string[]): { tables: string[]; repeated: string[] } {
  const seen = new Map<string, number>();
  for (const s of sql) {
    const t = primaryTable(s) ?? "?";
    seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  return { tables: [...seen.keys()], repeated: [...seen].filter(([, n]) => n > 1).map(([t]) => t) };
}

function labelOf(query: string): string {
  const entities = [...query.matchAll(/\.\.\.\s*on\s+(\w+)/g)].map((m) => m[1]!);
  if (query.includes("_entities")) return `_entities(${[...new Set(entities)].join(", ")})`;
  return /\{\s*(\w+)/.exec(query.replace(/^[^{]*/, ""))?.[1] ?? "query";
}

/**
 * Pairs each fetch node with a recorded request to its subgraph that sent the same
 * operation. Identical operations (two `Source` fetches, say) are paired in the order
 * they were sent: the set of requests replayed is the same either way.
 */
export function matchRecorded(plan: QueryPlan, recorded: Record<string, RecordedRequest[]>): Map<{ serviceName: string; operation: string }, RecordedRequest> {
  const pool = Object.fromEntries(Object.entries(recorded).map(([k, v]) => [k, [...v]]));
  const out = new Map<{ serviceName: string; operation: string }, RecordedRequest>();
  for (const f of fetchNodes(rootNode(plan))) {
    const list = pool[f.serviceName] ?? [];
    const i = list.findIndex((r) => r.body.query === f.operation);
    if (i < 0) throw new Error(`no recorded ${f.serviceName} request for the plan's fetch:\n${f.operation}`);
    out.set(f, list.splice(i, 1)[0]!);
  }
  return out;
}

/** The plan as system C runs it: the recorded bodies, sent to the subgraphs in the plan's order. */
export function planSteps(node: PlanNode | undefined, matched: Map<{ serviceName: string; operation: string }, RecordedRequest>, urls: Record<string, string>): PlanStep {
  if (!node) return { kind: "sequence", steps: [] };
  switch (node.kind) {
    case "Fetch": {
      const r = matched.get(node);
      const url = urls[node.serviceName];
      if (!r || !url) throw new Error(`fetch to ${node.serviceName} has no recorded request or URL`);
      return { kind: "fetch", service: node.serviceName, url, body: JSON.stringify(r.body) };
    }
    case "Flatten":
      return planSteps(node.node, matched, urls);
    case "Sequence":
      return { kind: "sequence", steps: node.nodes.map((n) => planSteps(n, matched, urls)) };
    case "Parallel":
      return { kind: "parallel", steps: node.nodes.map((n) => planSteps(n, matched, urls)) };
    default:
      throw new Error(`the benchmark does not replay ${node.kind} plan nodes`);
  }
}

/** One line per fetch for reports. */
export function describeFetch(index: number, service: string, body: string, alone: RecordedRequest, medianMs: number): PlannedFetch {
  const { tables, repeated } = tablesOf(alone.sql);
  const query = (JSON.parse(body) as { query?: string }).query ?? "";
  return { index, service, label: labelOf(query), body, statements: alone.statements, medianMs, tables, repeatedTables: repeated };
}

/**
 * The plan's critical path when every fetch takes `ms(fetch)`: sequences add up, parallel
 * branches take the longest. What a gateway with no cost of its own would need.
 */
export function criticalPathMs(step: PlanStep, ms: (fetch: Extract<PlanStep, { kind: "fetch" }>) => number): number {
  if (step.kind === "fetch") return ms(step);
  const parts = step.steps.map((s) => criticalPathMs(s, ms));
  return step.kind === "sequence" ? parts.reduce((a, b) => a + b, 0) : Math.max(0, ...parts);
}
