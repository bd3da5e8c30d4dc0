/**
 * The benchmark's span sink counts what the real OTLP/HTTP exporters send, in both encodings,
 * without decoding it: spans and root spans, as a decode would count them.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { countSpans, envFromPairs, scanProtobufSpans, scanSpans, startSinkProcess, startSpanSink, type SpanSink } from "../src/otel";

let sink: SpanSink;
beforeAll(async () => {
  sink = await startSpanSink();
});
afterAll(async () => {
  await sink.close();
});

// In a process of its own: the exporter loads modules dynamically, which Jest's sandbox refuses.
const exportSpans = (url: string, encoding: "protobuf" | "json") =>
  promisify(execFile)(process.execPath, ["--import", "tsx", join(__dirname, "fixtures", "export-spans.ts"), url, encoding], { cwd: join(__dirname, "..", "..") });

it("counts the spans and traces of real exports in either encoding, as decoding them does", async () => {
  await exportSpans(`${sink.endpoint}/v1/traces`, "protobuf");
  expect(await sink.stats()).toMatchObject({ spans: 15, traces: 3, rejected: 0 });
  await exportSpans(`${sink.endpoint}/v1/traces`, "json");
  const stats = await sink.stats();
  expect(stats).toMatchObject({ spans: 30, traces: 6, rejected: 0 });
  expect(Object.keys(stats.encodings).sort()).toEqual(["application/json", "application/x-protobuf"]);
  expect(stats.exports).toBe(stats.encodings["application/json"]! + stats.encodings["application/x-protobuf"]!);
});

it("counts the same as a process of its own, as A+otel's sink runs in the benchmark", async () => {
  const own = await startSinkProcess();
  try {
    await exportSpans(`${own.endpoint}/v1/traces`, "protobuf");
    expect(await own.stats()).toMatchObject({ spans: 15, traces: 3, rejected: 0, encodings: { "application/x-protobuf": expect.any(Number) } });
  } finally {
    await own.close();
  }
});

it("gives the parsed counts on a JSON body with an empty parent id, and refuses what is no trace export", () => {
  const body = { resourceSpans: [{ scopeSpans: [{ spans: [{ spanId: "a" }, { spanId: "b", parentSpanId: "a" }, { spanId: "c", parentSpanId: "" }] }] }] };
  expect(scanSpans(Buffer.from(JSON.stringify(body)))).toEqual(countSpans(body));
  expect(() => scanSpans(Buffer.from('{"resourceLogs":[]}'))).toThrow();
});

it("walks protobuf by hand-built wire bytes: an empty parent id is a root, and a truncated or foreign body is refused", () => {
  const field = (n: number, bytes: number[]): number[] => [(n << 3) | 2, bytes.length, ...bytes];
  const id = (b: number): number[] => Array.from({ length: 8 }, () => b);
  const span = (parent: number[] | undefined): number[] => field(2, [...field(2, id(1)), ...(parent ? field(4, parent) : []), ...field(5, [0x61])]);
  const scope = field(2, [...field(1, field(1, [0x73])), ...span(undefined), ...span(id(1)), ...span([])]);
  const body = Uint8Array.from(field(1, scope));
  expect(scanProtobufSpans(body)).toEqual({ spans: 3, roots: 2 });
  expect(() => scanProtobufSpans(body.subarray(0, body.length - 3))).toThrow();
  expect(() => scanProtobufSpans(Buffer.from('{"resourceSpans":[]}'))).toThrow();
});

describe("envFromPairs (an experiment's --traced-env)", () => {
  it("takes KEY=VALUE pairs, the value keeping any further =", () => {
    expect(envFromPairs(["OTEL_TRACES_SAMPLER=always_off", "NODE_OPTIONS=--x=1", "EMPTY="])).toEqual({ OTEL_TRACES_SAMPLER: "always_off", NODE_OPTIONS: "--x=1", EMPTY: "" });
  });
  it("refuses a pair without a name or without =, naming it", () => {
    expect(() => envFromPairs(["OTEL_SDK_DISABLED"])).toThrow('"OTEL_SDK_DISABLED" is not KEY=VALUE');
    expect(() => envFromPairs(["=true"])).toThrow('"=true" is not KEY=VALUE');
  });
});

describe("Hive Gateway's traced run (B+otel)", () => {
  it("batches its spans as our processes do, so the two pairs differ in the gateway alone", async () => {
    const { HIVE_SPAN_BATCHES } = await import("../src/hive/span-batches");
    const { SPAN_BATCH_DEFAULTS } = await import("@atlas/runtime/src/tracing");
    expect(HIVE_SPAN_BATCHES).toEqual(SPAN_BATCH_DEFAULTS);
  });
});
