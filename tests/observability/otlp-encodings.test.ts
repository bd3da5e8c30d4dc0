/**
 * The trace receiver reads OTLP/HTTP's two encodings alike: the same spans, exported once as
 * binary protobuf (the default, decoded with otlp-trace.proto) and once as JSON by the real
 * exporters, flatten to the same records. This is what lets tracing.e2e.test.ts read a trace
 * whose services export in different encodings.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "@atlas/db";
import { startTraceReceiver, type ReceivedSpan } from "./tracing-receiver";

it("decodes protobuf exports to the same spans as the JSON exports of the same spans", async () => {
  const receiver = await startTraceReceiver();
  try {
    // In a process of its own: the exporters load modules dynamically, which Jest's sandbox refuses.
    await promisify(execFile)(process.execPath, ["--import", "tsx", join(__dirname, "fixtures", "export-both.ts"), `${receiver.endpoint}/v1/traces`], { cwd: repoRoot });
    const spans = await receiver.settle(10, 300);
    expect(receiver.rejected).toBe(0);
    const of = (encoding: string): Omit<ReceivedSpan, "encoding">[] =>
      spans
        .filter((s) => s.encoding === encoding)
        .map(({ encoding: _, ...rest }) => rest)
        .sort((a, b) => a.spanId.localeCompare(b.spanId));
    const protobuf = of("application/x-protobuf");
    const json = of("application/json");
    expect(protobuf).toHaveLength(5);
    expect(protobuf).toEqual(json);
    // And what they say is what was recorded: hex ids, parentage, kinds, every attribute type, the error status.
    const named = new Map(protobuf.map((s) => [s.name, s]));
    const root = named.get("POST /graphql")!;
    expect(root.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(root.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(root.parentSpanId).toBe("");
    expect(named.get("batch Country")!.parentSpanId).toBe(root.spanId);
    expect(named.get("resolve Query.country")!.parentSpanId).toBe(named.get("batch Country")!.spanId);
    expect(named.get("listen")!.traceId).not.toBe(root.traceId);
    expect([...named.values()].map((s) => [s.name, s.kind]).sort()).toEqual([
      ["POST /graphql", 2],
      ["batch Country", 3],
      ["gateway.fetch", 4],
      ["listen", 5],
      ["resolve Query.country", 1],
    ]);
    expect(root.attributes).toEqual({ "http.request.method": "POST", "http.response.status_code": 200 });
    expect(named.get("batch Country")!.attributes).toEqual({ "atlas.batch.keys": 3, "db.statement": "SELECT 1", ratio: 0.25, cached: false });
    expect(named.get("resolve Query.country")!.attributes).toEqual({ "graphql.entities.types": ["Country", "Agreement"], "huge.count": 2 ** 40 });
    expect([named.get("resolve Query.country")!.status, named.get("resolve Query.country")!.statusMessage]).toEqual([2, 'code must be two letters, got "XXXXX"']);
    expect(root.scope).toBe("encodings-test");
    expect(root.service).toMatch(/^unknown_service/);
  } finally {
    await receiver.close();
  }
});
