/**
 * Prometheus metrics (prom-client) shared by the gateway and every subgraph. Each process
 * (and each server in a test process) has its own Registry, never prom-client's global
 * one, so several servers in one process do not collide; every series carries a
 * constant `service` label. See docs/operations.md for what to watch.
 *
 * Exposure policy (METRICS, METRICS_TOKEN):
 *  - METRICS=off: no /metrics route (404);
 *  - METRICS_TOKEN set: /metrics answers only `Authorization: Bearer <token>` (401 otherwise);
 *  - no token: open in development; in production the gateway does not serve it (404),
 *    a subgraph serves it to whoever presents the subgraph secret, like /graphql.
 */
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { Database } from "@atlas/db";
import type { RequestHandler } from "express";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { sendGraphQLError } from "./http";
import { secretMatches, SUBGRAPH_SECRET_HEADER } from "./secret";

export const METRICS_PATH = "/metrics";

/** Seconds: from a cached field (1 ms) to the request timeout (10 s). */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface MetricsOptions {
  /** Serve /metrics at all; default METRICS (on unless "off"). */
  enabled?: boolean;
  /** Bearer token /metrics requires; default METRICS_TOKEN. */
  token?: string;
}

export interface MetricsPolicy {
  enabled: boolean;
  token: string | undefined;
}

/** The policy from options, then METRICS / METRICS_TOKEN. A bad METRICS value stops the process. */
export function metricsPolicy(options: MetricsOptions = {}, env: NodeJS.ProcessEnv = process.env): MetricsPolicy {
  const raw = env.METRICS ?? "on";
  if (options.enabled === undefined && raw !== "on" && raw !== "off") throw new Error(`METRICS must be on or off, got ${JSON.stringify(raw)}`);
  const token = options.token ?? (env.METRICS_TOKEN || undefined);
  if (token !== undefined && token.length < 16) throw new Error("METRICS_TOKEN must be at least 16 characters long");
  return { enabled: options.enabled ?? raw === "on", token };
}

/** A Registry with Node's default process metrics, every series labelled service="<name>". */
export function createRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

const bearerOf = (header: string | undefined): string | undefined => /^Bearer (\S+)$/i.exec(header ?? "")?.[1];

/**
 * GET /metrics in the text format, or a 401 when the caller may not read it. `secret`:
 * a subgraph's secret, accepted in its header in place of the token. Without a token
 * and a secret the route is open; pass `enabled: false` to leave it out (404).
 */
export function metricsRoute(registry: Registry, access: { token?: string; secret?: string }): RequestHandler {
  return (req, res, next) => {
    if (req.path !== METRICS_PATH || req.method !== "GET") return next();
    const { token, secret } = access;
    if (token !== undefined || secret !== undefined) {
      const bearer = bearerOf(req.headers.authorization);
      const presented = req.headers[SUBGRAPH_SECRET_HEADER];
      const ok =
        (token !== undefined && bearer !== undefined && secretMatches(token, bearer)) ||
        (secret !== undefined && typeof presented === "string" && secretMatches(secret, presented));
      if (!ok) {
        sendGraphQLError(res, 401, "UNAUTHENTICATED", "/metrics needs the metrics token (Authorization: Bearer)", { "www-authenticate": `Bearer realm="metrics"` });
        return;
      }
    }
    registry.metrics().then((text) => {
      res.setHeader("content-type", registry.contentType);
      res.setHeader("cache-control", "no-store");
      res.send(text);
    }, next);
  };
}

/** Names a label may carry: identifiers only (never query text, never ids), at most `max` distinct, then "other". */
export class BoundedNames {
  private readonly seen = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly pattern = /^[A-Za-z][A-Za-z0-9_]{0,63}$/,
    private readonly known: ReadonlySet<string> = new Set(),
  ) {}

  of(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (this.known.has(name) || this.seen.has(name)) return name;
    if (!this.pattern.test(name) || this.seen.size >= this.max) return "other";
    this.seen.add(name);
    return name;
  }
}

/** Error codes as labels: UPPER_SNAKE identifiers, at most 64 distinct. */
export const boundedCodes = (): BoundedNames => new BoundedNames(64, /^[A-Z][A-Z0-9_]{0,63}$/);

/** The distinct extensions.code values of an answer's errors (a code counts once per request). */
export function codesOf(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string[] {
  return [...new Set((errors ?? []).map((e) => (typeof e.extensions?.code === "string" ? e.extensions.code : "INTERNAL_SERVER_ERROR")))];
}

/** Something that reports each SQL statement (@atlas/db's StatementCounter). */
export interface StatementSource {
  listen(fn: (sql: string) => void): () => void;
}

/** What the metrics read of a store: its statements and its pool size (1 on SQLite, else DATABASE_POOL_SIZE or 10, as createDb). */
export function storeOf(db: Pick<Database, "provider" | "statements">, env: NodeJS.ProcessEnv = process.env): { statements: StatementSource; poolSize: number } {
  return { statements: db.statements, poolSize: db.provider === "sqlite" ? 1 : Number(env.DATABASE_POOL_SIZE || 10) };
}

export interface SubgraphMetrics {
  registry: Registry;
  plugin: ApolloServerPlugin<BaseContext>;
  /** Stops listening to the store. */
  close(): void;
}

/**
 * A subgraph's metrics: requests and latency by operation (the gateway's generated fetch
 * names, bounded), errors by code, SQL statements and the pool size of its store.
 */
export function subgraphMetrics(service: string, store: { statements?: StatementSource; poolSize?: number } = {}): SubgraphMetrics {
  const registry = createRegistry(service);
  const operations = new BoundedNames(200);
  const codes = boundedCodes();
  const requests = new Counter({ name: "atlas_subgraph_requests_total", help: "GraphQL requests by operation and outcome (ok or error)", labelNames: ["operation", "outcome"], registers: [registry] });
  const duration = new Histogram({ name: "atlas_subgraph_request_duration_seconds", help: "GraphQL request latency by operation", labelNames: ["operation"], buckets: LATENCY_BUCKETS, registers: [registry] });
  const errors = new Counter({ name: "atlas_subgraph_errors_total", help: "Requests whose answer carried an error, by extensions.code (each code once per request)", labelNames: ["code"], registers: [registry] });
  const statements = new Counter({ name: "atlas_db_statements_total", help: "SQL statements this process sent to its store", registers: [registry] });
  if (store.poolSize !== undefined) {
    new Gauge({ name: "atlas_db_pool_size", help: "Connections the store's pool may open (DATABASE_POOL_SIZE; 1 on SQLite)", registers: [registry] }).set(store.poolSize);
  }
  const unlisten = store.statements?.listen(() => statements.inc());
  const plugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, response }) {
          const operation = operations.of(operationName);
          const found = codesOf(response.body.kind === "single" ? response.body.singleResult.errors : undefined);
          requests.inc({ operation, outcome: found.length ? "error" : "ok" });
          duration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
          for (const code of found) errors.inc({ code: codes.of(code) });
        },
      };
    },
  };
  return { registry, plugin, close: () => unlisten?.() };
}
