/**
 * The whole federation in one test process, over real HTTP: every registered subgraph
 * on its own port (0 = any free one) behind the same listener production uses
 * (listenSubgraph: the gateway's secret required, /healthz, /readyz), the real gateway
 * composed over them. Each federation has its own random subgraph secret, and counts
 * the HTTP requests each subgraph receives.
 */
import { randomBytes } from "node:crypto";
import type { ApolloServer, BaseContext } from "@apollo/server";
import type { Database } from "@atlas/db";
import { createGateway, type GatewayOptions } from "@atlas/gateway/src/server";
import { type Caller, CALLER_HEADER, listenSubgraph, Peers, readRegistry, type RequestInfo, signCaller } from "@atlas/runtime";
import { LIST_SIZES_PATH, liveListSizes, type ListSizeSpec } from "@atlas/runtime/src/list-sizes";
import { storeOf } from "@atlas/runtime/src/metrics";
import { SUBGRAPH_SECRET_HEADER } from "@atlas/runtime/src/secret";

interface SubgraphModule {
  name: string;
  createServer: () => ApolloServer<BaseContext>;
  createContext: (db: Database, peers?: Peers) => (request: RequestInfo) => Promise<BaseContext>;
  listSizes?: ListSizeSpec[];
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
  /** The secret the gateway sends and the subgraphs require. */
  subgraphSecret: string;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** HTTP requests each subgraph has received so far (GraphQL and probes alike). */
  subgraphRequests(): Record<string, number>;
  /** The sum of subgraphRequests(). */
  totalSubgraphRequests(): number;
  /** Posts straight to one subgraph, as the gateway would, vouching for `caller` (signed with the secret). */
  querySubgraph<T = Record<string, unknown>>(name: string, query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<GraphQLResponse<T>>;
  /** Stops one subgraph's HTTP server, leaving the rest and the gateway running. */
  stopSubgraph(name: string): Promise<void>;
  stop(): Promise<void>;
}

export async function post<T>(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, "status">;
  return { status: res.status, ...body };
}

export interface FederationOptions {
  only?: string[];
  /** Passed to createGateway (production mode, limits, timeouts…). */
  gateway?: Omit<GatewayOptions, "subgraphUrls" | "subgraphSecret">;
  /** Where the subgraphs count their writes for the gateways' response cache (default: REDIS_URL); pass the gateway's own responseCache options too. */
  responseCache?: { redisUrl?: string; prefix?: string };
}

export async function startFederation(db: Database, options: FederationOptions = {}): Promise<Federation> {
  const subgraphSecret = randomBytes(24).toString("base64url");
  const stops = new Map<string, () => Promise<void>>();
  const counts: Record<string, number> = {};
  const subgraphUrls: Record<string, string> = {};
  // Filled in as the subgraphs listen: the write path asks peers (sources, countries, people) to check references.
  const peers = new Peers({ urls: subgraphUrls, secret: subgraphSecret });
  for (const { name } of readRegistry()) {
    if (options.only && !options.only.includes(name)) continue;
    const mod = subgraphModule(name);
    const { url, stop, httpServer } = await listenSubgraph(mod.createServer(), {
      port: 0,
      name,
      secret: subgraphSecret,
      context: mod.createContext(db, peers),
      ready: () => db.prisma.$queryRawUnsafe("SELECT 1"),
      // One store for every subgraph here: each one's atlas_db_statements_total counts all of its statements.
      metrics: storeOf(db),
      ...(mod.listSizes ? { listSizes: liveListSizes(db, mod.listSizes) } : {}),
      ...(options.responseCache ? { responseCache: options.responseCache } : {}),
    });
    counts[name] = 0;
    // The gateway's background reads of /list-sizes are not requests a query caused.
    httpServer.on("request", (req: { url?: string }) => {
      if (req.url !== LIST_SIZES_PATH) counts[name]! += 1;
    });
    stops.set(name, stop);
    subgraphUrls[name] = url;
  }
  let gateway: Awaited<ReturnType<typeof createGateway>>;
  try {
    gateway = await createGateway({ ...options.gateway, subgraphUrls, subgraphSecret });
  } catch (e) {
    // A gateway that cannot start must not leave the subgraphs listening (Jest would hang).
    await Promise.all([...stops.values()].map((s) => s()));
    throw e;
  }
  const gatewayUrl = await gateway.listen(0);
  return {
    gatewayUrl,
    subgraphUrls,
    subgraphSecret,
    query: (query, variables) => post(gatewayUrl, query, variables),
    querySubgraph: (name, query, variables, caller) => {
      const url = subgraphUrls[name];
      if (!url) throw new Error(`subgraph ${name} is not running`);
      const headers: Record<string, string> = { [SUBGRAPH_SECRET_HEADER]: subgraphSecret };
      if (caller) headers[CALLER_HEADER] = signCaller(caller, subgraphSecret);
      return post(url, query, variables, headers);
    },
    subgraphRequests: () => ({ ...counts }),
    totalSubgraphRequests: () => Object.values(counts).reduce((a, b) => a + b, 0),
    stopSubgraph: async (name) => {
      await stops.get(name)?.();
      stops.delete(name);
    },
    stop: async () => {
      await gateway.stop();
      await Promise.all([...stops.values()].map((s) => s()));
    },
  };
}
