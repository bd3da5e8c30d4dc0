import { readFileSync } from "node:fs";
import http from "node:http";
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type RequestHandler } from "express";
import { GraphQLError, parse, type DocumentNode, type GraphQLFormattedError } from "graphql";
import {
  bindRequestContext,
  currentRequestId,
  graphqlUrl,
  hardenHttpServer,
  healthRoutes,
  jsonErrors,
  listenOn,
  notFound,
  probe,
  requestIdOfResponse,
  requestTracking,
  sendGraphQLError,
} from "./http";
import { CALLER_HEADER, type Caller, verifyCaller } from "./caller";
import { cachePrefixFromEnv, WriteInvalidator } from "./cache-versions";
import { abandonWhenGone, entityLimitPlugin } from "./deadline";
import { intFromEnv } from "./env";
import { LIST_SIZES_PATH } from "./list-sizes";
import { createLogger, type Logger } from "./logger";
import { metricsPolicy, metricsRoute, subgraphMetrics, type MetricsOptions, type StatementSource } from "./metrics";
import { resolveSubgraphSecret, secretMatches, SUBGRAPH_SECRET_HEADER } from "./secret";
import { operationSpanPlugin, traceRequests, traceRootFields } from "./tracing";

/** Reads an SDL file that sits beside the code (pass `join(__dirname, "schema.graphql")`). */
export function loadSdl(path: string): DocumentNode {
  return parse(readFileSync(path, "utf8"));
}

export interface SubgraphDefinition<TContext extends BaseContext> {
  name: string;
  typeDefs: DocumentNode;
  // The generated resolver types are stricter than @apollo/subgraph's map; both describe the same object.
  resolvers: GraphQLResolverMap<TContext> | object;
}

/** An error from a statement @atlas/db did not run because the request was abandoned (deadline.ts). */
function isAbandoned(error: unknown): boolean {
  for (let e = error as { name?: string; cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    if (e.name === "AbandonedRequestError") return true;
  }
  return false;
}

/**
 * Errors that are not GraphQLErrors are bugs or infrastructure failures: the client
 * gets a generic message with a stable code, the log gets the cause. A request the
 * gateway abandoned is not a failure: REQUEST_ABANDONED, logged at debug level.
 */
export function maskInternalErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof GraphQLError || formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") return formatted;
    if (isAbandoned(original)) {
      logger.debug({ path: formatted.path, requestId: currentRequestId() }, "statement not run: request abandoned");
      return { message: "The request was abandoned (deadline passed or the gateway gave up)", path: formatted.path, extensions: { code: "REQUEST_ABANDONED" } };
    }
    logger.error({ err: original, path: formatted.path, requestId: currentRequestId() }, "resolver failed");
    return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}

/**
 * The most representations one `_entities` call may carry: the gateway's default cost
 * budget (20,000, about the most values an answer may hold) bounds a real plan's batches.
 */
export const DEFAULT_MAX_REPRESENTATIONS = 20_000;

/** Seconds a subgraph's answers may be cached by default (its fields' @cacheControl hints may say less). */
export const SUBGRAPH_CACHE_MAX_AGE = 60;

/** Builds a subgraph's Apollo Server. No side effects: nothing listens until `listenSubgraph`. */
export function createSubgraphServer<TContext extends BaseContext>(def: SubgraphDefinition<TContext>): ApolloServer<TContext> {
  const logger = createLogger(def.name);
  return new ApolloServer<TContext>({
    // Root fields (entry points, _entities included) are traced when tracing is on: on the request span when asked alone (tracing.ts).
    schema: traceRootFields(buildSubgraphSchema([{ typeDefs: def.typeDefs, resolvers: def.resolvers as GraphQLResolverMap<TContext> }])),
    // Inline tracing is only useful to Apollo's hosted studio; it costs time on every request.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      entityLimitPlugin(intFromEnv("SUBGRAPH_MAX_REPRESENTATIONS", DEFAULT_MAX_REPRESENTATIONS)),
      // Cache hints: the gateway turns the strictest of its subgraphs' into the answer's Cache-Control
      // (gateway/src/http/cache-headers.ts). Facts change only when a curator writes; a field may say less.
      ApolloServerPluginCacheControl({ defaultMaxAge: SUBGRAPH_CACHE_MAX_AGE }),
      operationSpanPlugin(),
    ],
    formatError: maskInternalErrors(logger),
    // runSubgraph handles SIGINT/SIGTERM (drain, close the store, exit 0); Apollo's own
    // handler would race it and re-raise the signal.
    stopOnTerminationSignals: false,
  });
}

/** What a subgraph knows about the request it serves, for its context. */
export interface RequestInfo {
  /** The caller the gateway vouches for (signed with the subgraph secret); undefined for anonymous reads. */
  caller?: Caller;
  requestId?: string;
}

export interface ListenOptions<TContext> {
  port: number;
  /** Default 127.0.0.1: a subgraph is reached through the gateway, not from the network. */
  host?: string;
  context: (request: RequestInfo) => Promise<TContext>;
  /** The secret the gateway sends; default SUBGRAPH_SECRET. See secret.ts for the policy without one. */
  secret?: string;
  /** What /readyz checks besides the server itself, e.g. a database ping. */
  ready?: () => Promise<unknown>;
  /** The name used in logs. */
  name?: string;
  /** Production policy (a secret is required); default NODE_ENV === "production". */
  production?: boolean;
  /** Largest request body in bytes; default SUBGRAPH_MAX_BODY_BYTES or 4 MiB (entity batches, and a curator's article: the gateway lets 2 MiB through). */
  maxBodyBytes?: number;
  /** The live maxima of the subgraph's unpaged lists (list-sizes.ts), served at /list-sizes to the gateway. */
  listSizes?: () => Promise<Record<string, number>>;
  /** /metrics (metrics.ts): exposure (METRICS, METRICS_TOKEN; the subgraph secret also opens it) and the store it reports on (see storeOf). */
  metrics?: MetricsOptions & { statements?: StatementSource; poolSize?: number };
  /** Where its writes are counted for the gateways' response cache (cache-versions.ts); default REDIS_URL and RESPONSE_CACHE_PREFIX. */
  responseCache?: { redisUrl?: string; prefix?: string };
}

export interface ListeningSubgraph {
  url: string;
  httpServer: http.Server;
  /** Stops accepting requests, lets in-flight ones finish (up to 10 s), then closes. */
  stop: () => Promise<void>;
}

/** Refuses requests that do not carry the gateway's secret: 401 without one, 403 with a wrong one. */
export function requireSubgraphSecret(secret: string, logger: Logger): RequestHandler {
  return (req, res, next) => {
    const presented = req.headers[SUBGRAPH_SECRET_HEADER];
    if (typeof presented !== "string" || presented === "") {
      logger.warn({ requestId: requestIdOfResponse(res), remote: req.socket.remoteAddress }, "request without the subgraph secret refused");
      sendGraphQLError(res, 401, "UNAUTHENTICATED", "This subgraph answers only the gateway", { "www-authenticate": `Secret realm="subgraph", header="${SUBGRAPH_SECRET_HEADER}"` });
      return;
    }
    if (!secretMatches(secret, presented)) {
      logger.warn({ requestId: requestIdOfResponse(res), remote: req.socket.remoteAddress }, "request with a wrong subgraph secret refused");
      sendGraphQLError(res, 403, "FORBIDDEN", "This subgraph answers only the gateway");
      return;
    }
    next();
  };
}

/**
 * Serves a subgraph over HTTP: GraphQL at /graphql (only for the gateway, see secret.ts),
 * /healthz and /readyz for probes, JSON logs with the gateway's request id.
 * Starts the Apollo server; pass one that has not been started.
 */
export async function listenSubgraph<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: ListenOptions<TContext>,
): Promise<ListeningSubgraph> {
  const host = options.host ?? "127.0.0.1";
  const production = options.production ?? process.env.NODE_ENV === "production";
  const secret = resolveSubgraphSecret(options.secret, { production, host });
  const logger = createLogger(options.name ?? "subgraph");
  if (!secret) logger.warn("SUBGRAPH_SECRET is not set: answering requests without the gateway's secret (development only, loopback only)");
  const maxBodyBytes = options.maxBodyBytes ?? intFromEnv("SUBGRAPH_MAX_BODY_BYTES", 4 * 1024 * 1024);

  const app = express();
  app.disable("x-powered-by");
  const httpServer = hardenHttpServer(http.createServer(app));
  server.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }));
  const metricsAccess = metricsPolicy(options.metrics);
  const metrics = metricsAccess.enabled ? subgraphMetrics(options.name ?? "subgraph", options.metrics) : undefined;
  if (metrics) server.addPlugin(metrics.plugin);
  const invalidator = new WriteInvalidator(options.name ?? "subgraph", logger, {
    redisUrl: options.responseCache ? options.responseCache.redisUrl : process.env.REDIS_URL || undefined,
    prefix: options.responseCache?.prefix ?? cachePrefixFromEnv(),
  });
  server.addPlugin(countWrites(invalidator));
  await server.start();
  await invalidator.start();

  let draining = false;
  app.use(requestTracking(logger));
  app.use(
    healthRoutes(async () => ({
      server: draining ? "draining" : "ready",
      ...(options.ready ? { database: await probe("database", options.ready) } : {}),
    })),
  );
  if (metrics) app.use(metricsRoute(metrics.registry, { token: metricsAccess.token, secret }));
  const { listSizes } = options;
  if (listSizes) {
    app.get(LIST_SIZES_PATH, ...(secret ? [requireSubgraphSecret(secret, logger)] : []), (_req, res, next) => {
      listSizes().then((sizes) => res.json({ sizes }), next);
    });
  }
  app.use(
    "/graphql",
    ...(secret ? [requireSubgraphSecret(secret, logger)] : []),
    express.json({ limit: maxBodyBytes }),
    bindRequestContext,
    traceRequests, // continues the gateway's trace (traceparent) when tracing is on
    abandonWhenGone,
    expressMiddleware(server, {
      context: ({ req, res }) => options.context({ caller: verifyCaller(req.headers[CALLER_HEADER], secret), requestId: requestIdOfResponse(res) }),
    }),
  );
  app.use(notFound);
  app.use(jsonErrors(logger));

  const port = await listenOn(httpServer, options.port, host);
  return {
    url: graphqlUrl(host, port),
    httpServer,
    stop: async () => {
      draining = true;
      await server.stop();
      metrics?.close();
      await invalidator.close();
    },
  };
}

/**
 * After a mutation, before its answer is sent: the write is counted for the gateways' response
 * cache, so no gateway serves an answer older than it once it is acknowledged. A refused
 * mutation is counted too (one needless cache miss, never a stale answer).
 */
function countWrites(invalidator: WriteInvalidator): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === "mutation") await invalidator.written();
        },
      };
    },
  };
}

/** Reads a port from the environment, with a default; a bad value stops the process with a clear message. */
export function portFromEnv(variable: string, fallback: number): number {
  const raw = process.env[variable];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${variable} must be a port number (0-65535), got ${JSON.stringify(raw)}`);
  }
  return port;
}
