/**
 * CORS for /graphql and /export: which other origins' pages may read the API (docs/clients.md).
 *
 * No answer depends on an ambient credential: there are no cookies, and an API key is a
 * bearer token the page itself puts in a header. So CORS protects no user here, only
 * deployments whose network position is their protection (an intranet gateway that a
 * visited page could otherwise read). Hence the defaults: any origin in development, no
 * other origin in production until CORS_ORIGINS names them (or says `*` for a public API).
 * Credentials mode is never allowed, so `*` never lets a page borrow a visitor's identity.
 */
import { sendGraphQLError } from "@atlas/runtime/src/http";
import cors from "cors";
import type { RequestHandler } from "express";

/** Every origin, or exactly these (scheme://host[:port], as a browser sends them in Origin). */
export type CorsOrigins = "*" | readonly string[];

/** What the common clients send: Apollo Client, urql, graphql-request, GraphiQL, fetch() with a key. */
export const ALLOWED_REQUEST_HEADERS = [
  "content-type",
  "accept",
  "authorization",
  "apollo-require-preflight",
  "x-apollo-operation-name",
  "apollographql-client-name",
  "apollographql-client-version",
  "graphql-client-name",
  "graphql-client-version",
  "x-request-id",
  "if-none-match",
];

/** What a page needs to read from an answer beyond the CORS-safelisted ones (Cache-Control, Content-Type…). */
export const EXPOSED_RESPONSE_HEADERS = [
  "x-request-id",
  "etag",
  "link",
  "export-truncated",
  "content-disposition",
  "retry-after",
  "ratelimit-limit",
  "ratelimit-remaining",
  "ratelimit-reset",
  "ratelimit-policy",
  "www-authenticate",
];

/** Chromium's cap for a cached preflight (Firefox allows a day); an allow-list change reaches browsers within it. */
export const PREFLIGHT_MAX_AGE_SECONDS = 7200;

/**
 * CORS_ORIGINS: `*`, or origins separated by commas; undefined when unset or empty (then
 * defaultCorsOrigins applies). A malformed entry stops the gateway rather than silently refusing.
 */
export function corsOriginsFromEnv(raw: string | undefined): CorsOrigins | undefined {
  const entries = (raw ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0) return undefined;
  if (entries.includes("*")) {
    if (entries.length > 1) throw new Error(`CORS_ORIGINS: "*" allows every origin and cannot be combined with others, got ${JSON.stringify(raw)}`);
    return "*";
  }
  return entries.map(normaliseOrigin);
}

/** Without CORS_ORIGINS: any origin in development, none in production (see the top of this file). */
export const defaultCorsOrigins = (production: boolean): CorsOrigins => (production ? [] : "*");

function normaliseOrigin(entry: string): string {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw new Error(`CORS_ORIGINS: ${JSON.stringify(entry)} is not an origin; write scheme://host[:port], e.g. https://app.example.org`);
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.pathname !== "/" || url.search || url.hash || url.username) {
    throw new Error(`CORS_ORIGINS: ${JSON.stringify(entry)} is not an origin; write scheme://host[:port] without a path, e.g. https://app.example.org`);
  }
  return url.origin; // lower-cased host, default port dropped: what browsers send
}

/**
 * The CORS middleware (the `cors` package): allowed origins get Access-Control-Allow-Origin,
 * preflights get 204 with the methods, the headers above and a max-age. A preflight from an
 * origin not allowed gets 403 CORS_ORIGIN_REFUSED saying so (the browser refuses either
 * way; the status tells a developer why). Other requests from such an origin are answered
 * without CORS headers: its page cannot read them.
 */
export function corsMiddleware(origins: CorsOrigins): RequestHandler {
  const allowed = origins === "*" ? () => true : (origin: string) => origins.includes(origin);
  const handler = cors({
    // A fixed "*" where any origin may read: one cached answer serves every origin (no Vary: Origin).
    origin: origins === "*" ? "*" : (origin, callback) => callback(null, origin !== undefined && allowed(origin)),
    methods: ["GET", "HEAD", "POST"],
    allowedHeaders: ALLOWED_REQUEST_HEADERS,
    exposedHeaders: EXPOSED_RESPONSE_HEADERS,
    credentials: false,
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    optionsSuccessStatus: 204,
  });
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (req.method === "OPTIONS" && origin !== undefined && !allowed(origin)) {
      res.vary("Origin");
      sendGraphQLError(res, 403, "CORS_ORIGIN_REFUSED", `Pages on ${origin} may not call this API: the origin is not in CORS_ORIGINS`);
      return;
    }
    handler(req, res, next);
  };
}
