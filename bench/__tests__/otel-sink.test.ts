/**
 * The benchmark's span sink counts what the real OTLP/HTTP exporter sends without parsing it:
 * spans and root spans, as a parse would count them.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { countSpans, scanSpans, startSinkProcess, startSpanSink, type SpanSink } from "../src/otel";

let sink: SpanSink;
beforeAll(async () => {
  sink = await startSpanSink();
});
afterAll(async () => {
  await sink.close();
});

it("counts the spans and traces of real exports, as parsing them does", async () => {
  // In a process of its own: the exporter loads modules dynamically, which Jest's sandbox refuses.
  await promisify(execFile)(process.execPath, ["--import", "tsx", join(__dirname, "fixtures", "export-spans.ts"), `${sink.endpoint}/v1/traces`], { cwd: join(__dirname, "..", "..") });
  expect(await sink.stats()).toMatchObject({ spans: 15, traces: 3, rejected: 0 });
  expect((await sink.stats()).exports).toBeGreaterThanOrEqual(1);
});

it("counts the same as a process of its own, as A+otel's sink runs in the benchmark", async () => {
  const own = await startSinkProcess();
  try {
    await promisify(execFile)(process.execPath, ["--import", "tsx", join(__dirname, "fixtures", "export-spans.ts"), `${own.endpoint}/v1/traces`], { cwd: join(__dirname, "..", "..") });
    expect(await own.stats()).toMatchObject({ spans: 15, traces: 3, rejected: 0 });
  } finally {
    await own.close();
  }
});

it("gives the parsed counts on a body with an empty parent id, and refuses what is no trace export", () => {
  const body = { resourceSpans: [{ scopeSpans: [{ spans: [{ spanId: "a" }, { spanId: "b", parentSpanId: "a" }, { spanId: "c", parentSpanId: "" }] }] }] };
  expect(scanSpans(Buffer.from(JSON.stringify(body)))).toEqual(countSpans(body));
  expect(() => scanSpans(Buffer.from('{"resourceLogs":[]}'))).toThrow();
});
