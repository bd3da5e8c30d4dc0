/**
 * The whole federation in one test process, over real HTTP: every registered subgraph
 * on its own port (0 = any free one), the real gateway composed over them.
 */
import type { ApolloServer, BaseContext } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import type { Database } from "@atlas/db";
import { createGateway } from "@atlas/gateway/src/server";
import { readRegistry } from "@atlas/runtime";

interface SubgraphModule {
  name: string;
  createServer: () => ApolloServer<BaseContext>;
  createContext: (db: Database) => () => Promise<BaseContext>;
}

export function subgraphModule(name: string): SubgraphModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- subgraphs are found through the registry
  return require(`../../services/${name}/src/server`) as SubgraphModule;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface Federation {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Stops one subgraph's HTTP server, leaving the rest and the gateway running. */
  stopSubgraph(name: string): Promise<void>;
  stop(): Promise<void>;
}

export async function post<T>(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, "status">;
  return { status: res.status, ...body };
}

export async function startFederation(db: Database, options: { only?: string[] } = {}): Promise<Federation> {
  const servers = new Map<string, ApolloServer<BaseContext>>();
  const subgraphUrls: Record<string, string> = {};
  for (const { name } of readRegistry()) {
    if (options.only && !options.only.includes(name)) continue;
    const mod = subgraphModule(name);
    const server = mod.createServer();
    const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" }, context: mod.createContext(db) });
    servers.set(name, server);
    subgraphUrls[name] = url;
  }
  const gateway = await createGateway({ subgraphUrls });
  const gatewayUrl = await gateway.listen(0);
  return {
    gatewayUrl,
    subgraphUrls,
    query: (query, variables) => post(gatewayUrl, query, variables),
    stopSubgraph: async (name) => {
      await servers.get(name)?.stop();
      servers.delete(name);
    },
    stop: async () => {
      await gateway.stop();
      await Promise.all([...servers.values()].map((s) => s.stop()));
    },
  };
}
