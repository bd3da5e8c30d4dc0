/**
 * HTTP plumbing shared by the gateway and every subgraph: request ids, access logs,
 * errors as GraphQL-shaped JSON, /healthz and /readyz, server timeouts.
 */
import { randomUUID } from "node:crypto";
import type http from "node:http";
import { currentScope, enterScope } from "@atlas/db/src/scope";
import express, { type ErrorRequestHandler, type RequestHandler, type Response, type Router } from "express";
import type { Logger } from "./logger";

export const REQUEST_ID_HEADER = "x-request-id";

/** What a client may send as its own request id: UUIDs, ULIDs, trace ids; no spaces, no control characters. */
const WELL_FORMED_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The client's request id when it is well formed, otherwise a new one. */
export function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === "string" && WELL_FORMED_REQUEST_ID.test(header) ? header : randomUUID();
}

/** The id of the request being served, where one is (for logs written far from the request, e.g. formatError). */
export function currentRequestId(): string | undefined {
  return currentScope()?.requestId;
}

/** The request id the tracking middleware gave this response. */
export function requestIdOfResponse(res: Response): string {
  return (res.locals as { requestId?: string }).requestId ?? "";
}

const QUIET_PATHS = new Set(["/healthz", "/readyz", "/metrics"]);

/**
 * Gives every request an id (the client's x-request-id when well formed), returns it in
 * the response header and writes one JSON log line when the response is done. Probes
 * are logged at debug level so they do not drown the log.
 */
export function requestTracking(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
    const started = process.hrtime.bigint();
    res.locals.requestId = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const path = req.path;
    const quiet = QUIET_PATHS.has(path);
    logger.debug({ requestId, method: req.method, path }, "request received");
    res.once("close", () => {
      const entry = {
        requestId,
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      if (quiet) logger.debug(entry, "request completed");
      else logger.info(entry, "request completed");
    });
    enterScope({ requestId }, next);
  };
}

/**
 * Re-enters the request's async context. Body parsing resumes on stream events that do
 * not carry it, so the GraphQL route calls this after express.json().
 */
export const bindRequestContext: RequestHandler = (_req, res, next) => {
  enterScope({ requestId: requestIdOfResponse(res) }, next);
};

/** A client error in the GraphQL response shape, for answers given before GraphQL runs. */
export function sendGraphQLError(res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  res.status(status);
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.type("application/json").send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
}

const CODE_BY_STATUS: Record<number, [string, string]> = {
  400: ["BAD_REQUEST", "Malformed request body"],
  413: ["PAYLOAD_TOO_LARGE", "Request body too large"],
  415: ["UNSUPPORTED_MEDIA_TYPE", "Unsupported request body encoding"],
};

/**
 * The last error handler: body-parser's errors (413, malformed JSON) and anything else
 * become GraphQL-shaped JSON with a stable code, never Express's HTML page with a stack.
 */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    const e = (err ?? {}) as HttpError;
    const raw = e.status ?? e.statusCode ?? 500;
    const status = raw >= 400 && raw < 500 ? raw : 500;
    const requestId = requestIdOfResponse(res);
    if (status === 500) logger.error({ err, requestId }, "request failed");
    else logger.info({ requestId, status, reason: e.type }, "request refused");
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const [code, message] = CODE_BY_STATUS[status] ?? (status === 500 ? ["INTERNAL_SERVER_ERROR", "Internal server error"] : ["BAD_REQUEST", "Bad request"]);
    sendGraphQLError(res, status, code, message);
  };
}

/**
 * Refuses a request whose declared Content-Length exceeds the limit that applies to it
 * (`limitOf`, e.g. chosen by the caller's role) with 413 PAYLOAD_TOO_LARGE at once,
 * before a byte of the body is read. body-parser checks the same header but then reads
 * (and discards) the whole body before answering. The answer says `Connection: close`:
 * the server will not read the body to keep the connection.
 */
export function refuseDeclaredOversize(limitOf: (req: express.Request, res: Response) => number): RequestHandler {
  return (req, res, next) => {
    const declared = req.headers["content-length"];
    // Node's parser has already refused a malformed or repeated Content-Length (400).
    const length = declared === undefined ? NaN : Number(declared);
    const limit = limitOf(req, res);
    if (!(length > limit)) {
      next();
      return;
    }
    res.setHeader("Connection", "close");
    sendGraphQLError(res, 413, "PAYLOAD_TOO_LARGE", `Request body too large: ${length} bytes declared, the limit is ${limit}`);
  };
}

/** Unknown paths: a JSON 404 rather than Express's HTML page. */
export const notFound: RequestHandler = (_req, res) => sendGraphQLError(res, 404, "NOT_FOUND", "Not found");

/** Named checks for /readyz: each resolves with a state ("ready") or throws/returns another state. */
export type ReadinessCheck = () => Promise<Record<string, string>>;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * /healthz: the process is alive and its event loop turns (always 200).
 * /readyz: the process can serve: 200 when every check says "ready", 503 otherwise,
 * with the state of each check (names and states only, never addresses).
 */
export function healthRoutes(readiness: ReadinessCheck, timeoutMs = 3000): Router {
  const router = express.Router();
  router.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/readyz", (_req, res) => {
    withTimeout(readiness(), timeoutMs, "readiness check")
      .then((checks) => {
        const ready = Object.values(checks).every((s) => s === "ready");
        res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable", checks });
      })
      .catch((e: unknown) => {
        res.status(503).json({ status: "unavailable", checks: { self: (e as Error).message } });
      });
  });
  return router;
}

/** Runs a check and reports "ready" or why not, within a time limit. */
export async function probe(what: string, check: () => Promise<unknown>, timeoutMs = 2000): Promise<string> {
  try {
    await withTimeout(check(), timeoutMs, what);
    return "ready";
  } catch (e) {
    return /did not answer within/.test((e as Error).message) ? "timeout" : "unreachable";
  }
}

/** How long an idle kept-alive connection stays open (and the `Keep-Alive: timeout=65` the server sends). */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/**
 * Bounds how long a client may take to send a request (slow-loris): headers within
 * 10 s, the whole request within 30 s. Node's defaults are 60 s and 300 s.
 * Keeps idle connections 65 s, not Node's 5 s: a client or load balancer must let go of
 * an idle connection before the server does, or it may send a request on a socket the
 * server is closing and see it reset (ECONNRESET). Load balancers idle out at 60 s (AWS
 * ALB, nginx's upstream keepalive_timeout), browsers sooner, the gateway's pool at 30 s.
 */
export function hardenHttpServer(server: http.Server): http.Server {
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  return server;
}

/** Listens and resolves with the bound port. */
export function listenOn(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error): void => reject(e);
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      const addr = server.address();
      resolve(typeof addr === "object" && addr ? addr.port : port);
    });
  });
}

/** http://host:port/graphql, with IPv6 hosts in brackets. */
export function graphqlUrl(host: string, port: number): string {
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}/graphql`;
}
