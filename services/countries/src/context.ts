import type { Database } from "@atlas/db";
import { type Caller, Peers, type RequestInfo } from "@atlas/runtime";
import { createImports, type Imports } from "./imports";
import { createLoaders, type Loaders } from "./loaders";

export interface Context {
  db: Database;
  loaders: Loaders;
  peers: Peers;
  imports: Imports;
  /** The caller the gateway vouches for; undefined for anonymous reads. */
  caller?: Caller;
  requestId?: string;
}

const NO_PEERS = new Peers({ urls: {} });
/** One import gate per store and peers, even when a caller (a test helper) builds the context function per request. */
const gates = new WeakMap<Database, WeakMap<Peers, Imports>>();

/** Once per process: the import gate; then per request: loaders, after any committed import is applied. */
export const createContext = (db: Database, peers: Peers = NO_PEERS) => {
  const perPeers = gates.get(db) ?? new WeakMap<Peers, Imports>();
  gates.set(db, perPeers);
  const imports = perPeers.get(peers) ?? createImports(db, peers);
  perPeers.set(peers, imports);
  return async (request: RequestInfo = {}): Promise<Context> => {
    await imports.gate.settle(request.requestId);
    return { db, loaders: createLoaders(db.prisma), peers, imports, caller: request.caller, requestId: request.requestId };
  };
};
