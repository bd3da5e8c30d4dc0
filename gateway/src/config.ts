/**
 * The gateway's limits and timeouts: built-in defaults, each replaceable by an
 * environment variable, each replaceable by a createGateway option (tests).
 * RELIABILITY.md lists them with the threat each one answers.
 */
import { envName } from "@atlas/runtime";
import { intFromEnv } from "@atlas/runtime/src/env";
import { DEFAULT_BREAKER, type BreakerOptions } from "./data-source";
import { cacheMaxAgeFromEnv, DEFAULT_CACHE, type CacheOptions } from "./http/cache-headers";
import { corsOriginsFromEnv, type CorsOrigins } from "./http/cors";
import { persistedModeFromEnv, type PersistedMode } from "./http/persisted";

export interface QueryLimits {
  /** Deepest field nesting (fragments do not add depth). GATEWAY_MAX_DEPTH. */
  maxDepth: number;
  /** Aliases per operation (`__typename` aliases are free). GATEWAY_MAX_ALIASES. */
  maxAliases: number;
  /** Directives per operation. GATEWAY_MAX_DIRECTIVES. */
  maxDirectives: number;
  /** Lexical tokens per document; parsing stops there. GATEWAY_MAX_TOKENS. */
  maxTokens: number;
  /**
   * Demand control (demand.ts): the largest estimated cost, about the most values an answer
   * may hold, with variables applied and every list at its size (first, else @listSize). GATEWAY_MAX_COST.
   */
  maxCost: number;
  /** The size assumed for a list the subgraphs declare no @listSize for. GATEWAY_DEFAULT_LIST_SIZE. */
  defaultListSize: number;
  /** Longest string in the document or the variables. GATEWAY_MAX_STRING_LENGTH. */
  maxStringLength: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  // The deepest query the project itself sends (the bilateral profile) has depth 5, cost 244, 145 tokens.
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 1000,
  // About the most values one answer may hold. The deep bilateral profile of the scale set's
  // largest pair (CN–RU: 809 agreements, 1,705 indicators, 682 people) is estimated at 271,908
  // with its live list sizes; on the corpus the profile is 6,962 (the explorer's 8,078).
  maxCost: 300_000,
  defaultListSize: 10,
  maxStringLength: 1000,
};

export interface GatewayConfig {
  production: boolean;
  limits: QueryLimits;
  /** Largest request body in bytes. GATEWAY_MAX_BODY_BYTES (100 KiB). */
  maxBodyBytes: number;
  /**
   * For callers with the curator role: an article's text and an import's parts are larger
   * than any query. GATEWAY_MAX_WRITE_BODY_BYTES (2 MiB) and GATEWAY_MAX_WRITE_STRING_LENGTH
   * (1,000,000 characters, the sources subgraph's limit for a text) replace the two limits.
   */
  maxWriteBodyBytes: number;
  maxWriteStringLength: number;
  /**
   * Time a whole request has, in ms: no subgraph call outlives it, and each subgraph is told
   * the time left so it stops its work too. GATEWAY_REQUEST_TIMEOUT_MS (10000).
   */
  requestTimeoutMs: number;
  /** When a failing subgraph is failed fast (data-source.ts). SUBGRAPH_BREAKER_* variables. */
  breaker: BreakerOptions;
  /** Time a subgraph has to answer, in ms. SUBGRAPH_TIMEOUT_MS (5000); one subgraph: <NAME>_TIMEOUT_MS. */
  subgraphTimeoutMs: number;
  /** Only the subgraphs whose <NAME>_TIMEOUT_MS is set. */
  subgraphTimeouts: Record<string, number>;
  /** Open connections per subgraph (keep-alive pool). SUBGRAPH_MAX_SOCKETS (32). */
  maxSocketsPerSubgraph: number;
  /** Sent to every subgraph. SUBGRAPH_SECRET; required in production. */
  subgraphSecret: string | undefined;
  /** Refuse requests without an API key (401). REQUIRE_API_KEY=true; default false: anonymous reads are allowed. */
  requireApiKey: boolean;
  /** Origins whose pages may read /graphql and /export (http/cors.ts). CORS_ORIGINS: `*` or a comma-separated list; unset (undefined): `*` in development, none in production. */
  corsOrigins: CorsOrigins | undefined;
  /** Cache-Control of GET answers (http/cache-headers.ts). GATEWAY_CACHE_MAX_AGE (60 s), GATEWAY_CACHE_SUBGRAPH_HINTS (true). */
  cache: CacheOptions;
  /** PERSISTED_OPERATIONS (allow | only, http/persisted.ts) and its list, PERSISTED_OPERATIONS_MANIFEST (default: the explorer's build, web/dist/persisted-operations.json). */
  persistedOperations: { mode: PersistedMode; manifestPath: string | undefined };
}

const LIMIT_ENV: Record<keyof QueryLimits, string> = {
  maxDepth: "GATEWAY_MAX_DEPTH",
  maxAliases: "GATEWAY_MAX_ALIASES",
  maxDirectives: "GATEWAY_MAX_DIRECTIVES",
  maxTokens: "GATEWAY_MAX_TOKENS",
  maxCost: "GATEWAY_MAX_COST",
  defaultListSize: "GATEWAY_DEFAULT_LIST_SIZE",
  maxStringLength: "GATEWAY_MAX_STRING_LENGTH",
};

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_ENV) as (keyof QueryLimits)[]) limits[key] = intFromEnv(LIMIT_ENV[key], DEFAULT_LIMITS[key], env);
  return limits;
}

export function gatewayConfigFromEnv(subgraphNames: readonly string[], env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const subgraphTimeoutMs = intFromEnv("SUBGRAPH_TIMEOUT_MS", 5000, env);
  return {
    production: env.NODE_ENV === "production",
    limits: limitsFromEnv(env),
    maxBodyBytes: intFromEnv("GATEWAY_MAX_BODY_BYTES", 100 * 1024, env),
    maxWriteBodyBytes: intFromEnv("GATEWAY_MAX_WRITE_BODY_BYTES", 2 * 1024 * 1024, env),
    maxWriteStringLength: intFromEnv("GATEWAY_MAX_WRITE_STRING_LENGTH", 1_000_000, env),
    requestTimeoutMs: intFromEnv("GATEWAY_REQUEST_TIMEOUT_MS", 10_000, env),
    breaker: {
      errorThresholdPercentage: Math.min(100, intFromEnv("SUBGRAPH_BREAKER_ERROR_PERCENT", DEFAULT_BREAKER.errorThresholdPercentage, env)),
      volumeThreshold: intFromEnv("SUBGRAPH_BREAKER_MIN_CALLS", DEFAULT_BREAKER.volumeThreshold, env),
      resetTimeoutMs: intFromEnv("SUBGRAPH_BREAKER_COOLDOWN_MS", DEFAULT_BREAKER.resetTimeoutMs, env),
      rollingWindowMs: intFromEnv("SUBGRAPH_BREAKER_WINDOW_MS", DEFAULT_BREAKER.rollingWindowMs, env),
    },
    subgraphTimeoutMs,
    subgraphTimeouts: Object.fromEntries(
      subgraphNames.filter((n) => env[`${envName(n)}_TIMEOUT_MS`]).map((n) => [n, intFromEnv(`${envName(n)}_TIMEOUT_MS`, subgraphTimeoutMs, env)]),
    ),
    maxSocketsPerSubgraph: intFromEnv("SUBGRAPH_MAX_SOCKETS", 32, env),
    subgraphSecret: env.SUBGRAPH_SECRET || undefined,
    requireApiKey: boolFromEnv("REQUIRE_API_KEY", false, env),
    corsOrigins: corsOriginsFromEnv(env.CORS_ORIGINS),
    cache: {
      maxAgeSeconds: cacheMaxAgeFromEnv(env.GATEWAY_CACHE_MAX_AGE),
      subgraphHints: boolFromEnv("GATEWAY_CACHE_SUBGRAPH_HINTS", DEFAULT_CACHE.subgraphHints, env),
    },
    persistedOperations: { mode: persistedModeFromEnv(env.PERSISTED_OPERATIONS), manifestPath: env.PERSISTED_OPERATIONS_MANIFEST || undefined },
  };
}

/** true/1 or false/0 (any case); unset or empty is the fallback; anything else stops the gateway rather than guess. */
export function boolFromEnv(variable: string, fallback: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  const raw = env[variable]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (raw === "true" || raw === "1") return true;
  if (raw === "false" || raw === "0") return false;
  throw new Error(`${variable} must be true or false, got ${JSON.stringify(env[variable])}`);
}
