import { readFileSync } from "node:fs";
import http from "node:http";
import { join } from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloGateway } from "@apollo/gateway";
import { expressMiddleware } from "@as-integrations/express5";
import { createDb, type Database } from "@atlas/db";
import { createLogger, hasRole, MAX_PAGE_SIZE, readRegistry, subgraphUrl } from "@atlas/runtime";
import {
  bindRequestContext,
  graphqlUrl,
  hardenHttpServer,
  healthRoutes,
  jsonErrors,
  listenOn,
  notFound,
  refuseDeclaredOversize,
  requestIdOfResponse,
  requestTracking,
} from "@atlas/runtime/src/http";
import { metricsPolicy, metricsRoute, type MetricsOptions } from "@atlas/runtime/src/metrics";
import { resolveSubgraphSecret } from "@atlas/runtime/src/secret";
import express from "express";
import { fetch as undiciFetch } from "undici";
import { frontTicketOf } from "./cache/front";
import { createResponseCache, responseCacheConfigFromEnv, type ResponseCacheOptions } from "./cache/response-cache";
import { supergraphPath } from "./compose";
import { gatewayConfigFromEnv, type QueryLimits } from "./config";
import { SubgraphDataSource, subgraphAgent, type BreakerOptions, type GatewayContext } from "./data-source";
import { demandControlPlugin } from "./demand";
import { LiveListSizes } from "./list-sizes";
import { explorerDir, explorerRouter } from "./explorer";
import { exportRouter } from "./export/router";
import { graphiqlAssets, graphiqlLandingPage } from "./graphiql";
import { cacheHeadersPlugins, graphqlCacheDefaults, type CacheOptions } from "./http/cache-headers";
import { compressAnswers } from "./http/compression";
import { corsMiddleware, defaultCorsOrigins, type CorsOrigins } from "./http/cors";
import { requireJsonPost } from "./http/csrf";
import { loadPersistedOperations, PersistedQueryStore, persistedOnlyPlugin, type PersistedMode } from "./http/persisted";
import { ApiKeys, authenticateRequests, callerOfResponse } from "./keys";
import { formatClientError, operationSelectionPlugin, queryLimitRules, variableLimitsPlugin } from "./limits";
import { gatewayMetrics } from "./metrics";
import { createRateLimiter, type RateLimitOptions } from "./rate-limit";
import { gatewayTracingPlugin } from "./tracing";
import { traceRequests } from "@atlas/runtime/src/tracing";

export interface GatewayOptions {
  /** The supergraph to serve; default: the committed gateway/src/supergraph.graphql. */
  supergraphSdl?: string;
  /** Subgraph URLs by name; default: <NAME>_URL, else the registered port on 127.0.0.1. */
  subgraphUrls?: Record<string, string>;
  /**
   * Production behaviour: no introspection, no field suggestions, no GraphiQL, no stack
   * traces or URLs in errors, a subgraph secret required. Default: NODE_ENV === "production".
   */
  production?: boolean;
  /** Query limits; each defaults to its GATEWAY_MAX_* variable, then to DEFAULT_LIMITS. */
  limits?: Partial<QueryLimits>;
  /** Sent to every subgraph; default SUBGRAPH_SECRET. */
  subgraphSecret?: string;
  /** Time every subgraph has to answer; default SUBGRAPH_TIMEOUT_MS (5000). <NAME>_TIMEOUT_MS still wins for one subgraph. */
  subgraphTimeoutMs?: number;
  /** Time a whole request has; default GATEWAY_REQUEST_TIMEOUT_MS (10000). */
  requestTimeoutMs?: number;
  /** When a failing subgraph is failed fast; default the SUBGRAPH_BREAKER_* variables. */
  breaker?: Partial<BreakerOptions>;
  /** Connections per subgraph; default SUBGRAPH_MAX_SOCKETS (32). */
  maxSocketsPerSubgraph?: number;
  /** Largest request body in bytes; default GATEWAY_MAX_BODY_BYTES (100 KiB). */
  maxBodyBytes?: number;
  /** Refuse requests without an API key (401 UNAUTHENTICATED); default REQUIRE_API_KEY (false). */
  requireApiKey?: boolean;
  /**
   * The store holding the API keys (table api_key). Default: createDb() on DATABASE_URL,
   * opened at the first request that carries a key and closed by stop().
   */
  db?: Database;
  /** Per-client rate limits on /graphql and /export; each defaults to its variable (RATE_LIMIT, REDIS_URL…, see rate-limit.ts). */
  rateLimit?: Partial<RateLimitOptions>;
  /** Origins whose pages may read the API; default CORS_ORIGINS (unset: any in development, none in production). */
  corsOrigins?: CorsOrigins;
  /** Cache-Control of GET answers; default GATEWAY_CACHE_MAX_AGE, GATEWAY_CACHE_SUBGRAPH_HINTS. */
  cache?: Partial<CacheOptions>;
  /** Listed operations: default PERSISTED_OPERATIONS (allow) and PERSISTED_OPERATIONS_MANIFEST, else the explorer's build. */
  persistedOperations?: { mode?: PersistedMode; manifestPath?: string };
  /** /metrics: default METRICS (on) and METRICS_TOKEN; in production served only with a token (gateway/src/metrics.ts). */
  metrics?: MetricsOptions;
  /** The response cache (cache/response-cache.ts): default GATEWAY_RESPONSE_CACHE (on), REDIS_URL, RESPONSE_CACHE_PREFIX, RESPONSE_CACHE_MEMORY_MB. */
  responseCache?: Partial<ResponseCacheOptions>;
}

export interface Gateway {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<GatewayContext>;
  /** Listens; resolves with the GraphQL endpoint URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Reports not ready, stops accepting requests, lets in-flight ones finish (up to 10 s), closes the subgraph pool and the key store it opened. */
  stop(): Promise<void>;
}

/** Builds the gateway. No side effects: nothing listens until `listen`. */
export async function createGateway(options: GatewayOptions = {}): Promise<Gateway> {
  const logger = createLogger("gateway");
  const registry = readRegistry();
  const config = gatewayConfigFromEnv(registry.map((s) => s.name));
  const production = options.production ?? config.production;
  const limits: QueryLimits = { ...config.limits, ...options.limits };
  const secret = resolveSubgraphSecret(options.subgraphSecret ?? config.subgraphSecret, { production });
  const requireApiKey = options.requireApiKey ?? config.requireApiKey;
  // Opened on first use: a gateway that only ever serves anonymous reads never touches the store.
  let ownDb: Database | undefined;
  let keys: ApiKeys | undefined;
  const keyStore = (): ApiKeys => (keys ??= new ApiKeys(options.db ?? (ownDb = createDb(undefined, { poolSize: 4 }))));
  const requestTimeoutMs = options.requestTimeoutMs ?? config.requestTimeoutMs;
  const breaker: BreakerOptions = { ...config.breaker, ...options.breaker };
  const timeoutOf = (name: string): number => config.subgraphTimeouts[name] ?? options.subgraphTimeoutMs ?? config.subgraphTimeoutMs;
  const persistedMode = options.persistedOperations?.mode ?? config.persistedOperations.mode;
  const explorerBuild = explorerDir();
  const listed = loadPersistedOperations(
    persistedMode,
    options.persistedOperations?.manifestPath ?? config.persistedOperations.manifestPath,
    explorerBuild && join(explorerBuild, "persisted-operations.json"),
  );

  const metrics = gatewayMetrics({ operationNames: [...listed.values()].map((o) => o.name) });
  const metricsAccess = metricsPolicy(options.metrics);
  // Production without a token: not served at all, rather than served to anyone who finds it.
  const serveMetrics = metricsAccess.enabled && (metricsAccess.token !== undefined || !production);
  if (metricsAccess.enabled && !serveMetrics) logger.warn("METRICS_TOKEN is not set: /metrics is not served in production");

  const supergraphSdl = options.supergraphSdl ?? readFileSync(supergraphPath, "utf8");
  const urls = Object.fromEntries(registry.map((s) => [s.name, subgraphUrl(s)]));
  Object.assign(urls, options.subgraphUrls);

  const agent = subgraphAgent({
    maxSocketsPerSubgraph: options.maxSocketsPerSubgraph ?? config.maxSocketsPerSubgraph,
    maxTimeoutMs: Math.max(...Object.keys(urls).map(timeoutOf)),
  });
  // The data's real shape for demand control: each subgraph's longest unpaged lists, refreshed every minute.
  const listSizes = new LiveListSizes(urls, { dispatcher: agent, secret, refreshMs: 60_000, logger });
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      metrics.instrument(new SubgraphDataSource(name, urls[name] ?? url ?? "", { timeoutMs: timeoutOf(name), dispatcher: agent, secret, logger, breaker })),
    logger,
  });

  // Answers kept until a write to a subgraph they depend on (docs/caching.md); shared through Redis when REDIS_URL is set.
  const responseCache = await createResponseCache(supergraphSdl, { ...responseCacheConfigFromEnv(), ...options.responseCache }, logger, metrics);

  const app = express();
  app.disable("x-powered-by");
  const httpServer = hardenHttpServer(http.createServer(app));
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    nodeEnv: production ? "production" : undefined,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: production ? false : undefined,
    // Off: no ambient credentials to forge (http/csrf.ts); it refused clients' plain GETs. Batching: Apollo's default, stated.
    csrfPrevention: false,
    allowBatchedHttpRequests: false,
    persistedQueries: { cache: new PersistedQueryStore(listed) },
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: queryLimitRules(limits),
    formatError: formatClientError({ production, logger }),
    // index.ts handles SIGINT/SIGTERM (drain, then exit 0).
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      operationSelectionPlugin(),
      metrics.plugin,
      gatewayTracingPlugin(),
      variableLimitsPlugin(limits, config.maxWriteStringLength),
      // Every subgraph pages with @atlas/runtime pageSizeArg: a page outside 1..MAX_PAGE_SIZE is refused before planning.
      demandControlPlugin(supergraphSdl, { ...limits, maxPageSize: MAX_PAGE_SIZE, live: (field) => listSizes.get(field) }),
      production ? ApolloServerPluginLandingPageDisabled() : graphiqlLandingPage(),
      ...cacheHeadersPlugins({ ...config.cache, ...options.cache }),
      ...(persistedMode === "only" ? [persistedOnlyPlugin(listed)] : []),
      ...responseCache.plugins,
    ],
  });
  await apollo.start();
  await listSizes.start();

  let draining = false;
  const readiness = async (): Promise<Record<string, string>> => {
    // The supergraph is loaded once apollo.start() resolved; what remains is whether each subgraph (and its store) answers.
    const states = await Promise.all(
      Object.entries(urls).map(async ([name, url]): Promise<[string, string]> => {
        try {
          const res = await undiciFetch(new URL("readyz", url), { dispatcher: agent, signal: AbortSignal.timeout(Math.min(timeoutOf(name), 2000)) });
          await res.arrayBuffer();
          return [name, res.ok ? "ready" : `HTTP ${res.status}`];
        } catch (e) {
          return [name, (e as Error).name === "TimeoutError" ? "timeout" : "unreachable"];
        }
      }),
    );
    return { gateway: draining ? "draining" : "ready", ...Object.fromEntries(states) };
  };

  app.use(requestTracking(logger));
  app.use(healthRoutes(readiness));
  if (serveMetrics) app.use(metricsRoute(metrics.registry, { token: metricsAccess.token }));
  app.use(["/graphql", "/export"], metrics.countResponses); // before CORS, keys and the rate limiter: their refusals count
  app.use(compressAnswers()); // answers of 1 KiB and more, gzip or brotli
  // Before authentication: a preflight carries no key, and a 401 or 429 must be readable by the page.
  app.use(["/graphql", "/export"], corsMiddleware(options.corsOrigins ?? config.corsOrigins ?? defaultCorsOrigins(production)));
  if (!production) app.use(graphiqlAssets());
  // Before the body is read and before Apollo: a request with a bad key costs one indexed lookup.
  const rateLimiter = await createRateLimiter(options.rateLimit, logger);
  // An address sending bad keys is refused before its next lookup; a refused key counts against it.
  app.use(["/graphql", "/export"], rateLimiter.authFailureGuard);
  app.use(["/graphql", "/export"], authenticateRequests(keyStore, { required: requireApiKey, logger, onRefused: rateLimiter.recordAuthFailure }));
  app.use(["/graphql", "/export"], rateLimiter.middleware); // after authentication: a key has its own budget
  app.use(exportRouter(apollo, { requestTimeoutMs })); // GET /export/<dataset>.csv|json (docs/bi.md)
  app.use(explorerRouter(undefined, { production })); // the web explorer at / (web/); no source maps in production
  // A curator's body may hold an article's text; everyone else's is a query.
  const maxBodyBytes = options.maxBodyBytes ?? config.maxBodyBytes;
  const bodyLimitOf = (res: express.Response): number => (hasRole(callerOfResponse(res), "curator") ? config.maxWriteBodyBytes : maxBodyBytes);
  const readBody = express.json({ limit: maxBodyBytes });
  const readWriteBody = express.json({ limit: config.maxWriteBodyBytes });
  app.use(
    "/graphql",
    requireJsonPost,
    graphqlCacheDefaults,
    // A declared Content-Length over the caller's limit: 413 before the body is read.
    refuseDeclaredOversize((_req, res) => bodyLimitOf(res)),
    (req, res, next) => (hasRole(callerOfResponse(res), "curator") ? readWriteBody : readBody)(req, res, next),
    bindRequestContext,
    traceRequests, // the request's span, when tracing is on: every span of the request is below it
    ...(responseCache.front ? [responseCache.front.middleware] : []), // stored answers sent as they were, before Apollo parses anything
    expressMiddleware(apollo, {
      context: async ({ res }) => ({ requestId: requestIdOfResponse(res), caller: callerOfResponse(res), deadline: Date.now() + requestTimeoutMs, cacheTicket: frontTicketOf(res) }),
    }),
  );
  app.use(notFound);
  app.use(jsonErrors(logger));

  return {
    app,
    httpServer,
    apollo,
    listen: async (port, host = "127.0.0.1") => graphqlUrl(host, await listenOn(httpServer, port, host)),
    stop: async () => {
      draining = true;
      await apollo.stop();
      listSizes.stop();
      await agent.close();
      await ownDb?.close();
      await rateLimiter.close();
      await responseCache.close();
    },
  };
}
