/**
 * Spans that pass through (tracing.ts, PassThroughTracer): a library's wrapper span is not recorded,
 * and the spans made inside it are children of the span above it. The gateway uses it for
 * @apollo/gateway's gateway.request and gateway.execute; here a stand-in library, on the real SDK.
 */
import { ROOT_CONTEXT, trace } from "@opentelemetry/api";
import { InMemorySpanExporter } from "@opentelemetry/sdk-trace-base";
import { startTracing, type Tracing } from "../tracing";

describe("spans that pass through", () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  const lib = trace.getTracer("wrapping-lib", "1.0.0");
  const ours = trace.getTracer("ours");

  beforeAll(() => {
    tracing = startTracing("test", { exporter, simple: true, env: {}, passThrough: { "wrapping-lib": ["wrap.request", "wrap.execute"] } });
  });
  afterAll(() => tracing.shutdown());
  beforeEach(() => exporter.reset());

  const finished = () => exporter.getFinishedSpans();
  const named = (name: string) => finished().find((s) => s.name === name)!;

  it("records no wrapper span; what runs inside it is the child of the span above", async () => {
    await ours.startActiveSpan("request", async (request) => {
      await lib.startActiveSpan("wrap.request", { attributes: { operation: "Q" } }, async (wrapper) => {
        expect(wrapper.isRecording()).toBe(false);
        expect(wrapper.spanContext()).toEqual(request.spanContext());
        expect(trace.getActiveSpan()).toBe(request);
        wrapper.setAttribute("ignored", 1);
        await lib.startActiveSpan("wrap.execute", async (execute) => {
          await new Promise((resolve) => setImmediate(resolve));
          lib.startActiveSpan("wrap.fetch", { attributes: { service: "people" } }, (fetch) => fetch.end());
          execute.end();
        });
        wrapper.end();
      });
      request.end();
    });
    expect(finished().map((s) => s.name).sort()).toEqual(["request", "wrap.fetch"]);
    const fetch = named("wrap.fetch");
    expect(fetch.parentSpanContext?.spanId).toBe(named("request").spanContext().spanId);
    expect(fetch.spanContext().traceId).toBe(named("request").spanContext().traceId);
    expect(fetch.attributes).toEqual({ service: "people" });
  });

  it("passes only the named spans of the named tracer", () => {
    ours.startActiveSpan("wrap.request", (s) => s.end()); // another tracer: recorded
    lib.startSpan("wrap.fetch").end(); // another name: recorded
    const passed = lib.startSpan("wrap.execute");
    expect(passed.isRecording()).toBe(false);
    passed.end();
    expect(finished().map((s) => `${s.instrumentationScope.name} ${s.name}`).sort()).toEqual(["ours wrap.request", "wrapping-lib wrap.fetch"]);
  });

  it("runs a wrapper that is given a context in that context", () => {
    const other = ours.startSpan("other");
    const ctx = trace.setSpan(ROOT_CONTEXT, other);
    const seen = lib.startActiveSpan("wrap.request", {}, ctx, (wrapper) => {
      expect(wrapper.spanContext().spanId).toBe(other.spanContext().spanId);
      return trace.getActiveSpan();
    });
    expect(seen).toBe(other);
    other.end();
  });

  it("returns what the wrapped function returns, promise or value", async () => {
    expect(lib.startActiveSpan("wrap.request", () => 42)).toBe(42);
    await expect(lib.startActiveSpan("wrap.execute", async () => "done")).resolves.toBe("done");
    expect(finished()).toEqual([]);
  });
});
