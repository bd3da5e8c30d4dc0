/**
 * Issue 14, acceptance 1: OpenTelemetry traces across the federation. Every subgraph and the
 * gateway run as their own process (src/index.ts through tsx, production mode) with
 * OTEL_EXPORTER_OTLP_ENDPOINT pointing at an OTLP/HTTP receiver in this process. One deep
 * bilateral profile must arrive as one trace: spans from the gateway and from every subgraph
 * its plan fetched from, each span's parent in the trace, the SQL statements' spans below
 * their subgraph's request span, the request id on every service's request span.
 * And with the variable unset: nothing registered, the API's no-op, no traceparent sent.
 */
import { context, propagation, trace } from "@opentelemetry/api";
import { startTracing, tracingEnabled, REQUEST_ID_ATTRIBUTE } from "@atlas/runtime/src/tracing";
import { traceSubgraphFetch } from "@atlas/gateway/src/tracing";
import type { Database } from "@atlas/db";
import { seededDb } from "../support/db";
import { startFederation } from "../support/federation";
import { BILATERAL_PROFILE } from "../support/queries";
import { killAll, startFederationProcesses, type FederationProcesses } from "../hardening/processes";
import { startTraceReceiver, type ReceivedSpan, type TraceReceiver } from "./tracing-receiver";

const SERVER = 2;

describe("tracing off (OTEL_EXPORTER_OTLP_ENDPOINT unset)", () => {
  let db: Database;
  afterAll(async () => {
    await db?.close();
  });

  it("registers nothing: the API stays its no-op, no span records, no traceparent is sent", async () => {
    const tracing = startTracing("gateway", { env: {} });
    expect(tracing.enabled).toBe(false);
    expect(tracingEnabled()).toBe(false);
    // Anything asking the global API gets non-recording spans and a propagator that writes nothing.
    const span = trace.getTracer("probe").startSpan("probe");
    expect(span.isRecording()).toBe(false);
    expect(trace.getActiveSpan()).toBeUndefined();
    const carrier: Record<string, string> = {};
    propagation.inject(context.active(), carrier);
    expect(carrier).toEqual({});

    // A subgraph call made the way SubgraphDataSource makes it goes out with its headers untouched.
    let sent: RequestInit | undefined;
    await traceSubgraphFetch("countries", { headers: { "x-request-id": "r1" } }, async (init) => {
      sent = init;
      return { status: 200 };
    });
    expect(sent?.headers).toEqual({ "x-request-id": "r1" });

    // The whole federation in this process answers the profile and still registers nothing.
    db = seededDb();
    const fed = await startFederation(db);
    try {
      const r = await fed.query(BILATERAL_PROFILE, { a: "AZ", b: "RU" });
      expect(r.errors).toBeUndefined();
      expect(tracingEnabled()).toBe(false);
      expect(trace.getTracer("probe").startSpan("after").isRecording()).toBe(false);
    } finally {
      await fed.stop();
    }
  });
});

describe("tracing on: one profile through gateway and subgraph processes", () => {
  let receiver: TraceReceiver;
  let fed: FederationProcesses;
  const requestId = `trace-test-${Date.now()}`;
  let spans: ReceivedSpan[] = [];

  beforeAll(async () => {
    receiver = await startTraceReceiver();
    // Spans leave every 100 ms instead of every 5 s: the test waits for them. The subgraphs export in
    // the default encoding (binary protobuf), the gateway in JSON: one trace must come whole from both.
    fed = await startFederationProcesses(
      { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_BSP_SCHEDULE_DELAY: "100", LOG_LEVEL: "info" },
      { OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: "http/json" },
    );
    const res = await fetch(fed.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": requestId },
      body: JSON.stringify({ query: BILATERAL_PROFILE, variables: { a: "AZ", b: "RU" } }),
    });
    const body = (await res.json()) as { data?: { bilateral?: { agreements?: unknown[] } }; errors?: unknown[] };
    expect(res.status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.bilateral?.agreements?.length).toBeGreaterThan(0);
    spans = [...(await receiver.settle(20))];
  }, 600_000); // may wait for the other process-based test file (processes.ts holds one federation at a time)

  afterAll(async () => {
    await killAll();
    await receiver?.close();
  });

  const byId = (): Map<string, ReceivedSpan> => new Map(spans.map((s) => [s.spanId, s]));
  const ancestors = (span: ReceivedSpan): ReceivedSpan[] => {
    const index = byId();
    const out: ReceivedSpan[] = [];
    for (let p = index.get(span.parentSpanId); p; p = index.get(p.parentSpanId)) out.push(p);
    return out;
  };

  it("arrives as OTLP/HTTP, protobuf from the subgraphs and JSON from the gateway, as exactly one trace", () => {
    expect(receiver.rejected).toBe(0);
    expect(receiver.encodings["application/x-protobuf"]).toBeGreaterThan(0);
    expect(receiver.encodings["application/json"]).toBeGreaterThan(0);
    // Each service's spans came in the encoding it was told to use (the receiver kept ids hex in both).
    expect(new Set(spans.filter((s) => s.service === "gateway").map((s) => s.encoding))).toEqual(new Set(["application/json"]));
    expect(new Set(spans.filter((s) => s.service !== "gateway").map((s) => s.encoding))).toEqual(new Set(["application/x-protobuf"]));
    expect(spans.length).toBeGreaterThan(20);
    expect(new Set(spans.map((s) => s.traceId))).toEqual(new Set([spans[0]!.traceId]));
    expect(spans[0]!.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it("has one root, the gateway's request span, and every other span's parent is in the trace", () => {
    const ids = byId();
    const roots = spans.filter((s) => !s.parentSpanId);
    expect(roots.map((r) => [r.service, r.name, r.kind])).toEqual([["gateway", "POST /graphql", SERVER]]);
    const orphans = spans.filter((s) => s.parentSpanId && !ids.has(s.parentSpanId));
    expect(orphans.map((s) => `${s.service}: ${s.name}`)).toEqual([]);
    expect(ids.size).toBe(spans.length); // span ids are unique
  });

  it("has the gateway's parse, validate, plan and fetch spans, and spans from every subgraph the plan fetched from", () => {
    const gateway = spans.filter((s) => s.service === "gateway").map((s) => s.name);
    for (const name of ["graphql.parse", "graphql.validate", "gateway.plan", "gateway.fetch"]) expect(gateway).toContain(name);
    // The rest of @apollo/gateway's spans pass through by default (gatewayPassThrough): what they wrapped hangs off the request span.
    expect(gateway.filter((name) => ["gateway.request", "gateway.execute", "gateway.validate", "gateway.postprocessing"].includes(name))).toEqual([]);
    const root = spans.find((s) => !s.parentSpanId)!;
    const underRoot = spans.filter((s) => s.service === "gateway" && s.name.startsWith("gateway.")).map((s) => [s.name, s.parentSpanId === root.spanId]);
    expect(underRoot.filter(([, direct]) => !direct)).toEqual([]);
    // Each subgraph call happens in @apollo/gateway's gateway.fetch span, whose context crossed the hop
    // (traceparent): the subgraph's request span is its child.
    const ids = byId();
    const servers = spans.filter((s) => s.service !== "gateway" && s.kind === SERVER);
    for (const server of servers) {
      const parent = ids.get(server.parentSpanId)!;
      expect([parent.service, parent.name, parent.attributes.service, parent.attributes["http.response.status_code"]]).toEqual(["gateway", "gateway.fetch", server.service, 200]);
    }
    const called = new Set(servers.map((s) => s.service));
    // The deep profile's plan reads from these five (corridors are not asked for).
    expect([...called].sort()).toEqual(["agreements", "countries", "indicators", "people", "sources"]);
    expect(new Set(spans.map((s) => s.service))).toEqual(new Set(["gateway", ...called]));
    // One subgraph request per fetch that had something to ask (a fetch whose entities are all null sends none).
    expect(servers.length).toBe(spans.filter((s) => s.name === "gateway.fetch" && s.attributes["atlas.subgraph"] !== undefined).length);
  });

  it("puts every SQL statement's span below its own subgraph's request span, and the loader batches' too", () => {
    const sql = spans.filter((s) => s.attributes["db.system"] !== undefined);
    expect(sql.length).toBeGreaterThan(5);
    for (const s of sql) {
      expect(s.service).not.toBe("gateway");
      const up = ancestors(s);
      expect(up.some((a) => a.kind === SERVER && a.service === s.service && a.name === "POST /graphql")).toBe(true);
      expect(s.attributes["db.system"]).toBe(process.env.DATABASE_URL?.startsWith("postgres") ? "postgresql" : "sqlite");
      const statement = String(s.attributes["db.statement"]);
      expect(statement.length).toBeLessThanOrEqual(501);
      // The text has placeholders, not the values: the pair's codes are parameters.
      expect(statement).not.toMatch(/'(AZ|RU)'|"(AZ|RU)"/);
    }
    const batches = spans.filter((s) => s.name.startsWith("batch "));
    expect(batches.length).toBeGreaterThan(5);
    for (const b of batches) expect(Number(b.attributes["atlas.batch.keys"])).toBeGreaterThan(0);
    // Each batch ran one statement, recorded on the batch's own span (no child span for it).
    for (const b of batches) {
      expect(b.attributes["db.statement"]).toMatch(/^\s*(SELECT|WITH)\b/i);
      expect(sql.filter((s) => s.parentSpanId === b.spanId)).toHaveLength(0);
    }
    // A subgraph request from the gateway asks one root field: its request span is that field's (no span of its own),
    // and an _entities call's span carries the representations' count and types.
    const subgraphRequests = spans.filter((s) => s.service !== "gateway" && s.kind === SERVER);
    expect(spans.filter((s) => s.name.startsWith("resolve "))).toEqual([]);
    for (const r of subgraphRequests) expect(String(r.attributes["graphql.field.path"])).toMatch(/^Query\.\w+$/);
    const entities = subgraphRequests.filter((s) => s.attributes["graphql.field.path"] === "Query._entities");
    expect(entities.length).toBeGreaterThan(3);
    for (const e of entities) {
      expect(Number(e.attributes["graphql.entities.count"])).toBeGreaterThan(0);
      expect(e.attributes["graphql.entities.types"]).toEqual(expect.arrayContaining([expect.stringMatching(/^[A-Z]\w+$/)]));
    }
  });

  it("continues a client's trace, and keeps a request its client did not sample untraced on every hop", async () => {
    const ask = (traceparent: string) =>
      fetch(fed.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", traceparent }, body: JSON.stringify({ query: BILATERAL_PROFILE, variables: { a: "AZ", b: "KZ" } }) });
    const sampled = { traceId: "4bf92f3577b34da6a3ce929d0e0e4736", spanId: "00f067aa0ba902b7" };
    const unsampled = { traceId: "0af7651916cd43dd8448eb211c80319c", spanId: "b7ad6b7169203331" };
    expect((await ask(`00-${unsampled.traceId}-${unsampled.spanId}-00`)).status).toBe(200);
    expect((await ask(`00-${sampled.traceId}-${sampled.spanId}-01`)).status).toBe(200);
    const all = await receiver.settle(spans.length + 20);
    const later = all.slice(spans.length);
    // Only the sampled one was traced: no span of the other, in any process, and no trace a subgraph started on its own.
    expect(new Set(later.map((s) => s.traceId))).toEqual(new Set([sampled.traceId]));
    const roots = later.filter((s) => s.parentSpanId === sampled.spanId);
    expect(roots.map((r) => [r.service, r.name])).toEqual([["gateway", "POST /graphql"]]);
    expect(new Set(later.map((s) => s.service)).size).toBeGreaterThan(1);
  });

  it("gives each root field a span of its own when a request asks several, and marks a failing one", async () => {
    const traceId = "5f0c2a8e9b7d4c3e8a1f6b2d9c4e7a10";
    const res = await fetch(`http://127.0.0.1:${fed.subgraphs.get("countries")!.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-subgraph-secret": fed.secret, traceparent: `00-${traceId}-a1b2c3d4e5f60718-01` },
      body: JSON.stringify({ query: `{ az: country(code: "AZ") { code } bad: country(code: "${"X".repeat(5)}") { code } list: countries(first: 2) { nodes { code } } }` }),
    });
    expect(res.status).toBe(200);
    const before = receiver.spans.length;
    const mine = (await receiver.settle(before + 4)).filter((s) => s.traceId === traceId);
    const request = mine.find((s) => s.kind === SERVER)!;
    expect(request.attributes["graphql.field.path"]).toBeUndefined();
    const fields = mine.filter((s) => s.name.startsWith("resolve "));
    expect(fields.map((f) => f.name).sort()).toEqual(["resolve Query.countries", "resolve Query.country", "resolve Query.country"]);
    for (const f of fields) expect(f.parentSpanId).toBe(request.spanId);
    // The field whose argument was refused failed; the other two did not.
    const failed = fields.filter((f) => f.status === 2);
    expect(failed.map((f) => f.statusMessage)).toEqual([expect.stringContaining('got "XXXXX"')]);
    expect(fields.filter((f) => f.status !== 2)).toHaveLength(2);
  });

  it("marks the request span failed when the one root field it asks fails, and only then", async () => {
    const ask = async (traceId: string, code: string) => {
      const res = await fetch(`http://127.0.0.1:${fed.subgraphs.get("countries")!.port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-subgraph-secret": fed.secret, traceparent: `00-${traceId}-b1b2c3d4e5f60718-01` },
        body: JSON.stringify({ query: `{ country(code: "${code}") { code } }` }),
      });
      expect(res.status).toBe(200);
    };
    const [bad, good] = ["6a0c2a8e9b7d4c3e8a1f6b2d9c4e7a11", "6a0c2a8e9b7d4c3e8a1f6b2d9c4e7a12"];
    const before = receiver.spans.length;
    await ask(bad, "X".repeat(5));
    await ask(good, "AZ");
    const settled = await receiver.settle(before + 2);
    const request = (traceId: string) => settled.find((s) => s.traceId === traceId && s.kind === SERVER)!;
    expect([request(bad).attributes["graphql.field.path"], request(bad).status, request(bad).attributes["graphql.error.codes"]]).toEqual(["Query.country", 2, ["BAD_USER_INPUT"]]);
    expect(request(bad).statusMessage).toContain('got "XXXXX"');
    expect([request(good).attributes["graphql.field.path"], request(good).status]).toEqual(["Query.country", 0]);
  });

  it("carries the request id on the gateway's and every subgraph's request span", () => {
    const servers = spans.filter((s) => s.kind === SERVER);
    expect(servers.length).toBeGreaterThan(5);
    for (const s of servers) expect([s.service, s.attributes[REQUEST_ID_ATTRIBUTE]]).toEqual([s.service, requestId]);
    const root = spans.find((s) => !s.parentSpanId)!;
    expect(root.attributes["graphql.operation.name"]).toBe("BilateralProfile");
  });
});
