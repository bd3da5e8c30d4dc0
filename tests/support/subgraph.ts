/** Runs operations against one subgraph's server without HTTP or a gateway (executeOperation). */
import type { ApolloServer, BaseContext } from "@apollo/server";
import type { Database } from "@atlas/db";
import { seededDb } from "./db";

export interface SingleResult {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

export async function execute<C extends BaseContext>(
  server: ApolloServer<C>,
  createContext: (db: Database) => () => Promise<C>,
  db: Database,
  query: string,
  variables?: Record<string, unknown>,
): Promise<SingleResult> {
  const res = await server.executeOperation({ query, variables }, { contextValue: await createContext(db)() });
  if (res.body.kind !== "single") throw new Error("expected a single result");
  return res.body.singleResult as SingleResult;
}

export const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename ...F } }`;

export interface SubgraphModule<C extends BaseContext> {
  createServer: () => ApolloServer<C>;
  createContext: (db: Database) => () => Promise<C>;
}

/**
 * Starts a subgraph's server over the run's seeded store for the tests of one file
 * (beforeAll/afterAll) and returns `run(query, variables)` plus the store.
 */
export function useSubgraph<C extends BaseContext>(subgraph: SubgraphModule<C>) {
  const server = subgraph.createServer();
  let db: Database | undefined;
  beforeAll(async () => {
    db = seededDb();
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
    await db?.close();
  });
  const store = (): Database => {
    if (!db) throw new Error("useSubgraph: the store opens in beforeAll");
    return db;
  };
  return {
    run: (query: string, variables?: Record<string, unknown>) => execute(server, subgraph.createContext, store(), query, variables),
    store,
  };
}
