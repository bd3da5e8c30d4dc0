/**
 * The response cache's front (docs/caching.md): answers kept as the exact bytes and headers
 * the gateway sent, and sent again before Apollo Server runs.
 *
 * Behind it, Apollo's response-cache plugin keeps answers as data: a hit there still parses
 * the stored JSON and serialises it again, which for a 200-item profile (about 400 KB) is most
 * of what a hit costs. Here a hit is one MGET of the versions, one lookup in memory and one
 * write of the bytes.
 *
 * What makes it safe is what makes the plugin's entries safe: the key carries the versions of
 * the subgraphs the query depends on, read before the answer is looked up; an answer is stored
 * only under the versions read before it was computed (the plugin's own snapshot); so no entry
 * older than an acknowledged write can be reached.
 *
 * - Which subgraphs a document depends on is learnt the first time Apollo answers it (the
 *   front cannot know before it has parsed a document, and it never parses). Until then, and
 *   for every request it cannot serve, the request goes on to Apollo as before.
 * - Only answers the plugin would store: queries without errors, a cacheable PUBLIC hint, not
 *   a curator's. The TTL is what is left of the hint (an answer from the plugin's own store
 *   has an Age).
 * - The key holds everything of the request that shapes the answer or its headers: the
 *   document (or its persisted hash), the operation name, the variables as sent, GET or POST
 *   (Cache-Control differs), an API key or none (public or private) and whether the client
 *   accepts multipart answers.
 * - What it skips that Apollo would run again: the query limits and demand control, which the
 *   same request passed when it was answered. Metrics, the request span and the rate limiter
 *   still see every request.
 * - Memory only (per replica), bounded in bytes; Redis holds the plugin's entries, so a replica
 *   meeting an answer another computed reads it there once and keeps its bytes from then on.
 * - When an entry's hint runs out, the first request after it computes the answer again and
 *   the others are sent the entry meanwhile (kept for one more hint's length for that purpose).
 *   That is not stale: its key holds the versions just read, so no write it depends on has
 *   been acknowledged since it was computed. Without this, every hot profile would stall all
 *   its readers once a minute, for as long as it takes to compute. A change that bypasses the
 *   write counters (SQL by hand without `npm run cache:invalidate`) still shows within the
 *   hint and one computation.
 */
import { createHash } from "node:crypto";
import { hasRole, type Caller } from "@atlas/runtime";
import { recordingSpan } from "@atlas/runtime/src/tracing";
import type { Request, RequestHandler, Response } from "express";
import { callerOfResponse } from "../keys";
import { SubgraphIndexedMemory } from "./memory";
import type { Versions } from "./versions";

/** An answer as it was sent. */
interface SentAnswer {
  body: Buffer;
  /** The headers the gateway's GraphQL handling set (content type, Cache-Control, ETag), not those set before it. */
  headers: [string, string][];
  /** When it was computed (epoch ms): the Age it is sent with. */
  computedAt: number;
  /** Until when its hint lets it be sent without computing it again (epoch ms). */
  freshUntil: number;
  /** Its operation name, for the request metrics. */
  operationName: string | null;
}

/** What the response-cache plugin tells the front about an answer it would store. */
export interface StorableAnswer {
  subgraphs: readonly string[];
  /** The versions read before the answer was computed or looked up. */
  snapshot: string;
  /** The hint's maxAge, seconds. */
  maxAgeSeconds: number;
  operationName: string | null;
}

/** Per request, between the front's middleware and the plugin: where the plugin leaves what it would store. */
export interface FrontTicket {
  identity: string;
  documentKey: string;
  storable?: StorableAnswer;
}

const TICKET = Symbol("atlas.cache-front");

/** The ticket the front gave this request (undefined: the front does not take part). */
export function frontTicketOf(res: Response): FrontTicket | undefined {
  return (res.locals as Record<symbol, FrontTicket | undefined>)[TICKET];
}

/** Headers never replayed: they belong to the connection or are set again when sent. */
const NOT_REPLAYED = new Set(["content-length", "age", "date", "connection", "transfer-encoding", "content-encoding"]);

/** Documents whose dependencies are remembered; past this the oldest half is forgotten. */
const MAX_DOCUMENTS = 10_000;

const sha = (text: string): string => createHash("sha256").update(text).digest("base64url");

interface RequestParts {
  query: string;
  operationName: string;
  variables: string;
  persistedHash: string;
}

/** The parts of a GraphQL request over HTTP that decide its answer; undefined for what the front leaves to Apollo. */
function partsOf(req: Request): RequestParts | undefined {
  const get = req.method === "GET";
  const source = (get ? req.query : req.body) as Record<string, unknown> | undefined;
  if (!source || typeof source !== "object" || Array.isArray(source)) return undefined;
  const { query, operationName, variables, extensions } = source;
  if (query !== undefined && typeof query !== "string") return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== "string") return undefined;
  let persistedHash = "";
  if (extensions !== undefined) {
    let ext: unknown = extensions;
    if (typeof ext === "string") {
      try {
        ext = JSON.parse(ext);
      } catch {
        return undefined;
      }
    }
    const hash = (ext as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery?.sha256Hash;
    if (typeof hash === "string") persistedHash = hash;
  }
  if (!query && !persistedHash) return undefined;
  return {
    query: query ?? "",
    operationName: operationName ?? "",
    variables: typeof variables === "string" ? variables : JSON.stringify(variables ?? null),
    persistedHash,
  };
}

export interface FrontMetrics {
  /** A request answered by the front. */
  served(operationName: string | null, startedAt: bigint): void;
}

export class CacheFront {
  private readonly memory: SubgraphIndexedMemory<SentAnswer>;
  /** Document key → the subgraphs its answers depend on (learnt from the plugin). */
  private readonly dependencies = new Map<string, readonly string[]>();
  /** Keys whose expired entry a request is computing again now. */
  private readonly refreshing = new Set<string>();

  constructor(
    private readonly versions: Versions,
    memoryBytes: number,
    private readonly bypasses: (caller: Caller | undefined) => boolean,
    private readonly metrics?: FrontMetrics,
    /** The clock (epoch ms); tests move it. */
    private readonly now: () => number = Date.now,
  ) {
    this.memory = new SubgraphIndexedMemory<SentAnswer>(memoryBytes, (a) => a.body.length + 64 * (a.headers.length + 2));
  }

  /** Drops this replica's answers that involve these subgraphs (a write to them was announced). */
  forget(subgraphs: readonly string[]): void {
    this.memory.forget(subgraphs);
  }

  get size(): number {
    return this.memory.size;
  }

  /** Mounted just before Apollo's handler on /graphql, after the body is read and the caller known. */
  readonly middleware: RequestHandler = (req, res, next) => {
    const startedAt = process.hrtime.bigint();
    const caller = callerOfResponse(res);
    // GET and POST only: Apollo refuses any other method (405), and so must a stored answer.
    const parts = req.method === "GET" || req.method === "POST" ? partsOf(req) : undefined;
    if (!parts || this.bypasses(caller)) return next();
    const documentKey = sha(`${parts.persistedHash}\u0000${parts.query}\u0000${parts.operationName}`);
    const identity = [
      documentKey,
      parts.variables,
      req.method === "POST" ? "post" : "get",
      caller ? "key" : "anonymous",
      String(req.headers.accept ?? "").includes("multipart/mixed") ? "multipart" : "single",
    ].join("\u0000");
    const ticket: FrontTicket = { identity, documentKey };
    (res.locals as Record<symbol, FrontTicket>)[TICKET] = ticket;
    const before = new Set(res.getHeaderNames());
    const beforeCacheControl = res.getHeader("cache-control");
    this.keepWhatIsSent(res, ticket, before, beforeCacheControl);

    const subgraphs = this.dependencies.get(documentKey);
    if (!subgraphs) return next();
    this.versions.snapshot(subgraphs).then(
      async (snapshot) => {
        const key = snapshot === null ? undefined : this.keyOf(subgraphs, identity, snapshot);
        const answer = key === undefined ? undefined : await this.memory.get(key);
        if (!key || !answer) return next();
        if (answer.freshUntil <= this.now() && !this.refreshing.has(key)) {
          // This request computes it again; the others are sent this entry until it is stored.
          this.refreshing.add(key);
          res.once("close", () => this.refreshing.delete(key));
          return next();
        }
        for (const [name, value] of answer.headers) res.setHeader(name, value);
        res.setHeader("age", String(Math.max(0, Math.round((this.now() - answer.computedAt) / 1000))));
        recordingSpan()?.setAttribute("atlas.response_cache", "front");
        this.metrics?.served(answer.operationName, startedAt);
        res.status(200).send(answer.body);
      },
      next,
    )
    // Whatever fails past the lookup goes to the error handler (a 500 with a request id), never an unhandled rejection.
    .catch(next);
  };

  private keyOf(subgraphs: readonly string[], identity: string, snapshot: string): string {
    return `${subgraphs.join(",")}/${sha(`${identity}\u0000${snapshot}`)}`;
  }

  /** Stores the answer Apollo sends for this request when the plugin said it may be (ticket.storable). */
  private keepWhatIsSent(res: Response, ticket: FrontTicket, before: Set<string>, beforeCacheControl: unknown): void {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      res.send = send;
      const storable = ticket.storable;
      if (!storable || res.statusCode !== 200 || typeof body !== "string") return send(body);
      const age = Number(res.getHeader("age") ?? 0);
      const ttlMs = (storable.maxAgeSeconds - (Number.isFinite(age) ? age : 0)) * 1000;
      // Set by the GraphQL handling: new names, and Cache-Control (set to no-store before it and replaced by its plugin).
      const headers: [string, string][] = [];
      for (const name of res.getHeaderNames()) {
        if (NOT_REPLAYED.has(name)) continue;
        const value = res.getHeader(name);
        if (value === undefined || Array.isArray(value)) continue;
        if (!before.has(name) || (name === "cache-control" && value !== beforeCacheControl)) headers.push([name, String(value)]);
      }
      const result = send(body);
      const etag = res.getHeader("etag");
      if (typeof etag === "string") headers.push(["etag", etag]);
      const computedAt = this.now() - age * 1000;
      if (ttlMs >= 1000) this.store(storable, ticket, { body: Buffer.from(body), headers, computedAt, freshUntil: computedAt + storable.maxAgeSeconds * 1000, operationName: storable.operationName }, ttlMs);
      return result;
    };
  }

  private store(storable: StorableAnswer, ticket: FrontTicket, answer: SentAnswer, ttlMs: number): void {
    if (!this.dependencies.has(ticket.documentKey)) {
      if (this.dependencies.size >= MAX_DOCUMENTS) {
        let n = 0;
        for (const k of this.dependencies.keys()) if (n++ < MAX_DOCUMENTS / 2) this.dependencies.delete(k);
      }
      this.dependencies.set(ticket.documentKey, [...storable.subgraphs]);
    }
    // Kept one more hint's length past freshUntil: sent while a request computes it again (above).
    this.memory.set(this.keyOf(storable.subgraphs, ticket.identity, storable.snapshot), answer, ttlMs + storable.maxAgeSeconds * 1000);
  }
}

/** Whether a caller never uses the cache (curators and admins read what they have just written). */
export const bypassesCache = (caller: Caller | undefined): boolean => hasRole(caller, "curator");
