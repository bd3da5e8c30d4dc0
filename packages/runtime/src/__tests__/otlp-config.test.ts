/**
 * Where and how trace exports go, per the OpenTelemetry exporter variables (tracing.ts): the URL
 * from OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT, the encoding from OTEL_EXPORTER_OTLP_(TRACES_)PROTOCOL
 * (binary protobuf unless told http/json), and a start-up refusal, naming the variable, of an
 * encoding that would lose every span; the span batches' settings from OTEL_BSP_* over our
 * defaults. tests/observability sends real exports in both encodings.
 */
import { trace } from "@opentelemetry/api";
import { ExportResultCode } from "@opentelemetry/core";
import type { ReadableSpan, SpanExporter } from "@opentelemetry/sdk-trace-base";
import { otlpTracesProtocol, otlpTracesUrl, SPAN_BATCH_DEFAULTS, spanBatchConfig, startTracing, tracingEnabled } from "../tracing";

describe("otlpTracesUrl", () => {
  it("is off without an endpoint, and when the SDK or the traces exporter is turned off", () => {
    expect(otlpTracesUrl({})).toBeUndefined();
    expect(otlpTracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: "  " })).toBeUndefined();
    expect(otlpTracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318", OTEL_SDK_DISABLED: "true" })).toBeUndefined();
    expect(otlpTracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318", OTEL_TRACES_EXPORTER: "none" })).toBeUndefined();
  });

  it("appends /v1/traces to the base endpoint and takes the signal's endpoint as it is", () => {
    expect(otlpTracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318/" })).toBe("http://c:4318/v1/traces");
    expect(otlpTracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318", OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://t:9/x" })).toBe("http://t:9/x");
  });
});

describe("otlpTracesProtocol", () => {
  it("is binary protobuf by default, as the OTLP exporter specification says", () => {
    expect(otlpTracesProtocol({})).toBe("http/protobuf");
    expect(otlpTracesProtocol({ OTEL_EXPORTER_OTLP_PROTOCOL: "" })).toBe("http/protobuf");
  });

  it("takes http/json or http/protobuf, the traces variable before the general one", () => {
    expect(otlpTracesProtocol({ OTEL_EXPORTER_OTLP_PROTOCOL: "http/json" })).toBe("http/json");
    expect(otlpTracesProtocol({ OTEL_EXPORTER_OTLP_PROTOCOL: " http/json " })).toBe("http/json");
    expect(otlpTracesProtocol({ OTEL_EXPORTER_OTLP_PROTOCOL: "http/json", OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: "http/protobuf" })).toBe("http/protobuf");
    expect(otlpTracesProtocol({ OTEL_EXPORTER_OTLP_PROTOCOL: "http/protobuf", OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: "http/json" })).toBe("http/json");
  });

  it("refuses anything else, naming the variable, the value and what works", () => {
    expect(() => otlpTracesProtocol({ OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" })).toThrow('OTEL_EXPORTER_OTLP_PROTOCOL="grpc" is not supported: use http/protobuf or http/json (gRPC export is not built in');
    expect(() => otlpTracesProtocol({ OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: "http/xml" })).toThrow('OTEL_EXPORTER_OTLP_TRACES_PROTOCOL="http/xml" is not supported: use http/protobuf or http/json');
  });
});

describe("startTracing with an encoding it cannot send", () => {
  it("throws before registering anything, so the process does not start exporting nowhere", () => {
    expect(() => startTracing("test", { env: { OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318", OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" } })).toThrow(/OTEL_EXPORTER_OTLP_PROTOCOL="grpc"/);
    expect(tracingEnabled()).toBe(false);
    expect(trace.getTracer("probe").startSpan("probe").isRecording()).toBe(false);
  });

  it("is off, with no complaint, when the protocol is set but no endpoint is", () => {
    expect(startTracing("test", { env: { OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" } }).enabled).toBe(false);
  });
});

describe("spanBatchConfig", () => {
  it("batches 64 spans, sent at least every 500 ms, where OTEL_BSP_* say nothing", () => {
    expect(spanBatchConfig({})).toEqual({ maxExportBatchSize: 64, scheduledDelayMillis: 500 });
    expect(spanBatchConfig({ OTEL_BSP_MAX_EXPORT_BATCH_SIZE: " " })).toEqual(SPAN_BATCH_DEFAULTS);
  });

  it("takes every OTEL_BSP_* variable that is set, over the defaults", () => {
    expect(
      spanBatchConfig({ OTEL_BSP_MAX_EXPORT_BATCH_SIZE: "512", OTEL_BSP_SCHEDULE_DELAY: " 5000 ", OTEL_BSP_MAX_QUEUE_SIZE: "4096", OTEL_BSP_EXPORT_TIMEOUT: "10000" }),
    ).toEqual({ maxExportBatchSize: 512, scheduledDelayMillis: 5000, maxQueueSize: 4096, exportTimeoutMillis: 10000 });
    expect(spanBatchConfig({ OTEL_BSP_SCHEDULE_DELAY: "100" })).toEqual({ maxExportBatchSize: 64, scheduledDelayMillis: 100 });
  });

  it("refuses a value that is not a positive whole number, naming the variable", () => {
    expect(() => spanBatchConfig({ OTEL_BSP_MAX_EXPORT_BATCH_SIZE: "lots" })).toThrow('OTEL_BSP_MAX_EXPORT_BATCH_SIZE must be a positive integer, got "lots"');
    expect(() => spanBatchConfig({ OTEL_BSP_SCHEDULE_DELAY: "0" })).toThrow('OTEL_BSP_SCHEDULE_DELAY must be a positive integer, got "0"');
    expect(() => spanBatchConfig({ OTEL_BSP_MAX_QUEUE_SIZE: "1.5" })).toThrow('OTEL_BSP_MAX_QUEUE_SIZE must be a positive integer, got "1.5"');
    expect(() => startTracing("test", { env: { OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318", OTEL_BSP_EXPORT_TIMEOUT: "-1" } })).toThrow('OTEL_BSP_EXPORT_TIMEOUT must be a positive integer, got "-1"');
    expect(tracingEnabled()).toBe(false);
  });
});

describe("startTracing's span batches", () => {
  /** An exporter that records the size of every batch it is given. */
  function batchSizes(): { exporter: SpanExporter; sizes: number[] } {
    const sizes: number[] = [];
    const exporter: SpanExporter = {
      export: (spans: ReadableSpan[], done) => {
        sizes.push(spans.length);
        done({ code: ExportResultCode.SUCCESS });
      },
      shutdown: async () => {},
    };
    return { exporter, sizes };
  }

  async function endSpans(env: NodeJS.ProcessEnv, count: number): Promise<number[]> {
    const { exporter, sizes } = batchSizes();
    const tracing = startTracing("test", { exporter, env });
    try {
      const tracer = trace.getTracer("batches");
      for (let i = 0; i < count; i++) tracer.startSpan(`span ${i}`).end();
    } finally {
      await tracing.shutdown(); // exports what is still queued
    }
    return sizes;
  }

  it("exports batches of at most 64 spans by default", async () => {
    const sizes = await endSpans({}, 150);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(150);
    expect(sizes.slice(0, 2)).toEqual([64, 64]);
    expect(Math.max(...sizes)).toBe(64);
  });

  it("exports batches of the size OTEL_BSP_MAX_EXPORT_BATCH_SIZE gives", async () => {
    const sizes = await endSpans({ OTEL_BSP_MAX_EXPORT_BATCH_SIZE: "512" }, 150);
    expect(sizes).toEqual([150]);
  });
});
