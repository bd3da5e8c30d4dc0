import { readFileSync } from "node:fs";
import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloGateway } from "@apollo/gateway";
import { expressMiddleware } from "@as-integrations/express5";
import { createLogger, readRegistry, subgraphUrl } from "@atlas/runtime";
import express from "express";
import { supergraphPath } from "./compose";
import { SubgraphDataSource } from "./data-source";
import { graphiqlAssets, graphiqlLandingPage } from "./graphiql";

export interface GatewayOptions {
  /** The supergraph to serve; default: the committed gateway/src/supergraph.graphql. */
  supergraphSdl?: string;
  /** Subgraph URLs by name; default: <NAME>_URL, else the registered port on 127.0.0.1. */
  subgraphUrls?: Record<string, string>;
}

export interface Gateway {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer;
  /** Listens; resolves with the GraphQL endpoint URL. */
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

/** Builds the gateway. No side effects: nothing listens until `listen`. */
export async function createGateway(options: GatewayOptions = {}): Promise<Gateway> {
  const logger = createLogger("gateway");
  const supergraphSdl = options.supergraphSdl ?? readFileSync(supergraphPath, "utf8");
  const urls = Object.fromEntries(readRegistry().map((s) => [s.name, subgraphUrl(s)]));
  Object.assign(urls, options.subgraphUrls);

  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource(name, urls[name] ?? url ?? ""),
    logger,
  });

  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({
    gateway,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), graphiqlLandingPage()],
  });
  await apollo.start();

  app.use(graphiqlAssets());
  app.use("/graphql", express.json({ limit: "100kb" }), expressMiddleware(apollo));

  return {
    app,
    httpServer,
    apollo,
    listen: (port, host = "127.0.0.1") =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          const addr = httpServer.address();
          const actual = typeof addr === "object" && addr ? addr.port : port;
          resolve(`http://${host}:${actual}/graphql`);
        });
      }),
    stop: () => apollo.stop(),
  };
}
