/**
 * OpenTelemetry tracing, shared by the gateway and every subgraph (docs/operations.md, "Tracing").
 *
 * Off unless OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set: then no
 * provider is registered, @opentelemetry/api stays its no-op, and the helpers here create no span
 * at all (one flag or active-span check per call). On: a NodeTracerProvider with the service's
 * name, W3C trace context and baggage propagation, async context in the request scope's
 * AsyncLocalStorage (ScopeContextManager),
 * spans batched (BatchSpanProcessor, 64 spans a batch unless OTEL_BSP_* say otherwise:
 * spanBatchConfig) to OTLP/HTTP, in binary protobuf unless OTEL_EXPORTER_OTLP_(TRACES_)PROTOCOL
 * says http/json (otlpTracesProtocol).
 * Sampling is the SDK's: OTEL_TRACES_SAMPLER / OTEL_TRACES_SAMPLER_ARG (default parentbased_always_on).
 */
import { createRequire } from "node:module";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { STATEMENT_SPAN_KEY, type StatementSpan } from "@atlas/db/src/abandon";
import { currentScope, inScope } from "@atlas/db/src/scope";
import {
  context,
  INVALID_SPAN_CONTEXT,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Span,
  type SpanOptions,
  type Tracer,
  type TracerOptions,
  type TracerProvider,
} from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import type * as Core from "@opentelemetry/core";
import type * as OtlpJsonExporter from "@opentelemetry/exporter-trace-otlp-http";
import type * as OtlpProtobufExporter from "@opentelemetry/exporter-trace-otlp-proto";
import type * as Resources from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider, SimpleSpanProcessor, type SpanExporter } from "@opentelemetry/sdk-trace-node";
import { ATTR_SERVICE_NAME } from "@opentelemetry/semantic-conventions";
import type { RequestHandler } from "express";
import { defaultFieldResolver, Kind, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { intFromEnv } from "./env";
import { requestIdOfResponse } from "./http";

/** The span attribute that carries the request id (x-request-id) on every service's request span. */
export const REQUEST_ID_ATTRIBUTE = "atlas.request_id";

export interface TracingOptions {
  /** Spans go here instead of OTLP/HTTP (tests); tracing is on whatever the environment says. */
  exporter?: SpanExporter;
  /** Export every span as it ends (tests); default: batched. */
  simple?: boolean;
  /** Default process.env. */
  env?: NodeJS.ProcessEnv;
  /**
   * Spans other libraries make that only wrap spans of their own, by tracer (instrumentation
   * scope) name: not recorded, and what runs inside them stays under the span above (PassThroughTracer).
   */
  passThrough?: Record<string, readonly string[]>;
}

export interface Tracing {
  /** False: nothing was registered (no endpoint), the API is the no-op. */
  enabled: boolean;
  /** Exports what is still queued and stops the provider. */
  shutdown(): Promise<void>;
}

let enabled = false;

/** Whether this process registered a tracer provider (startTracing with an endpoint or an exporter). */
export function tracingEnabled(): boolean {
  return enabled;
}

/** Where OTLP/HTTP trace export goes, per the OpenTelemetry exporter variables; undefined: tracing is off. */
export function otlpTracesUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.OTEL_SDK_DISABLED === "true" || env.OTEL_TRACES_EXPORTER === "none") return undefined;
  const signal = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  if (signal) return signal;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  return base ? `${base.replace(/\/+$/, "")}/v1/traces` : undefined;
}

/** The OTLP/HTTP encodings an exporter here can send. */
export const OTLP_TRACE_PROTOCOLS = ["http/protobuf", "http/json"] as const;
export type OtlpTraceProtocol = (typeof OTLP_TRACE_PROTOCOLS)[number];

/**
 * The encoding of trace exports, per OTEL_EXPORTER_OTLP_TRACES_PROTOCOL, else OTEL_EXPORTER_OTLP_PROTOCOL,
 * else http/protobuf (the OTLP exporter specification's default, and half JSON's bytes). grpc, or any
 * other value, is refused at start-up with the values that work: exporting in an encoding the
 * collector did not ask for would lose every span without a word.
 */
export function otlpTracesProtocol(env: NodeJS.ProcessEnv = process.env): OtlpTraceProtocol {
  const signal = env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL?.trim();
  const name = signal ? "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL" : "OTEL_EXPORTER_OTLP_PROTOCOL";
  const value = signal || env.OTEL_EXPORTER_OTLP_PROTOCOL?.trim() || "http/protobuf";
  if ((OTLP_TRACE_PROTOCOLS as readonly string[]).includes(value)) return value as OtlpTraceProtocol;
  const hint = value === "grpc" ? " (gRPC export is not built in: point the endpoint at the collector's OTLP/HTTP port, 4318 by default)" : "";
  throw new Error(`${name}="${value}" is not supported: use ${OTLP_TRACE_PROTOCOLS.join(" or ")}${hint}`);
}

/**
 * The OTLP/HTTP exporter for `protocol`, loaded only now: each exporter package takes 80–200 ms to
 * load (measured here), so a process that does not trace loads neither, and one that does loads one.
 */
function otlpExporter(url: string, protocol: OtlpTraceProtocol): SpanExporter {
  const load = createRequire(__filename);
  if (protocol === "http/json") return new (load("@opentelemetry/exporter-trace-otlp-http") as typeof OtlpJsonExporter).OTLPTraceExporter({ url });
  return new (load("@opentelemetry/exporter-trace-otlp-proto") as typeof OtlpProtobufExporter).OTLPTraceExporter({ url });
}

/** BatchSpanProcessor's settings and the variables that set them (the SDK's own OTEL_BSP_* names). */
const SPAN_BATCH_VARIABLES = {
  maxExportBatchSize: "OTEL_BSP_MAX_EXPORT_BATCH_SIZE",
  scheduledDelayMillis: "OTEL_BSP_SCHEDULE_DELAY",
  maxQueueSize: "OTEL_BSP_MAX_QUEUE_SIZE",
  exportTimeoutMillis: "OTEL_BSP_EXPORT_TIMEOUT",
} as const;
export type SpanBatchConfig = Partial<Record<keyof typeof SPAN_BATCH_VARIABLES, number>>;

/**
 * Where the OTEL_BSP_* variables are unset: batches of 64 spans, sent at least every 500 ms. The
 * SDK's defaults (512 spans, 5 s) keep a busy process's spans for up to a second, long enough to
 * outlive young-generation collections and be promoted: the old generation's collector then spends
 * CPU on every span. Measured here (bench pair runs, country lookup, 5 rounds each, 2026-11-29,
 * CPU time per request of the traced stack over its untraced twin): 1.24 with 512 spans a batch,
 * 1.19 with 128, 1.14 and 1.13 with 64 (two runs), 1.34 with 16 (the exports' own cost, about
 * 14,000 exports in the run against 541 with 512, then outweighs it). At 64 a process serving 300
 * requests a second sends about ten exports a second.
 */
export const SPAN_BATCH_DEFAULTS: SpanBatchConfig = { maxExportBatchSize: 64, scheduledDelayMillis: 500 };

/**
 * BatchSpanProcessor's settings from `env`: each OTEL_BSP_* variable that is set (a positive
 * integer, else start-up refuses it, naming it: intFromEnv), SPAN_BATCH_DEFAULTS for the rest.
 * What neither gives, the SDK takes from process.env or its own defaults (a queue of 2,048 spans,
 * a 30 s export timeout); in a process `env` is process.env.
 */
export function spanBatchConfig(env: NodeJS.ProcessEnv = process.env): SpanBatchConfig {
  const config: SpanBatchConfig = { ...SPAN_BATCH_DEFAULTS };
  for (const [key, name] of Object.entries(SPAN_BATCH_VARIABLES) as [keyof SpanBatchConfig, string][]) {
    if (env[name]?.trim()) config[key] = intFromEnv(name, 0, env);
  }
  return config;
}

/** A package as the SDK (@opentelemetry/sdk-trace-node) resolves it: its 2.x copy, not the hoisted 1.x one. */
const sdkRequire = <T>(name: string): T => createRequire(require.resolve("@opentelemetry/sdk-trace-node"))(name) as T;

/**
 * A resource made by the SDK's own @opentelemetry/resources (2.x). The copy hoisted to the
 * repository root is 1.x (another package's dependency), which the 2.x provider cannot take, and
 * the built bundles (tsup: npm dependencies external) would resolve that one from services/<name>/dist.
 */
function resourceOf(attributes: Attributes): Resources.Resource {
  return sdkRequire<typeof Resources>("@opentelemetry/resources").resourceFromAttributes(attributes);
}

/** The propagator NodeTracerProvider.register() sets by default: W3C trace context and baggage. */
function defaultPropagator(): Core.CompositePropagator {
  const core = sdkRequire<typeof Core>("@opentelemetry/core");
  return new core.CompositePropagator({ propagators: [new core.W3CTraceContextPropagator(), new core.W3CBaggagePropagator()] });
}

/**
 * The OpenTelemetry context manager over the request scope (@atlas/db scope.ts): the trace context
 * rides in the AsyncLocalStorage that already carries the request id and abandon signal, so tracing
 * adds no AsyncLocalStorage of its own (on Node 20 each one costs every promise). Binding functions
 * and event emitters is the SDK's own (AbstractAsyncHooksContextManager, through active() and with()).
 */
export class ScopeContextManager extends AsyncLocalStorageContextManager {
  override active(): Context {
    return (currentScope()?.otel as Context | undefined) ?? ROOT_CONTEXT;
  }

  override with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(ctx: Context, fn: F, thisArg?: ThisParameterType<F>, ...args: A): ReturnType<F> {
    return inScope({ otel: ctx }, () => fn.apply(thisArg, args));
  }

  /** The scope outlives tracing: nothing to turn off. */
  override disable(): this {
    return this;
  }

  /** Unused by @opentelemetry/api 1.x; refused rather than left to the base class's own storage. */
  override attach(): never {
    throw new Error("ScopeContextManager does not support attach(); use context.with()");
  }
}

/**
 * Registers the process's tracer provider when tracing is configured (see the file comment);
 * otherwise does nothing. `serviceName` is the resource's service.name unless OTEL_SERVICE_NAME says otherwise.
 */
export function startTracing(serviceName: string, options: TracingOptions = {}): Tracing {
  const env = options.env ?? process.env;
  const url = otlpTracesUrl(env);
  if (!options.exporter && !url) return { enabled: false, shutdown: async () => {} };
  if (enabled) throw new Error("startTracing: this process already traces");
  const batch = spanBatchConfig(env);
  const exporter = options.exporter ?? otlpExporter(url!, otlpTracesProtocol(env));
  const provider = new NodeTracerProvider({
    resource: resourceOf({ [ATTR_SERVICE_NAME]: env.OTEL_SERVICE_NAME || serviceName }),
    spanProcessors: [options.simple ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter, batch)],
  });
  // What provider.register() does, with the provider wrapped when some spans pass through.
  const contextManager = new ScopeContextManager().enable();
  context.setGlobalContextManager(contextManager);
  propagation.setGlobalPropagator(defaultPropagator());
  trace.setGlobalTracerProvider(options.passThrough ? new PassThroughProvider(provider, options.passThrough) : provider);
  enabled = true;
  return {
    enabled: true,
    shutdown: async () => {
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
      enabled = false;
    },
  };
}

/**
 * A tracer whose spans of the given names are not recorded: startActiveSpan runs its function with
 * a non-recording span carrying the active span's context, and leaves the context as it is, so the
 * spans made inside are children of the span above. For wrappers that add a span and no information
 * (@apollo/gateway's gateway.request and gateway.execute: our request span already covers both).
 */
export class PassThroughTracer implements Tracer {
  constructor(
    private readonly inner: Tracer,
    private readonly names: ReadonlySet<string>,
  ) {}

  startSpan(name: string, options?: SpanOptions, ctx?: Context): Span {
    if (!this.names.has(name)) return this.inner.startSpan(name, options, ctx);
    return trace.wrapSpanContext(trace.getSpanContext(ctx ?? context.active()) ?? INVALID_SPAN_CONTEXT);
  }

  startActiveSpan<F extends (span: Span) => unknown>(name: string, ...args: [F] | [SpanOptions, F] | [SpanOptions, Context, F]): ReturnType<F> {
    // Other names: the inner tracer's own, called as it was (no closure, no context read on the way).
    if (!this.names.has(name)) return Reflect.apply(this.inner.startActiveSpan, this.inner, [name, ...args]) as ReturnType<F>;
    const fn = args[args.length - 1] as F;
    const ctx = args.length === 3 ? args[1] : undefined;
    const span = this.startSpan(name, undefined, ctx);
    return (ctx ? context.with(ctx, () => fn(span)) : fn(span)) as ReturnType<F>;
  }
}

/** The registered provider, with PassThroughTracer for the tracers that have spans to pass through. */
class PassThroughProvider implements TracerProvider {
  private readonly names: Map<string, ReadonlySet<string>>;

  constructor(
    private readonly inner: TracerProvider,
    passThrough: Record<string, readonly string[]>,
  ) {
    this.names = new Map(Object.entries(passThrough).map(([scope, names]) => [scope, new Set(names)]));
  }

  getTracer(name: string, version?: string, options?: TracerOptions): Tracer {
    const tracer = this.inner.getTracer(name, version, options);
    const names = this.names.get(name);
    return names ? new PassThroughTracer(tracer, names) : tracer;
  }
}

/** The API's proxy tracer: it reaches the registered provider once there is one (and is a no-op until then). */
const atlasTracer = trace.getTracer("@atlas/runtime");
export const tracer = (): Tracer => atlasTracer;

/** The active span when it records: a traced (and sampled) request is being served. Undefined when tracing is off. */
export function recordingSpan(): Span | undefined {
  const span = trace.getActiveSpan();
  return span?.isRecording() ? span : undefined;
}

function failed(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}

/**
 * A loader batch: one span (a database client span) that its single SQL statement fills in.
 * The span and the offer enter the context together: one context switch per batch.
 */
export function inBatchSpan<T>(name: string, attributes: Attributes, fn: () => PromiseLike<T> | T): Promise<T> {
  if (!recordingSpan()) return Promise.resolve(fn());
  const active = context.active();
  const span = tracer().startSpan(name, { kind: SpanKind.CLIENT, attributes }, active);
  const offer: StatementSpan = { span, taken: false };
  // Awaited inside: a Prisma query is lazy and runs at its then(), which must see the offer.
  return context.with(trace.setSpan(active, span).setValue(STATEMENT_SPAN_KEY, offer), async () => {
    try {
      return await fn();
    } catch (e) {
      failed(span, e);
      throw e;
    } finally {
      span.end();
    }
  });
}

/**
 * The request's server span: continues the caller's trace (W3C traceparent, when it sent one),
 * carries the request id, and is the active span for everything the request does. Goes after
 * the body parser (its stream events lose the async context); a no-op when tracing is off.
 */
export const traceRequests: RequestHandler = (req, res, next) => {
  if (!enabled) {
    next();
    return;
  }
  const parent = propagation.extract(ROOT_CONTEXT, req.headers);
  const route = req.baseUrl || req.path;
  const span = tracer().startSpan(
    `${req.method} ${route}`,
    { kind: SpanKind.SERVER, attributes: { "http.request.method": req.method, "http.route": route, [REQUEST_ID_ATTRIBUTE]: requestIdOfResponse(res) } },
    parent,
  );
  res.once("close", () => {
    span.setAttribute("http.response.status_code", res.statusCode);
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    if (!res.writableFinished) span.setAttribute("atlas.aborted", true);
    span.end();
  });
  context.with(trace.setSpan(parent, span), next);
};

/**
 * Names the request's span after its GraphQL operation, and records the answer's errors on it:
 * their count and codes, and when a field failed (an error with a path), the span is marked failed
 * with the first such error (the request span of a subgraph request that asks one root field is
 * that field's span: traceRootFields). Used by every process (the gateway adds parse and validate spans).
 */
export function operationSpanPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const span = recordingSpan();
      if (!span) return;
      return {
        async didResolveOperation({ operationName, operation }) {
          if (operation) span.setAttribute("graphql.operation.type", operation.operation);
          if (operationName) span.setAttribute("graphql.operation.name", operationName);
        },
        async didEncounterErrors({ errors }) {
          span.setAttribute("graphql.errors", errors.length);
          const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR")))];
          span.setAttribute("graphql.error.codes", codes);
          const field = errors.find((e) => e.path !== undefined);
          if (field) failed(span, field.originalError ?? field);
        },
      };
    },
  };
}

const isThenable = (v: unknown): v is PromiseLike<unknown> => typeof (v as { then?: unknown } | null)?.then === "function";

/** The representations' typenames and count, for the span of `_entities`. */
function entityAttributes(args: Record<string, unknown>): Attributes {
  const reps = Array.isArray(args.representations) ? (args.representations as { __typename?: unknown }[]) : [];
  return { "graphql.entities.count": reps.length, "graphql.entities.types": [...new Set(reps.map((r) => String(r.__typename)))] };
}

/**
 * Root fields (Query and Mutation: the subgraph's entry points, `_entities` included). A request
 * that asks one root field, as every request from the gateway does, gets no span for it: the
 * request's span is that field's, and carries its path (`graphql.field.path`), for `_entities` the
 * representations' count and types, and its error (operationSpanPlugin: the answer's errors are
 * there anyway, so the field's value is returned as it is, with no handler on each of its
 * promises: an `_entities` of a thousand references made a thousand). A request of several root fields gets a span
 * per field (ending when the field's value, or every reference, is resolved), so they can be told
 * apart. Nested fields get none: their loaders' batches and SQL statements have spans of their own.
 * Changes `schema` in place; when tracing is off (no recording span) a resolver runs as before.
 */
export function traceRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const name = `${type.name}.${field.name}`;
      const attributesOf = field.name === "_entities" ? entityAttributes : () => ({});
      field.resolve = (source, args: Record<string, unknown>, ctx, info) => {
        const active = recordingSpan();
        if (!active) return resolve(source, args, ctx, info);
        const roots = info.operation.selectionSet.selections;
        const alone = roots.length === 1 && roots[0]!.kind === Kind.FIELD;
        if (alone) {
          active.setAttributes({ "graphql.field.path": name, ...attributesOf(args) });
          return resolve(source, args, ctx, info);
        }
        const span = tracer().startSpan(`resolve ${name}`, { attributes: { "graphql.field.path": name, ...attributesOf(args) } });
        try {
          return settleSpan(span, context.with(trace.setSpan(context.active(), span), () => resolve(source, args, ctx, info)));
        } catch (e) {
          failed(span, e);
          span.end();
          throw e;
        }
      };
    }
  }
  return schema;
}

/** Marks `span` failed when `result` (a value, a promise or a list of them) fails; ends it once settled. */
function settleSpan(span: Span, result: unknown): unknown {
  const pending = isThenable(result) ? [result] : Array.isArray(result) ? result.filter(isThenable) : [];
  if (pending.length === 0) {
    span.end();
    return result;
  }
  Promise.allSettled(pending).then(
    (outcomes) => {
      const rejected = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
      if (rejected) failed(span, rejected.reason);
      span.end();
    },
    () => span.end(),
  );
  return result;
}
