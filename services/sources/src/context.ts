import type { Database } from "@atlas/db";
import type { Caller, Peers, RequestInfo } from "@atlas/runtime";
import { createLoaders, type Loaders } from "./loaders";

export interface Context {
  db: Database;
  loaders: Loaders;
  /** The caller the gateway vouches for; undefined for anonymous reads. */
  caller?: Caller;
  requestId?: string;
}

export const createContext =
  (db: Database, _peers?: Peers) =>
  async (request: RequestInfo = {}): Promise<Context> => ({ db, loaders: createLoaders(db.prisma), caller: request.caller, requestId: request.requestId });
