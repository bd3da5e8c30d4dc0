/**
 * The gateway's Prometheus metrics (docs/operations.md): client requests by operation,
 * type and outcome, their latency, errors by code, subgraph fetches per request, each
 * subgraph's fetch latency, errors and circuit state, and the HTTP answers given before
 * GraphQL runs (429 rate-limit refusals, 401, 413…), and the response cache's hits and
 * misses (cache/response-cache.ts; the series exists with the cache off, without samples). Labels are bounded: operation names from the persisted
 * list or identifiers (at most 100 distinct, then "other"), codes, subgraph names.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { BoundedNames, boundedCodes, codesOf, createRegistry, LATENCY_BUCKETS } from "@atlas/runtime/src/metrics";
import type { RequestHandler } from "express";
import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import type { GatewayContext, SubgraphDataSource } from "./data-source";

/** Codes that mean the federation failed, not the client: they set outcome="server_error". */
const SERVER_CODES = new Set(["INTERNAL_SERVER_ERROR", "SUBGRAPH_UNAVAILABLE", "SUBGRAPH_TIMEOUT", "DEADLINE_EXCEEDED", "REQUEST_ABANDONED"]);

/** atlas_gateway_circuit_state values. */
export const CIRCUIT = { closed: 0, halfOpen: 1, open: 2 } as const;

export interface GatewayMetrics {
  registry: Registry;
  /** Requests, latency, errors and fetches per request. */
  plugin: ApolloServerPlugin<GatewayContext>;
  /** Counts the HTTP answers on /graphql and /export (mount before authentication and the rate limiter). */
  countResponses: RequestHandler;
  /** Times and counts a subgraph's fetches and follows its circuit breaker. */
  instrument(source: SubgraphDataSource): SubgraphDataSource;
  /** Counts a query's response-cache outcome. */
  cacheResult(result: "hit" | "miss" | "bypass" | "unavailable"): void;
  /** A query the response cache's front answered before Apollo ran (its plugin never saw it): counted as an ok request and a hit. */
  served(operationName: string | null, startedAt: bigint): void;
}

const seconds = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e9;

export function gatewayMetrics(options: { operationNames?: Iterable<string>; maxOperations?: number } = {}): GatewayMetrics {
  const registry = createRegistry("gateway");
  const registers = [registry];
  const operations = new BoundedNames(options.maxOperations ?? 100, undefined, new Set(options.operationNames));
  const codes = boundedCodes();
  const requests = new Counter({ name: "atlas_gateway_requests_total", help: "GraphQL requests by operation, type and outcome (ok, client_error, server_error)", labelNames: ["operation", "type", "outcome"], registers });
  const duration = new Histogram({ name: "atlas_gateway_request_duration_seconds", help: "GraphQL request latency by operation and type", labelNames: ["operation", "type"], buckets: LATENCY_BUCKETS, registers });
  const errors = new Counter({ name: "atlas_gateway_errors_total", help: "Requests whose answer carried an error, by extensions.code (each code once per request)", labelNames: ["code"], registers });
  const fetchesPerRequest = new Histogram({ name: "atlas_gateway_subgraph_fetches_per_request", help: "Subgraph fetches one GraphQL request caused", buckets: [0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 64], registers });
  const fetchDuration = new Histogram({ name: "atlas_gateway_subgraph_fetch_duration_seconds", help: "Subgraph fetch latency by subgraph", labelNames: ["subgraph"], buckets: LATENCY_BUCKETS, registers });
  const fetchErrors = new Counter({ name: "atlas_gateway_subgraph_errors_total", help: "Subgraph fetches that failed or answered with errors, by subgraph and code", labelNames: ["subgraph", "code"], registers });
  const retries = new Counter({ name: "atlas_gateway_subgraph_retries_total", help: "Subgraph queries sent again after their connection was reset before an answer, by subgraph", labelNames: ["subgraph"], registers });
  const circuit = new Gauge({ name: "atlas_gateway_circuit_state", help: "Circuit breaker per subgraph: 0 closed, 1 half-open, 2 open", labelNames: ["subgraph"], registers });
  const cacheLookups = new Counter({ name: "atlas_gateway_response_cache_total", help: "Queries by response-cache outcome: hit, miss, bypass (curators), unavailable (versions unreadable: Redis down)", labelNames: ["result"], registers });
  const frontHits = new Counter({ name: "atlas_gateway_response_cache_front_hits_total", help: "Hits sent from the response cache's front as stored bytes, before Apollo ran (also counted as result=hit above)", registers });
  const responses = new Counter({ name: "atlas_gateway_http_responses_total", help: "HTTP answers on /graphql and /export by route and status (429: rate limited)", labelNames: ["route", "status"], registers });

  // The request's context is the object every fetch of that request receives.
  const fetches = new WeakMap<object, number>();

  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let type = "unknown";
      let resolved = false;
      return {
        async didResolveOperation({ operation }) {
          type = operation?.operation ?? "unknown";
          resolved = true;
        },
        async willSendResponse({ operationName, response, contextValue }) {
          const operation = resolved ? operations.of(operationName) : "unresolved";
          const found = codesOf(response.body.kind === "single" ? response.body.singleResult.errors : undefined);
          const outcome = found.length === 0 ? "ok" : found.some((c) => SERVER_CODES.has(c)) ? "server_error" : "client_error";
          requests.inc({ operation, type, outcome });
          duration.observe({ operation, type }, seconds(started));
          for (const code of found) errors.inc({ code: codes.of(code) });
          fetchesPerRequest.observe(fetches.get(contextValue) ?? 0);
        },
      };
    },
  };

  const countResponses: RequestHandler = (req, res, next) => {
    const route = req.baseUrl || req.path;
    res.once("finish", () => responses.inc({ route, status: String(res.statusCode) }));
    next();
  };

  const instrument = (source: SubgraphDataSource): SubgraphDataSource => {
    const subgraph = source.serviceName;
    circuit.set({ subgraph }, CIRCUIT.closed);
    retries.inc({ subgraph }, 0);
    source.onRetry(() => retries.inc({ subgraph }));
    source.breaker.on("open", () => circuit.set({ subgraph }, CIRCUIT.open));
    source.breaker.on("halfOpen", () => circuit.set({ subgraph }, CIRCUIT.halfOpen));
    source.breaker.on("close", () => circuit.set({ subgraph }, CIRCUIT.closed));
    const original = source.process.bind(source);
    source.process = async (request) => {
      const started = process.hrtime.bigint();
      const context = request.context as object | undefined;
      if (context) fetches.set(context, (fetches.get(context) ?? 0) + 1);
      try {
        const answer = await original(request);
        for (const code of codesOf(answer.errors)) fetchErrors.inc({ subgraph, code: codes.of(code) });
        return answer;
      } catch (e) {
        const code = (e as { extensions?: { code?: unknown } }).extensions?.code;
        fetchErrors.inc({ subgraph, code: codes.of(typeof code === "string" ? code : "INTERNAL_SERVER_ERROR") });
        throw e;
      } finally {
        fetchDuration.observe({ subgraph }, seconds(started));
      }
    };
    return source;
  };

  const served = (operationName: string | null, startedAt: bigint): void => {
    const operation = operations.of(operationName);
    requests.inc({ operation, type: "query", outcome: "ok" });
    duration.observe({ operation, type: "query" }, seconds(startedAt));
    fetchesPerRequest.observe(0);
    cacheLookups.inc({ result: "hit" });
    frontHits.inc();
  };

  return { registry, plugin, countResponses, instrument, cacheResult: (result) => cacheLookups.inc({ result }), served };
}
