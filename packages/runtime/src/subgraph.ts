import { readFileSync } from "node:fs";
import { ApolloServer, type BaseContext } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { GraphQLError, parse, type DocumentNode, type GraphQLFormattedError } from "graphql";
import { createLogger, type Logger } from "./logger";

/** Reads an SDL file that sits beside the code (pass `join(__dirname, "schema.graphql")`). */
export function loadSdl(path: string): DocumentNode {
  return parse(readFileSync(path, "utf8"));
}

export interface SubgraphDefinition<TContext extends BaseContext> {
  name: string;
  typeDefs: DocumentNode;
  // The generated resolver types are stricter than @apollo/subgraph's map; both describe the same object.
  resolvers: GraphQLResolverMap<TContext> | object;
}

/**
 * Errors that are not GraphQLErrors are bugs or infrastructure failures: the client
 * gets a generic message with a stable code, the log gets the cause.
 */
export function maskInternalErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof GraphQLError || formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") return formatted;
    logger.error({ err: original, path: formatted.path }, "resolver failed");
    return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}

/** Builds a subgraph's Apollo Server. No side effects: nothing listens until `listenSubgraph`. */
export function createSubgraphServer<TContext extends BaseContext>(def: SubgraphDefinition<TContext>): ApolloServer<TContext> {
  const logger = createLogger(def.name);
  return new ApolloServer<TContext>({
    schema: buildSubgraphSchema([{ typeDefs: def.typeDefs, resolvers: def.resolvers as GraphQLResolverMap<TContext> }]),
    // Inline tracing is only useful to Apollo's hosted studio; it costs time on every request.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    formatError: maskInternalErrors(logger),
  });
}

export interface ListenOptions<TContext> {
  port: number;
  host?: string;
  context: () => Promise<TContext>;
}

export async function listenSubgraph<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: ListenOptions<TContext>,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port, host: options.host ?? "127.0.0.1" },
    context: options.context,
  });
  return { url, stop: () => server.stop() };
}

/** Reads a port from the environment, with a default; a bad value stops the process with a clear message. */
export function portFromEnv(variable: string, fallback: number): number {
  const raw = process.env[variable];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${variable} must be a port number (0-65535), got ${JSON.stringify(raw)}`);
  }
  return port;
}
