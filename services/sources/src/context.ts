import type { Database } from "@atlas/db";
import type { Caller, Peers, RequestInfo } from "@atlas/runtime";
import { loadLexicons, type Lexicons } from "./candidates";
import { createLoaders, type Loaders } from "./loaders";

export interface Context {
  db: Database;
  loaders: Loaders;
  /** The caller the gateway vouches for; undefined for anonymous reads. */
  caller?: Caller;
  requestId?: string;
  /** The country and person lexicons for Document.candidates, fetched from their subgraphs at most once per request. */
  lexicons: () => Promise<Lexicons>;
}

export const createContext =
  (db: Database, peers?: Peers) =>
  async (request: RequestInfo = {}): Promise<Context> => {
    let lexicons: Promise<Lexicons> | undefined;
    const ctx: Context = {
      db,
      loaders: createLoaders(db.prisma),
      caller: request.caller,
      requestId: request.requestId,
      lexicons: () => {
        if (!peers) return Promise.reject(new Error("The sources subgraph was started without peers: it cannot read the country and person lexicons"));
        lexicons ??= loadLexicons(peers, { caller: request.caller, requestId: request.requestId });
        return lexicons;
      },
    };
    return ctx;
  };
