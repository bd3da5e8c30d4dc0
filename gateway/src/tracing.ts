/**
 * The gateway's part of tracing (the setup is @atlas/runtime's tracing.ts). A client request's
 * trace here: the HTTP server span (traceRequests), `graphql.parse` and `graphql.validate`
 * (this plugin; absent when Apollo Server found the document in its cache), then
 * @apollo/gateway's own spans: gateway.plan when the plan is not cached, gateway.fetch per fetch,
 * and with GATEWAY_TRACE_STEPS=all gateway.validate and gateway.postprocessing (gatewayPassThrough).
 * Each gateway.fetch's context travels to its subgraph in the traceparent header.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { context, propagation, SpanStatusCode, type Span } from "@opentelemetry/api";
import { operationSpanPlugin, recordingSpan, tracer, tracingEnabled } from "@atlas/runtime/src/tracing";
import type { GatewayContext } from "./data-source";

function endWith(span: Span): (error?: unknown) => Promise<void> {
  return async (error) => {
    if (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
    }
    span.end();
  };
}

/** Parse and validate spans, and the operation's name and errors on the request span. */
export function gatewayTracingPlugin(): ApolloServerPlugin<GatewayContext> {
  const operation = operationSpanPlugin<GatewayContext>();
  return {
    async requestDidStart(requestContext) {
      const listeners = await operation.requestDidStart?.(requestContext);
      if (!listeners) return; // not traced
      return {
        ...listeners,
        async parsingDidStart() {
          return endWith(tracer().startSpan("graphql.parse"));
        },
        async validationDidStart() {
          const end = endWith(tracer().startSpan("graphql.validate"));
          return async (errors?: readonly Error[]) => end(errors?.[0]);
        },
      };
    },
  };
}

/** @apollo/gateway's tracer (instrumentation scope) name. */
const APOLLO_GATEWAY_SCOPE = "apollo/gateway-js";

/**
 * @apollo/gateway's spans that are not recorded (PassThroughTracer: what they wrap hangs off the
 * span above). Always gateway.request and gateway.execute: they only wrap the others, and the
 * request span covers both. By default also gateway.validate (the coercion of the variables:
 * GraphQL validation is Apollo Server's, graphql.validate) and gateway.postprocessing (shaping the
 * fetched data into the answer: the request span's time after its last gateway.fetch). Each span
 * recorded costs the gateway's one thread CPU on every request (docs/operations.md, "Tracing"), so
 * a country lookup records the request span and its fetch; GATEWAY_TRACE_STEPS=all records those
 * two as well, for an operator chasing where a request's time goes.
 */
export function gatewayPassThrough(env: NodeJS.ProcessEnv = process.env): Record<string, readonly string[]> {
  const value = env.GATEWAY_TRACE_STEPS?.trim() || "fetch";
  if (value !== "fetch" && value !== "all") throw new Error(`GATEWAY_TRACE_STEPS="${value}" is not supported: use fetch (the default) or all`);
  const wrappers = ["gateway.request", "gateway.execute"];
  return { [APOLLO_GATEWAY_SCOPE]: value === "all" ? wrappers : [...wrappers, "gateway.validate", "gateway.postprocessing"] };
}

interface HasStatus {
  status: number;
}

/**
 * One call to a subgraph, made inside @apollo/gateway's gateway.fetch span: that span's context
 * goes to the subgraph in the traceparent header (the subgraph's request span is its child) and
 * gets the call's HTTP status. No span of its own: gateway.fetch already is one per call. When
 * the request is not sampled the header still goes, saying so, so the subgraph does not start a
 * trace of its own.
 */
export async function traceSubgraphFetch<R extends HasStatus>(subgraph: string, init: RequestInit, call: (init: RequestInit) => Promise<R>): Promise<R> {
  if (!tracingEnabled()) return call(init);
  const headers = { ...(init.headers as Record<string, string> | undefined) };
  propagation.inject(context.active(), headers);
  const span = recordingSpan();
  if (!span) return call({ ...init, headers });
  span.setAttribute("atlas.subgraph", subgraph);
  try {
    const res = await call({ ...init, headers });
    span.setAttribute("http.response.status_code", res.status);
    if (res.status >= 400) span.setStatus({ code: SpanStatusCode.ERROR, message: `HTTP ${res.status}` });
    return res;
  } catch (e) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: (e as Error).message });
    throw e;
  }
}
