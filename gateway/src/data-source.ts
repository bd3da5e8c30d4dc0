import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { CALLER_HEADER, signCaller, type Caller, type Logger } from "@atlas/runtime";
import { callTimeout, type CallTimeout } from "@atlas/runtime/src/call-timeout";
import { DEADLINE_HEADER } from "@atlas/runtime/src/deadline";
import { REQUEST_ID_HEADER } from "@atlas/runtime/src/http";
import { SUBGRAPH_SECRET_HEADER } from "@atlas/runtime/src/secret";
import { GraphQLError } from "graphql";
import CircuitBreaker from "opossum";
import { Agent, fetch as undiciFetch, type Dispatcher } from "undici";
import type { FrontTicket } from "./cache/front";
import { withDistinctRepresentations, type Answer } from "./representations";
import { traceSubgraphFetch } from "./tracing";

type FetchResponse = Parameters<RemoteGraphQLDataSource["didEncounterError"]>[2];
type Fetcher = RemoteGraphQLDataSource["fetcher"];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** What the gateway keeps per client request and hands to every subgraph call. */
export interface GatewayContext {
  requestId?: string;
  /** Who the API key names; undefined for anonymous requests. */
  caller?: Caller;
  /** When the whole request must be done (epoch ms, GATEWAY_REQUEST_TIMEOUT_MS after it arrived); no subgraph call outlives it. */
  deadline?: number;
  /** The response cache's front, when it takes part in this request: the plugin leaves here what may be kept as sent (cache/front.ts). */
  cacheTicket?: FrontTicket;
}

/**
 * When a subgraph is failed fast: opossum's rolling window of calls. Only the subgraph's
 * own failures count (timeouts, refused or reset connections), not a request's deadline.
 */
export interface BreakerOptions {
  /** Share of failed calls in the window that opens the breaker. SUBGRAPH_BREAKER_ERROR_PERCENT (50). */
  errorThresholdPercentage: number;
  /** Calls in the window before it may open. SUBGRAPH_BREAKER_MIN_CALLS (5). */
  volumeThreshold: number;
  /** Time open before one probe call is let through (half-open). SUBGRAPH_BREAKER_COOLDOWN_MS (5000). */
  resetTimeoutMs: number;
  /** The rolling window. SUBGRAPH_BREAKER_WINDOW_MS (10000). */
  rollingWindowMs: number;
}

export const DEFAULT_BREAKER: BreakerOptions = { errorThresholdPercentage: 50, volumeThreshold: 5, resetTimeoutMs: 5000, rollingWindowMs: 10_000 };

export interface SubgraphDataSourceOptions {
  /** Time the subgraph has to answer (connect, headers and body), in ms. */
  timeoutMs: number;
  /** The connection pool (see subgraphAgent). */
  dispatcher: Dispatcher;
  /** Sent in the x-subgraph-secret header when set, and signs the caller (x-atlas-caller). */
  secret?: string;
  logger?: Logger;
  /** Default DEFAULT_BREAKER. */
  breaker?: BreakerOptions;
}

/**
 * One connection pool for every subgraph call. @apollo/gateway's default fetcher
 * (make-fetch-happen) opens unbounded sockets and has no timeout; undici's Agent keeps
 * connections alive and caps them per subgraph origin (`connections`), so a slow
 * subgraph queues the gateway's calls instead of opening a socket per request.
 */
export function subgraphAgent(options: { maxSocketsPerSubgraph: number; maxTimeoutMs: number }): Agent {
  return new Agent({
    connections: options.maxSocketsPerSubgraph,
    // Our subgraphs keep an idle socket 65 s (hardenHttpServer) and say so; the gateway lets go of it after
    // 30 s at most, so a socket it reuses is never one the subgraph is closing, even when a busy event loop
    // runs its timers late (undici's own margin under the figure a server sends is 1 s). A server that sends
    // none may be Node's default (5 s): 4 s then.
    keepAliveTimeout: 4_000,
    keepAliveMaxTimeout: 30_000,
    connectTimeout: Math.min(options.maxTimeoutMs, 10_000),
    // Backstops; the per-call AbortSignal below is the timeout that counts.
    headersTimeout: options.maxTimeoutMs,
    bodyTimeout: options.maxTimeoutMs,
  });
}

/** Each answer's timeout (@atlas/runtime call-timeout.ts), until parseBody has read its body. */
const callTimeouts = new WeakMap<object, CallTimeout>();

const UNDICI_TIMEOUTS = new Set(["UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);

type Cause = { name?: string; code?: string; cause?: unknown };

function someCause(error: unknown, test: (e: Cause) => boolean): boolean {
  for (let e = error as Cause | undefined, i = 0; e && i < 8; e = e.cause as Cause | undefined, i++) if (test(e)) return true;
  return false;
}

function isTimeout(error: unknown): boolean {
  return someCause(error, (e) => e.name === "TimeoutError" || Boolean(e.code && UNDICI_TIMEOUTS.has(e.code)));
}

/** The request's own deadline ran out: not the subgraph's fault, so the breaker does not count it. */
class DeadlineError extends Error {
  override readonly name = "DeadlineError";
}

const isDeadline = (error: unknown): boolean => someCause(error, (e) => e.name === "DeadlineError");
const isBreakerOpen = (error: unknown): boolean => someCause(error, (e) => e.code === "EOPENBREAKER");

/** The connection was reset or closed before any answer came: a kept-alive socket the far end was closing, a proxy that dropped it. */
const RESETS = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET"]);
const isReset = (error: unknown): boolean => someCause(error, (e) => Boolean(e.code && RESETS.has(e.code)));

/** A query (never a mutation): the gateway's fetch is safe to send again. Read only after a failure. */
function isQueryBody(body: unknown): boolean {
  if (typeof body !== "string") return false;
  try {
    const { query } = JSON.parse(body) as { query?: unknown };
    return typeof query === "string" && !/^\s*(mutation|subscription)\b/.test(query);
  } catch {
    return false;
  }
}
/**
 * A subgraph's data source. Every call carries the gateway's secret, the client's
 * request id and, for a request with an API key, the caller signed with the secret;
 * it has `timeoutMs` to finish. When the subgraph cannot be reached,
 * answers with an HTTP error or runs out of time, the client gets an error that names
 * the subgraph with a stable code (SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT), never the
 * subgraph's internal URL or the socket error.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly timeoutMs: number;
  private readonly secret: string | undefined;
  private readonly logger: Logger | undefined;
  private readonly retryListeners: Array<() => void> = [];
  /** Fails calls fast while the subgraph keeps failing; see BreakerOptions. */
  readonly breaker: CircuitBreaker<[string, RequestInit, number], FetcherResponse>;

  constructor(
    readonly serviceName: string,
    url: string,
    options: SubgraphDataSourceOptions,
  ) {
    super({ url });
    this.timeoutMs = options.timeoutMs;
    this.secret = options.secret;
    this.logger = options.logger;
    const { dispatcher, timeoutMs, breaker = DEFAULT_BREAKER } = options;
    /** One call, cut off after `ms`: connect, headers and body (its timeout is cleared once parseBody has read the body). */
    const send = async (input: string, init: RequestInit, ms: number): Promise<FetcherResponse> => {
      const timeout = callTimeout(ms);
      try {
        // undici's Response implements everything FetcherResponse names; the types differ only in Headers' iterator typing.
        const response = (await undiciFetch(input, { ...(init as object), dispatcher, signal: timeout.signal })) as unknown as FetcherResponse;
        callTimeouts.set(response, timeout);
        return response;
      } catch (e) {
        timeout.clear();
        throw e;
      }
    };
    /**
     * A query whose connection was reset before any answer goes once more, on a fresh connection, within the
     * same `ms`; a mutation never does (the subgraph may have applied it). undici's RetryAgent retries by HTTP
     * method, and every GraphQL call is a POST, so this one retry is ours.
     */
    const sendOnceMoreIfReset = async (input: string, init: RequestInit, ms: number): Promise<FetcherResponse> => {
      const started = Date.now();
      try {
        return await send(input, init, ms);
      } catch (e) {
        const left = ms - (Date.now() - started);
        if (!isReset(e) || left <= 0 || !isQueryBody(init.body)) throw e;
        this.logger?.info({ subgraph: serviceName, cause: (e as Error).message }, "subgraph connection reset before an answer: query sent again");
        for (const listener of this.retryListeners) listener();
        return send(input, init, left);
      }
    };
    const call = async (input: string, init: RequestInit, budgetMs: number): Promise<FetcherResponse> => {
      try {
        return await sendOnceMoreIfReset(input, init, Math.min(timeoutMs, budgetMs));
      } catch (e) {
        // The request's deadline, not this subgraph's timeout, cut the call short.
        if (budgetMs < timeoutMs && isTimeout(e)) throw new DeadlineError(`the request's deadline passed during the call`, { cause: e });
        throw e;
      }
    };
    this.breaker = new CircuitBreaker(call, {
      name: serviceName,
      timeout: false, // the call has its own (timeoutMs, or the request's deadline)
      errorThresholdPercentage: breaker.errorThresholdPercentage,
      volumeThreshold: breaker.volumeThreshold,
      resetTimeout: breaker.resetTimeoutMs,
      rollingCountTimeout: breaker.rollingWindowMs,
      // Counted against the subgraph: it timed out or could not be reached. Not: the request ran out of time.
      errorFilter: (e: unknown) => isDeadline(e),
    });
    this.breaker.on("open", () => this.logger?.warn({ subgraph: serviceName, cooldownMs: breaker.resetTimeoutMs }, "circuit opened: failing calls fast"));
    this.breaker.on("halfOpen", () => this.logger?.info({ subgraph: serviceName }, "circuit half-open: probing"));
    this.breaker.on("close", () => this.logger?.info({ subgraph: serviceName }, "circuit closed"));
    const fetcher: Fetcher = async (input, init) => {
      const header = (init?.headers as Record<string, string> | undefined)?.[DEADLINE_HEADER];
      const budgetMs = header === undefined ? timeoutMs : Number(header);
      if (!(budgetMs > 0)) throw new DeadlineError("the request's deadline passed before the call");
      // When tracing is on, the call carries its gateway.fetch span's traceparent (tracing.ts).
      return traceSubgraphFetch(serviceName, (init ?? {}) as RequestInit, (traced) => this.breaker.fire(String(input), traced, budgetMs));
    };
    this.fetcher = fetcher;
  }

  /** Reads the answer's body (@apollo/gateway's own parsing), then stops the call's timer: the call is over. */
  override async parseBody(response: FetcherResponse, request?: Parameters<RemoteGraphQLDataSource["parseBody"]>[1], context?: GatewayContext): Promise<object | string> {
    try {
      return await super.parseBody(response, request, context);
    } finally {
      callTimeouts.get(response)?.clear();
    }
  }

  /** Called each time a query is sent again after its connection was reset (metrics.ts counts them). */
  onRetry(listener: () => void): void {
    this.retryListeners.push(listener);
  }

  /** Each distinct entity representation goes once (representations.ts). */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<Answer> {
    const distinct = withDistinctRepresentations(options);
    return distinct ? distinct.restore(await super.process(distinct.options)) : super.process(options);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    // Only the gateway speaks for a caller: whatever else set this header is dropped.
    headers.delete(CALLER_HEADER);
    if (this.secret) headers.set(SUBGRAPH_SECRET_HEADER, this.secret);
    if (context?.requestId) headers.set(REQUEST_ID_HEADER, context.requestId);
    const caller = (context as GatewayContext | undefined)?.caller;
    if (caller && this.secret) headers.set(CALLER_HEADER, signCaller(caller, this.secret));
    // The time the request has left: the fetcher bounds the call by it, the subgraph stops working after it.
    const deadline = (context as GatewayContext | undefined)?.deadline;
    if (deadline !== undefined) headers.set(DEADLINE_HEADER, String(Math.max(0, deadline - Date.now())));
  }

  override didEncounterError(error: Error, _request: unknown, response?: FetchResponse, context?: GatewayContext): void {
    const status = response?.status;
    const [code, message] = isDeadline(error)
      ? ["DEADLINE_EXCEEDED", `The request ran out of time before the ${this.serviceName} subgraph answered`]
      : isBreakerOpen(error)
        ? ["SUBGRAPH_UNAVAILABLE", `The ${this.serviceName} subgraph is failing; calls to it are paused for a few seconds`]
        : isTimeout(error)
          ? ["SUBGRAPH_TIMEOUT", `The ${this.serviceName} subgraph did not answer within ${this.timeoutMs} ms`]
          : ["SUBGRAPH_UNAVAILABLE", `The ${this.serviceName} subgraph could not answer${status ? ` (HTTP ${status})` : ""}`];
    const level = status === 401 || status === 403 ? "error" : code === "DEADLINE_EXCEEDED" || isBreakerOpen(error) ? "info" : "warn";
    this.logger?.[level]({ requestId: context?.requestId, subgraph: this.serviceName, code, status, cause: error.message }, "subgraph call failed");
    throw new GraphQLError(message, { originalError: error, extensions: { code, serviceName: this.serviceName } });
  }
}
