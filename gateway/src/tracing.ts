/**
 * The gateway's part of tracing (the setup is @atlas/runtime's tracing.ts). A client request's
 * trace here: the HTTP server span (traceRequests), `graphql.parse` and `graphql.validate`
 * (this plugin; absent when Apollo Server found the document in its cache), then
 * @apollo/gateway's own spans (gateway.request, gateway.validate, gateway.plan when the plan
 * is not cached, gateway.execute, gateway.fetch per fetch, gateway.postprocessing). Each
 * gateway.fetch's context travels to its subgraph in the traceparent header.
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
