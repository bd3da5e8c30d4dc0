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

/** Once per process: the import gate; then per request: loaders, after any committed import is applied. */
export const createContext = (db: Database, peers: Peers = new Peers({ urls: {} })) => {
  const imports = createImports(db, peers);
  return async (request: RequestInfo = {}): Promise<Context> => {
    await imports.gate.settle(request.requestId);
    return { db, loaders: createLoaders(db.prisma), peers, imports, caller: request.caller, requestId: request.requestId };
  };
};
