/**
 * An experiment for `npm run bench -- --one-process`: every registered subgraph served
 * from one Node process sharing one store client, instead of one process each. The
 * resolvers, loaders and HTTP layer are the services' own (createServer, createContext,
 * listenSubgraph); only the process boundary differs. Ports: BENCH_SUBGRAPH_PORTS, a JSON
 * object of name → port. Store: DATABASE_URL.
 */
import type { ApolloServer, BaseContext } from "@apollo/server";
import { createDb, type Database } from "@atlas/db";
import { listenSubgraph, readRegistry } from "@atlas/runtime";

interface SubgraphModule {
  name: string;
  createServer: () => ApolloServer<BaseContext>;
  createContext: (db: Database) => () => Promise<BaseContext>;
}

async function main(): Promise<void> {
  const ports = JSON.parse(process.env.BENCH_SUBGRAPH_PORTS ?? "{}") as Record<string, number>;
  const db = createDb(process.env.DATABASE_URL);
  const stops: (() => Promise<void>)[] = [];
  for (const { name } of readRegistry()) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- subgraphs are found through the registry
    const mod = require(`../../../services/${name}/src/server`) as SubgraphModule;
    const server = mod.createServer();
    // Read by the probe, to tell which subgraph a recorded request went to.
    Object.assign(server, { benchSubgraph: name });
    const { url, stop } = await listenSubgraph(server, { port: ports[name] ?? 0, context: mod.createContext(db), name });
    stops.push(stop);
    console.log(`${name} ${url}`);
  }
  const shutdown = (): void => {
    void Promise.all(stops.map((s) => s()))
      .then(() => db.close())
      .then(() => process.exit(0));
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
