/** Runs operations against one subgraph's server without HTTP or a gateway (executeOperation). */
import type { ApolloServer, BaseContext } from "@apollo/server";
import type { Database } from "@atlas/db";

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
