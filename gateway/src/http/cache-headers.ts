/**
 * HTTP caching of GraphQL answers: a Cache-Control for every /graphql answer, so a browser,
 * an app's HTTP cache or a CDN can keep GET queries (persisted ones above all: a short, stable
 * URL) and never keeps anything else.
 *
 * - Cacheable: a GET query answered without errors. Anonymous: `public, max-age=N`; a reader's
 *   key: `private, max-age=N` (its own client may keep it, no shared cache may); a curator or
 *   admin: `no-store` (they see retracted facts and history, and edit what they read).
 * - Never: POST, mutations, errors, answers over 4xx/5xx: `no-store`.
 * - N: the subgraphs' cache hints (each subgraph runs Apollo's cache-control plugin with a
 *   60 s default, and `@cacheControl` or a resolver's hint may say less; @apollo/gateway turns
 *   them into the request's overall policy, the strictest of every subgraph answer's
 *   Cache-Control), capped by GATEWAY_CACHE_MAX_AGE. With GATEWAY_CACHE_SUBGRAPH_HINTS=true
 *   (the default) an answer without a hint (no subgraph asked, or one said `no-store`) is
 *   `no-store`; with false the gateway uses its own per-operation policy (queries:
 *   GATEWAY_CACHE_MAX_AGE) and a shorter subgraph hint still wins.
 *
 * Validators: Express gives every answer a weak ETag (W/"length-sha1" of the body) and answers
 * 304 Not Modified to a GET whose If-None-Match matches it (graphqlCacheDefaults). Weak, because
 * one ETag stands for the identity, gzip and brotli bodies alike. `Vary: Authorization` keeps a
 * browser from serving an anonymous answer to a request with a key (CORS adds `Origin`).
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import type { CacheHint } from "@apollo/cache-control-types";
import { hasRole, type Caller } from "@atlas/runtime";
import type { RequestHandler } from "express";
import type { GatewayContext } from "../data-source";

export interface CacheOptions {
  /** Longest max-age in seconds, and the default for queries when the subgraphs give no hint; 0: nothing is cacheable. GATEWAY_CACHE_MAX_AGE (60). */
  maxAgeSeconds: number;
  /** Only the subgraphs' hints make an answer cacheable (see above). GATEWAY_CACHE_SUBGRAPH_HINTS (true). */
  subgraphHints: boolean;
}

export const DEFAULT_CACHE: CacheOptions = { maxAgeSeconds: 60, subgraphHints: true };

export const NO_STORE = "no-store";

/** GATEWAY_CACHE_MAX_AGE: whole seconds, 0 turning HTTP caching off; unset: 60. */
export function cacheMaxAgeFromEnv(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return DEFAULT_CACHE.maxAgeSeconds;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`GATEWAY_CACHE_MAX_AGE must be a whole number of seconds (0: no caching), got ${JSON.stringify(raw)}`);
  return n;
}

export interface Answer {
  method: string | undefined;
  operation: "query" | "mutation" | "subscription" | undefined;
  status: number | undefined;
  hasErrors: boolean;
  caller: Caller | undefined;
  /** The subgraphs' combined hint when it is cacheable (maxAge > 0), else null. */
  subgraphPolicy: Required<CacheHint> | null;
}

/** The Cache-Control for one answer (the rules above). */
export function cacheControlFor(answer: Answer, options: CacheOptions): string {
  if (answer.method !== "GET" && answer.method !== "HEAD") return NO_STORE;
  if (answer.operation !== "query" || answer.hasErrors || (answer.status ?? 200) >= 400) return NO_STORE;
  if (answer.caller && hasRole(answer.caller, "curator")) return NO_STORE;
  const hint = answer.subgraphPolicy;
  if (options.subgraphHints && !hint) return NO_STORE;
  const maxAge = Math.min(options.maxAgeSeconds, hint?.maxAge ?? Infinity);
  if (!(maxAge > 0)) return NO_STORE;
  const scope = answer.caller || hint?.scope === "PRIVATE" ? "private" : "public";
  return `${scope}, max-age=${maxAge}`;
}

/**
 * Apollo plugins: its own cache-control plugin keeps computing the policy but no longer writes
 * the header (it knows nothing of callers, and would write `no-store` after us), and ours does.
 */
export function cacheHeadersPlugins(options: CacheOptions): ApolloServerPlugin<GatewayContext>[] {
  const ours: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, operation, contextValue, overallCachePolicy }) {
          const body = response.body;
          const header = cacheControlFor(
            {
              method: request.http?.method,
              operation: operation?.operation,
              status: response.http.status,
              hasErrors: body.kind !== "single" || (body.singleResult.errors?.length ?? 0) > 0,
              caller: contextValue.caller,
              subgraphPolicy: overallCachePolicy.policyIfCacheable(),
            },
            options,
          );
          response.http.headers.set("cache-control", header);
        },
      };
    },
  };
  return [ApolloServerPluginCacheControl({ calculateHttpHeaders: false }), ours];
}

/** If-None-Match against an ETag, weak comparison (RFC 9110 §13.1.2): W/"x" and "x" match. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string | undefined): boolean {
  if (!ifNoneMatch || !etag) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const opaque = (tag: string): string => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => opaque(tag) === opaque(etag));
}

/**
 * Before Apollo on /graphql: `no-store` unless the plugin says otherwise (answers Apollo gives
 * before any plugin runs, such as a malformed GET, stay uncached); `Vary: Authorization,
 * Accept-Encoding` (on the 304 too, which compression does not touch: a cache updates the
 * stored answer's headers from it); and If-None-Match honoured whatever the request's
 * Cache-Control. Express's req.fresh ignores If-None-Match beside `Cache-Control: no-cache`,
 * which fetch() adds to every request that sets If-None-Match itself, so an app keeping its own
 * ETags would never see a 304; an origin server evaluates the condition regardless (RFC 9110 §13.2).
 */
export const graphqlCacheDefaults: RequestHandler = (req, res, next) => {
  res.setHeader("Cache-Control", NO_STORE);
  res.vary("Authorization");
  res.vary("Accept-Encoding");
  Object.defineProperty(req, "fresh", {
    configurable: true,
    get: () => {
      const ok = (res.statusCode >= 200 && res.statusCode < 300) || res.statusCode === 304;
      const etag = res.getHeader("ETag");
      return (req.method === "GET" || req.method === "HEAD") && ok && etagMatches(req.headers["if-none-match"], typeof etag === "string" ? etag : undefined);
    },
  });
  next();
};
