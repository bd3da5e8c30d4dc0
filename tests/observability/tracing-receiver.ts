/**
 * An OTLP/HTTP trace receiver in the test process: POST /v1/traces in either encoding a collector
 * takes, binary protobuf (application/x-protobuf, our default) or JSON (application/json), spans
 * kept flat with their resource's service.name. Ids are hex strings whichever encoding brought them.
 * Protobuf is decoded by protobufjs with the part of OTLP's schema in otlp-trace.proto.
 */
import http from "node:http";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import protobuf from "protobufjs";

type AnyValue = { stringValue?: string; intValue?: number | string; boolValue?: boolean; doubleValue?: number; arrayValue?: { values?: AnyValue[] } };
type KeyValue = { key: string; value?: AnyValue };

interface OtlpJson {
  resourceSpans?: {
    resource?: { attributes?: KeyValue[] };
    scopeSpans?: { scope?: { name?: string }; spans?: { traceId: string; spanId: string; parentSpanId?: string; name: string; kind?: number; attributes?: KeyValue[]; status?: { code?: number; message?: string } }[] }[];
  }[];
}

export interface ReceivedSpan {
  service: string;
  scope: string;
  traceId: string;
  spanId: string;
  /** Empty for a root span. */
  parentSpanId: string;
  name: string;
  /** OTLP's SpanKind: 1 internal, 2 server, 3 client. */
  kind: number;
  attributes: Record<string, unknown>;
  /** OTLP's status code: 0 unset, 1 ok, 2 error. */
  status: number;
  statusMessage: string;
  /** The content type of the export that brought it (application/x-protobuf or application/json). */
  encoding: string;
}

function plain(v: AnyValue | undefined): unknown {
  if (!v) return undefined;
  if (v.stringValue !== undefined) return v.stringValue;
  if (v.intValue !== undefined) return Number(v.intValue);
  if (v.boolValue !== undefined) return v.boolValue;
  if (v.doubleValue !== undefined) return v.doubleValue;
  if (v.arrayValue) return (v.arrayValue.values ?? []).map(plain);
  return undefined;
}

const attributesOf = (list: KeyValue[] | undefined): Record<string, unknown> => Object.fromEntries((list ?? []).map((kv) => [kv.key, plain(kv.value)]));

const exportRequest = protobuf.loadSync(join(__dirname, "otlp-trace.proto")).lookupType("opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest");
const hex = (base64: string | undefined): string | undefined => (base64 === undefined ? undefined : Buffer.from(base64, "base64").toString("hex"));

/** A binary protobuf export as the JSON encoding would have carried it (camelCase fields, hex ids). */
export function otlpFromProtobuf(body: Uint8Array): OtlpJson {
  const request = exportRequest.toObject(exportRequest.decode(body), { longs: Number, bytes: String }) as OtlpJson;
  for (const rs of request.resourceSpans ?? [])
    for (const ss of rs.scopeSpans ?? [])
      for (const span of ss.spans ?? []) Object.assign(span, { traceId: hex(span.traceId), spanId: hex(span.spanId), parentSpanId: hex(span.parentSpanId) });
  return request;
}

export function flattenOtlp(body: OtlpJson, encoding = "application/json"): ReceivedSpan[] {
  const out: ReceivedSpan[] = [];
  for (const rs of body.resourceSpans ?? []) {
    const service = String(attributesOf(rs.resource?.attributes)["service.name"] ?? "");
    for (const ss of rs.scopeSpans ?? []) {
      for (const s of ss.spans ?? []) {
        out.push({ service, scope: ss.scope?.name ?? "", traceId: s.traceId, spanId: s.spanId, parentSpanId: s.parentSpanId ?? "", name: s.name, kind: s.kind ?? 0, attributes: attributesOf(s.attributes), status: s.status?.code ?? 0, statusMessage: s.status?.message ?? "", encoding });
      }
    }
  }
  return out;
}

export interface TraceReceiver {
  /** The value for OTEL_EXPORTER_OTLP_ENDPOINT. */
  endpoint: string;
  spans: ReceivedSpan[];
  /** Export requests received (any path), and those that were not a readable POST /v1/traces. */
  posts: number;
  rejected: number;
  /** Exports taken in, by content type (application/x-protobuf, application/json). */
  encodings: Record<string, number>;
  /** Resolves once no span has arrived for `quietMs` (and at least `min` have), at most `timeoutMs`. */
  settle(min: number, quietMs?: number, timeoutMs?: number): Promise<ReceivedSpan[]>;
  close(): Promise<void>;
}

export async function startTraceReceiver(): Promise<TraceReceiver> {
  const spans: ReceivedSpan[] = [];
  let lastArrival = Date.now();
  const state = { posts: 0, rejected: 0 };
  const encodings: Record<string, number> = {};
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      state.posts += 1;
      const type = String(req.headers["content-type"]).split(";")[0]!.trim();
      if (req.method !== "POST" || req.url !== "/v1/traces" || (type !== "application/json" && type !== "application/x-protobuf")) {
        state.rejected += 1;
        res.writeHead(404).end();
        return;
      }
      try {
        let raw = Buffer.concat(chunks);
        if (req.headers["content-encoding"] === "gzip") raw = gunzipSync(raw);
        const json = type === "application/json";
        spans.push(...flattenOtlp(json ? (JSON.parse(raw.toString("utf8")) as OtlpJson) : otlpFromProtobuf(raw), type));
        encodings[type] = (encodings[type] ?? 0) + 1;
        lastArrival = Date.now();
        // The answer in the request's own encoding: an empty ExportTraceServiceResponse.
        if (json) res.writeHead(200, { "content-type": "application/json" }).end("{}");
        else res.writeHead(200, { "content-type": "application/x-protobuf" }).end();
      } catch {
        state.rejected += 1;
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    spans,
    get posts() {
      return state.posts;
    },
    get rejected() {
      return state.rejected;
    },
    encodings,
    settle: async (min, quietMs = 1500, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (spans.length >= min && Date.now() - lastArrival >= quietMs) return spans;
        await new Promise((r) => setTimeout(r, 100));
      }
      return spans;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
