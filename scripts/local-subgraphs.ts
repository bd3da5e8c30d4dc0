/**
 * Every registered subgraph in this process, on free loopback ports, behind the same
 * listener production uses (a random secret for this run), for tools that write through
 * the subgraphs without a running federation: `npm run seed` and the test suite's setup.
 * `npm start` runs the subgraphs as processes and seeds through those instead.
 */
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import type { ApolloServer, BaseContext } from "@apollo/server";
import { type Database, repoRoot } from "@atlas/db";
import { type Caller, listenSubgraph, Peers, readRegistry, type RequestInfo } from "@atlas/runtime";
import { seedCorpus, subgraphTransport, type SeedResult } from "@atlas/seeds";

interface SubgraphModule {
  name: string;
  createServer: () => ApolloServer<BaseContext>;
  createContext: (db: Database, peers?: Peers) => (request: RequestInfo) => Promise<BaseContext>;
}

/** Who the shipped corpus is written by, in the journal. */
export const SEED_CALLER: Caller = { id: "seed", name: "seed corpus", role: "admin" };

export async function withLocalSubgraphs<T>(db: Database, fn: (urls: Record<string, string>, secret: string) => Promise<T>): Promise<T> {
  const secret = randomBytes(24).toString("base64url");
  const urls: Record<string, string> = {};
  const peers = new Peers({ urls, secret });
  const stops: (() => Promise<void>)[] = [];
  try {
    for (const { name } of readRegistry()) {
      // Found through the registry, so loaded by path.
      const mod = (await import(join(repoRoot, "services", name, "src", "server"))) as SubgraphModule;
      const { url, stop } = await listenSubgraph(mod.createServer(), { port: 0, name, secret, context: mod.createContext(db, peers) });
      urls[name] = url;
      stops.push(stop);
    }
    return await fn(urls, secret);
  } finally {
    await Promise.all(stops.map((s) => s()));
  }
}

/** Loads the shipped corpus into `db` through the subgraphs' validated writes. */
export function seedStore(db: Database): Promise<SeedResult> {
  return withLocalSubgraphs(db, (urls, secret) => seedCorpus(subgraphTransport(urls, secret, SEED_CALLER)));
}
