/**
 * Persisted operations: the operations first-party apps send, listed at build time (the
 * explorer's, extracted from web/src/api.ts into web/dist/persisted-operations.json by its
 * Vite build), so an app sends a hash instead of a document, over GET, with a short URL a CDN
 * can key on (cache-headers.ts).
 *
 * The list is Apollo's persisted query manifest format (what @apollo/generate-persisted-query-manifest
 * writes and Apollo Router's `persisted_queries.local_manifests` reads): `{ format:
 * "apollo-persisted-query-manifest", version: 1, operations: [{ id, name, type, body }] }`, id the
 * sha256 of body in hex. Clients use Apollo's APQ protocol: `extensions.persistedQuery
 * { version: 1, sha256Hash }`, on GET or POST.
 *
 * PERSISTED_OPERATIONS:
 * - `allow` (default): listed operations by hash, any other document too, and APQ registration
 *   of others (kept in memory, bounded) as Apollo Server does by default.
 * - `only`: a caller without an API key may run only listed operations (400
 *   PERSISTED_QUERY_NOT_IN_LIST, Apollo Router's code), as Apollo Router's safelisting and Hive's
 *   persisted documents do. A caller with a key may still send any document: keys are issued,
 *   accountable and rate-limited per key, and curators' imports are free-form mutations.
 *   The gateway's own operations (the exports) are not HTTP requests and are not checked.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import type { ApolloServerPlugin } from "@apollo/server";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "../data-source";

export type PersistedMode = "allow" | "only";

export interface PersistedOperation {
  /** sha256 of body, lower-case hex. */
  id: string;
  name: string;
  type: "query" | "mutation" | "subscription";
  body: string;
}

export interface PersistedManifest {
  format: "apollo-persisted-query-manifest";
  version: 1;
  operations: PersistedOperation[];
}

export const NOT_IN_LIST = "PERSISTED_QUERY_NOT_IN_LIST";

export const sha256Hex = (s: string): string => createHash("sha256").update(s, "utf8").digest("hex");

/** PERSISTED_OPERATIONS: allow (default) or only. */
export function persistedModeFromEnv(raw: string | undefined): PersistedMode {
  const value = raw?.trim().toLowerCase();
  if (!value || value === "allow") return "allow";
  if (value === "only") return "only";
  throw new Error(`PERSISTED_OPERATIONS must be allow or only, got ${JSON.stringify(raw)}`);
}

/** The operations of a manifest by id; throws naming the file and the entry when it is not one, or an id is not its body's hash. */
export function readManifest(path: string): Map<string, PersistedOperation> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`persisted operations ${path}: ${(e as Error).message}`, { cause: e });
  }
  return manifestOperations(parsed, path);
}

export function manifestOperations(manifest: unknown, where = "manifest"): Map<string, PersistedOperation> {
  const m = manifest as Partial<PersistedManifest> | null;
  if (m?.format !== "apollo-persisted-query-manifest" || m.version !== 1 || !Array.isArray(m.operations)) {
    throw new Error(`persisted operations ${where}: not an apollo-persisted-query-manifest, version 1`);
  }
  const operations = new Map<string, PersistedOperation>();
  m.operations.forEach((op, i) => {
    if (typeof op?.body !== "string" || typeof op.id !== "string" || sha256Hex(op.body) !== op.id) {
      throw new Error(`persisted operations ${where}: operations[${i}] has no body, or its id is not the sha256 of its body`);
    }
    operations.set(op.id, op);
  });
  return operations;
}

/**
 * Apollo Server's APQ store (`persistedQueries.cache`; Apollo prefixes every key with "apq:"):
 * listed operations always resolve; others registered by clients live in a bounded map, the
 * oldest dropped first, as Apollo's own in-memory default would.
 */
export class PersistedQueryStore implements KeyValueCache<string> {
  private readonly registered = new Map<string, string>();
  private registeredChars = 0;

  constructor(
    private readonly listed: ReadonlyMap<string, PersistedOperation>,
    private readonly maxRegisteredChars = 8 * 1024 * 1024,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const hash = key.replace(/^apq:/, "");
    return this.listed.get(hash)?.body ?? this.registered.get(hash);
  }

  async set(key: string, value: string): Promise<void> {
    const hash = key.replace(/^apq:/, "");
    if (this.listed.has(hash) || this.registered.has(hash) || value.length > this.maxRegisteredChars) return;
    this.registered.set(hash, value);
    this.registeredChars += value.length;
    for (const [oldest, body] of this.registered) {
      if (this.registeredChars <= this.maxRegisteredChars) break;
      this.registered.delete(oldest);
      this.registeredChars -= body.length;
    }
  }

  async delete(key: string): Promise<boolean> {
    const hash = key.replace(/^apq:/, "");
    const body = this.registered.get(hash);
    if (body !== undefined) this.registeredChars -= body.length;
    return this.registered.delete(hash);
  }
}

/** In `only` mode: refuses an anonymous HTTP request whose document is not listed, after Apollo resolved its hash. */
export function persistedOnlyPlugin(listed: ReadonlyMap<string, PersistedOperation>): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      if (!request.http || contextValue.caller) return;
      return {
        async didResolveOperation({ queryHash, operationName }) {
          if (listed.has(queryHash)) return;
          throw new GraphQLError(
            `This API runs only its listed (persisted) operations for callers without an API key; ${operationName ? `the operation ${operationName}` : "this document"} is not listed. Send a listed operation by its extensions.persistedQuery.sha256Hash, or send an API key.`,
            { extensions: { code: NOT_IN_LIST, http: { status: 400 } } },
          );
        },
      };
    },
  };
}

/**
 * The list the gateway serves: PERSISTED_OPERATIONS_MANIFEST when set, else the explorer's build
 * (`builtManifest`) when there is one, else none. `only` without a list stops the gateway:
 * it would refuse every anonymous request.
 */
export function loadPersistedOperations(mode: PersistedMode, manifestPath: string | undefined, builtManifest: string | null): Map<string, PersistedOperation> {
  const path = manifestPath ?? (builtManifest && existsSync(builtManifest) ? builtManifest : undefined);
  if (path) return readManifest(path);
  if (mode === "only") {
    throw new Error("PERSISTED_OPERATIONS=only needs the list of operations: build the explorer (npm run build -w @atlas/web) or set PERSISTED_OPERATIONS_MANIFEST");
  }
  return new Map();
}
