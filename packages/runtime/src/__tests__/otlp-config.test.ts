/**
 * Where and how trace exports go, per the OpenTelemetry exporter variables (tracing.ts): the URL
 * from OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT, the encoding from OTEL_EXPORTER_OTLP_(TRACES_)PROTOCOL
 * (binary protobuf unless told http/json), and a start-up refusal, naming the variable, of an
 * encoding that would lose every span. tests/observability sends real exports in both encodings.
 */
import { trace } from "@opentelemetry/api";
import { otlpTracesProtocol, otlpTracesUrl, startTracing, tracingEnabled } from "../tracing";

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
