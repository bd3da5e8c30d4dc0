import { join } from "node:path";
import { createSubgraphServer, loadSdl } from "@atlas/runtime";
import type { Context } from "./context";
import { resolvers } from "./resolvers";

export const name = "sources";
export const typeDefs = loadSdl(join(__dirname, "schema.graphql"));
export { resolvers };
export { createContext } from "./context";
export { listSizes } from "./list-sizes";

/** Builds the sources subgraph. Nothing listens until index.ts starts it. */
export const createServer = () => createSubgraphServer<Context>({ name, typeDefs, resolvers });
