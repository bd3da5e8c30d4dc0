/**
 * Hive Gateway with its OpenTelemetry tracing on (system B+otel): bench/src/hive/gateway.config.ts
 * plus @graphql-hive/plugin-opentelemetry as Hive's documentation sets it up (its own setup helper,
 * an AsyncLocalStorage context manager, its default spans), exporting to OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
 * with the exporter and batches our processes use: OTLP/HTTP protobuf, 64 spans a batch, sent at
 * least every 500 ms (@atlas/runtime tracing.ts SPAN_BATCH_DEFAULTS). Every request is sampled, as
 * ours are. Its twin B-solo runs gateway.config.ts, so the two differ in tracing alone.
 */
import { defineConfig } from "@graphql-hive/gateway";
import { openTelemetrySetup } from "@graphql-hive/gateway/opentelemetry/setup";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { gatewayConfig as untraced } from "./gateway.config";
import { HIVE_SPAN_BATCHES } from "./span-batches";

const url = process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
if (!url) throw new Error("gateway-otel.config.ts: set OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (the span sink's /v1/traces)");

openTelemetrySetup({
  contextManager: new AsyncLocalStorageContextManager(),
  resource: { serviceName: "hive-gateway" },
  traces: { exporter: new OTLPTraceExporter({ url }), batching: HIVE_SPAN_BATCHES },
  samplingRate: 1,
});

export const gatewayConfig = defineConfig({ ...untraced, openTelemetry: { traces: true } });
