import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { CALLER_HEADER, signCaller, type Caller, type Logger } from "@atlas/runtime";
import { REQUEST_ID_HEADER } from "@atlas/runtime/src/http";
import { SUBGRAPH_SECRET_HEADER } from "@atlas/runtime/src/secret";
import { GraphQLError } from "graphql";
import { Agent, fetch as undiciFetch, type Dispatcher } from "undici";

type FetchResponse = Parameters<RemoteGraphQLDataSource["didEncounterError"]>[2];
type Fetcher = RemoteGraphQLDataSource["fetcher"];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** What the gateway keeps per client request and hands to every subgraph call. */
export interface GatewayContext {
  requestId?: string;
  /** Who the API key names; undefined for anonymous requests. */
  caller?: Caller;
}

export interface SubgraphDataSourceOptions {
  /** Time the subgraph has to answer (connect, headers and body), in ms. */
  timeoutMs: number;
  /** The connection pool (see subgraphAgent). */
  dispatcher: Dispatcher;
  /** Sent in the x-subgraph-secret header when set, and signs the caller (x-atlas-caller). */
  secret?: string;
  logger?: Logger;
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
    // Below Node's server keep-alive (5 s) so the gateway never reuses a socket the subgraph is closing.
    keepAliveTimeout: 4_000,
    connectTimeout: Math.min(options.maxTimeoutMs, 10_000),
    // Backstops; the per-call AbortSignal below is the timeout that counts.
    headersTimeout: options.maxTimeoutMs,
    bodyTimeout: options.maxTimeoutMs,
  });
}

const UNDICI_TIMEOUTS = new Set(["UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);

function isTimeout(error: unknown): boolean {
  for (let e = error as { name?: string; code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.name === "TimeoutError" || (e.code && UNDICI_TIMEOUTS.has(e.code))) return true;
  }
  return false;
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

  constructor(
    readonly serviceName: string,
    url: string,
    options: SubgraphDataSourceOptions,
  ) {
    super({ url });
    this.timeoutMs = options.timeoutMs;
    this.secret = options.secret;
    this.logger = options.logger;
    const { dispatcher, timeoutMs } = options;
    const fetcher: Fetcher = async (input, init) => {
      const res = await undiciFetch(input, { ...init, dispatcher, signal: AbortSignal.timeout(timeoutMs) });
      // undici's Response implements everything FetcherResponse names; the types differ only in Headers' iterator typing.
      return res as unknown as FetcherResponse;
    };
    this.fetcher = fetcher;
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
  }

  override didEncounterError(error: Error, _request: unknown, response?: FetchResponse, context?: GatewayContext): void {
    const status = response?.status;
    const timedOut = isTimeout(error);
    const code = timedOut ? "SUBGRAPH_TIMEOUT" : "SUBGRAPH_UNAVAILABLE";
    const level = status === 401 || status === 403 ? "error" : "warn";
    this.logger?.[level]({ requestId: context?.requestId, subgraph: this.serviceName, code, status, cause: error.message }, "subgraph call failed");
    const message = timedOut
      ? `The ${this.serviceName} subgraph did not answer within ${this.timeoutMs} ms`
      : `The ${this.serviceName} subgraph could not answer${status ? ` (HTTP ${status})` : ""}`;
    throw new GraphQLError(message, { originalError: error, extensions: { code, serviceName: this.serviceName } });
  }
}
