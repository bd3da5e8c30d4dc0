/**
 * A replica's memory for cached answers: an LRU bounded in bytes whose keys are
 * "<subgraphs>/<hash>" (response-cache.ts), indexed by subgraph so that the entries involving
 * a subgraph can be dropped when that subgraph's write is announced. Dropping is only about
 * room: a key carries the versions it was computed at, so an entry older than a write can no
 * longer be asked for.
 */
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";

/** The subgraphs part of a key ("…agreements,countries/<hash>"), after whatever prefix Apollo's plugin adds. */
export function subgraphsOfKey(key: string): string[] {
  const slash = key.indexOf("/");
  const colon = key.lastIndexOf(":", slash);
  return slash < 0 ? [] : key.slice(colon + 1, slash).split(",").filter(Boolean);
}

/** Keys the LRU evicted stay indexed until their subgraph writes; past this many per subgraph the index restarts. */
const MAX_INDEXED_PER_SUBGRAPH = 100_000;

export class SubgraphIndexedMemory<V extends object | string> {
  private readonly lru: InMemoryLRUCache<V>;
  private readonly bySubgraph = new Map<string, Set<string>>();

  constructor(maxBytes: number, sizeOf: (value: V) => number) {
    this.lru = new InMemoryLRUCache<V>({ maxSize: maxBytes, sizeCalculation: sizeOf });
  }

  get(key: string): Promise<V | undefined> {
    return this.lru.get(key);
  }

  /** Keeps `value` for at most `ttlMs` (whole seconds, at least one; undefined: until evicted). */
  set(key: string, value: V, ttlMs: number | undefined): void {
    void this.lru.set(key, value, ttlMs ? { ttl: Math.max(1, Math.floor(ttlMs / 1000)) } : undefined);
    for (const s of subgraphsOfKey(key)) {
      let keys = this.bySubgraph.get(s);
      if (!keys) this.bySubgraph.set(s, (keys = new Set()));
      if (keys.size >= MAX_INDEXED_PER_SUBGRAPH) keys.clear();
      keys.add(key);
    }
  }

  delete(key: string): Promise<boolean> {
    return this.lru.delete(key);
  }

  /** Drops the entries that involve any of these subgraphs; returns how many keys were dropped. */
  forget(subgraphs: readonly string[]): number {
    let dropped = 0;
    for (const s of subgraphs) {
      const keys = this.bySubgraph.get(s);
      if (!keys) continue;
      this.bySubgraph.delete(s);
      for (const k of keys) {
        void this.lru.delete(k);
        dropped += 1;
      }
    }
    return dropped;
  }

  /** Entries held now. */
  get size(): number {
    return this.lru.keys().length;
  }
}
