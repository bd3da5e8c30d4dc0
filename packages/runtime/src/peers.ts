/**
 * How a subgraph asks another subgraph what it owns, instead of reading its tables: a
 * GraphQL call to the peer's /graphql with the subgraph secret, the caller header and the
 * request id. Used on the write path only (citations checked against the sources
 * subgraph's stored text, referenced countries, people and events checked to exist, an
 * import's commit state); reads go through the gateway's query plan as always.
 */
import { context, propagation } from "@opentelemetry/api";
import { GraphQLError } from "graphql";
import { callTimeout } from "./call-timeout";
import { type Caller, CALLER_HEADER, signCaller } from "./caller";
import { REQUEST_ID_HEADER } from "./http";
import { sliceProblems } from "./provenance";
import { SUBGRAPH_SECRET_HEADER } from "./secret";

export interface PeerOptions {
  /** GraphQL URL of every subgraph by name; may be filled in after construction (tests start subgraphs one by one). */
  urls: Record<string, string>;
  secret?: string;
  /** Time a peer has to answer; default 10 s. */
  timeoutMs?: number;
}

export interface CitationRef {
  document: string;
  start: number;
  end: number;
  figures: readonly string[];
}

export interface SpanInfo {
  document: string;
  /** Whether the document exists (staged documents of an open import count). */
  found: boolean;
  /** Length of the document's text (UTF-16 code units), or null when its text is not stored. */
  length: number | null;
  /** The text of [start, end) clipped to the document. */
  text: string | null;
}

export interface ImportState {
  id: string;
  /** STAGED, COMMITTED, ABANDONED (a later import of the same document replaced it) or UNKNOWN. */
  state: string;
  documentId: string | null;
  committedAt: string | null;
}

export interface PeerContext {
  requestId?: string;
  caller?: Caller;
  /** Only for checks made while staging an import: that import's staged document counts as existing. */
  importId?: string;
  timeoutMs?: number;
}

const unavailable = (peer: string, why: string): GraphQLError =>
  new GraphQLError(`The ${peer} subgraph could not check this write (${why}); nothing was written, try again`, {
    extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: peer },
  });

export class Peers {
  constructor(readonly options: PeerOptions) {}

  /** Sends one GraphQL operation to a peer subgraph and returns its data; errors become SUBGRAPH_UNAVAILABLE. */
  async request<T>(peer: string, query: string, variables: Record<string, unknown>, ctx: PeerContext = {}): Promise<T> {
    const url = this.options.urls[peer];
    if (!url) throw unavailable(peer, "its address is not configured");
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (this.options.secret) {
      headers[SUBGRAPH_SECRET_HEADER] = this.options.secret;
      if (ctx.caller) headers[CALLER_HEADER] = signCaller(ctx.caller, this.options.secret);
    }
    if (ctx.requestId) headers[REQUEST_ID_HEADER] = ctx.requestId;
    propagation.inject(context.active(), headers); // the request's trace continues in the peer (a no-op when tracing is off)
    let body: { data?: T; errors?: { message: string }[] };
    const timeout = callTimeout(ctx.timeoutMs ?? this.options.timeoutMs ?? 4_000);
    try {
      const res = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }), signal: timeout.signal });
      body = (await res.json()) as typeof body;
      if (!res.ok && !body.data) throw new Error(`HTTP ${res.status}`);
    } catch (e) {
      throw unavailable(peer, (e as Error).name === "TimeoutError" ? "it did not answer in time" : (e as Error).message);
    } finally {
      timeout.clear();
    }
    if (body.errors?.length || !body.data) throw unavailable(peer, body.errors?.[0]?.message ?? "no data");
    return body.data;
  }

  /** The spans the citations point at, from the sources subgraph's stored text (one call for all). */
  async spans(refs: readonly CitationRef[], ctx: PeerContext = {}): Promise<SpanInfo[]> {
    if (refs.length === 0) return [];
    const data = await this.request<{ _citationSpans: SpanInfo[] }>(
      "sources",
      "query Spans($refs: [SpanRefInput!]!, $importId: ID) { _citationSpans(refs: $refs, importId: $importId) { document found length text } }",
      { refs: refs.map((r) => ({ document: r.document, start: r.start, end: r.end })), importId: ctx.importId ?? null },
      ctx,
    );
    return data._citationSpans;
  }

  /** Which of the given keys exist in the peer that owns the entity (via `_entities`). */
  async existing(peer: string, typename: string, keyField: string, keys: readonly string[], ctx: PeerContext = {}): Promise<Set<string>> {
    const unique = [...new Set(keys)];
    if (unique.length === 0) return new Set();
    const data = await this.request<{ _entities: ({ [k: string]: string } | null)[] }>(
      peer,
      `query Exists($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${keyField} } } }`,
      { r: unique.map((k) => ({ __typename: typename, [keyField]: k })) },
      ctx,
    );
    return new Set(data._entities.filter((e): e is Record<string, string> => !!e && typeof e[keyField] === "string").map((e) => e[keyField]!));
  }

  /** The commit state of imports, from the sources subgraph (where an import commits). */
  async importStates(ids: readonly string[], ctx: PeerContext = {}): Promise<ImportState[]> {
    if (ids.length === 0) return [];
    const data = await this.request<{ _importStates: ImportState[] }>(
      "sources",
      "query States($ids: [ID!]!) { _importStates(ids: $ids) { id state documentId committedAt } }",
      { ids },
      ctx,
    );
    return data._importStates;
  }
}

/**
 * Checks citations against the stored documents: each must point into an existing
 * document, inside its text, and hold each of its figures. Returns one message per
 * problem, prefixed with the citation's path in the input (e.g. "sources[1]").
 */
export async function citationProblems(peers: Peers, cites: readonly { path: string; ref: CitationRef }[], ctx: PeerContext = {}): Promise<string[]> {
  const spans = await peers.spans(cites.map((c) => c.ref), ctx);
  return cites.flatMap((c, i) => {
    const s = spans[i]!;
    if (!s.found) return [`${c.path}.document: unknown document ${JSON.stringify(c.ref.document)}`];
    if (s.length === null) return [`${c.path}.document: document ${c.ref.document} has no stored text to check the span against`];
    return sliceProblems(s.length, s.text ?? "", c.ref).map((p) => `${c.path}: ${p}`);
  });
}
