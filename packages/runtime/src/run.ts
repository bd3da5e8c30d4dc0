import type { ApolloServer, BaseContext } from "@apollo/server";
import { createDb, type Database } from "@atlas/db";
import { createLogger } from "./logger";
import { exitAfterDrain } from "./shutdown";
import { liveListSizes, type ListSizeSpec } from "./list-sizes";
import { storeOf } from "./metrics";
import { Peers } from "./peers";
import { readRegistry, subgraphPort, subgraphUrl } from "./registry";
import { listenSubgraph, type RequestInfo } from "./subgraph";
import { startTracing } from "./tracing";

export interface RunnableSubgraph<TContext extends BaseContext> {
  name: string;
  createServer: () => ApolloServer<TContext>;
  /** The per-request context; `peers` reaches the other subgraphs (write-path checks). */
  createContext: (db: Database, peers: Peers) => (request: RequestInfo) => Promise<TContext>;
  /** The live maxima of its unpaged lists, served at /list-sizes for the gateway's demand control. */
  listSizes?: readonly ListSizeSpec[];
}

/**
 * What a subgraph's index.ts does: open the store DATABASE_URL names, listen on the
 * registered port (or <NAME>_PORT) on SUBGRAPH_HOST (127.0.0.1), answer only the gateway
 * (SUBGRAPH_SECRET, required in production), and on SIGINT/SIGTERM stop accepting
 * requests, let in-flight ones finish, close the store and exit 0. Exits non-zero on failure.
 */
export function runSubgraph<TContext extends BaseContext>(subgraph: RunnableSubgraph<TContext>): void {
  const logger = createLogger(subgraph.name);
  const main = async (): Promise<void> => {
    // Before anything serves: OTLP export when OTEL_EXPORTER_OTLP_ENDPOINT is set, else nothing (tracing.ts).
    const tracing = startTracing(subgraph.name);
    const entry = readRegistry().find((s) => s.name === subgraph.name);
    if (!entry) throw new Error(`subgraph ${subgraph.name} is not in services/subgraphs.json`);
    const port = subgraphPort(entry);
    const host = process.env.SUBGRAPH_HOST ?? "127.0.0.1";
    const db = createDb();
    const peers = new Peers({ urls: Object.fromEntries(readRegistry().map((s) => [s.name, subgraphUrl(s)])), secret: process.env.SUBGRAPH_SECRET || undefined });
    const server = subgraph.createServer();
    const { url, stop } = await listenSubgraph(server, {
      port,
      host,
      name: subgraph.name,
      context: subgraph.createContext(db, peers),
      ready: () => db.prisma.$queryRawUnsafe("SELECT 1"),
      metrics: storeOf(db),
      ...(subgraph.listSizes ? { listSizes: liveListSizes(db, subgraph.listSizes) } : {}),
    });
    logger.info({ url }, `${subgraph.name} subgraph ready`);
    exitAfterDrain(logger, () => stop().then(() => db.close()).then(() => tracing.shutdown()));
  };
  main().catch((e: unknown) => {
    logger.fatal({ err: e }, `${subgraph.name} subgraph failed to start`);
    process.exit(1);
  });
}
