/**
 * Issue 12: cache hints from a subgraph reach the client's Cache-Control. A small subgraph
 * with `@cacheControl` in its SDL (as docs/clients.md proposes for ours) behind our gateway:
 * Apollo Server in the subgraph turns the hints into its answer's Cache-Control,
 * @apollo/gateway restricts the request's policy by every subgraph answer's header, and the
 * gateway's plugin (gateway/src/http/cache-headers.ts) writes it, capped by GATEWAY_CACHE_MAX_AGE.
 */
import { composeServices } from "@apollo/composition";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { createGateway, type Gateway } from "@atlas/gateway/src/server";
import { parse } from "graphql";

const SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])

  enum CacheControlScope {
    PUBLIC
    PRIVATE
  }
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION

  type Query {
    daily: Reading @cacheControl(maxAge: 30)
    live: Reading @cacheControl(maxAge: 5)
    mine: Reading @cacheControl(maxAge: 30, scope: PRIVATE)
    unhinted: Reading
  }
  type Reading @cacheControl(inheritMaxAge: true) {
    value: Int
  }
`;

let subgraph: ApolloServer;
const gateways: Gateway[] = [];
let hintsOnly: string;
let withDefault: string;

beforeAll(async () => {
  const typeDefs = parse(SDL);
  const reading = () => ({ value: 1 });
  subgraph = new ApolloServer({
    schema: buildSubgraphSchema([{ typeDefs, resolvers: { Query: { daily: reading, live: reading, mine: reading, unhinted: reading } } }]),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(subgraph, { listen: { port: 0, host: "127.0.0.1" } });
  const composed = composeServices([{ name: "readings", url, typeDefs }]);
  if (!composed.supergraphSdl) throw new Error(composed.errors?.map((e) => e.message).join("\n"));
  const start = async (subgraphHints: boolean): Promise<string> => {
    const g = await createGateway({ supergraphSdl: composed.supergraphSdl, subgraphUrls: { readings: url }, rateLimit: { enabled: false }, cache: { maxAgeSeconds: 60, subgraphHints } });
    gateways.push(g);
    return g.listen(0);
  };
  hintsOnly = await start(true);
  withDefault = await start(false);
});
afterAll(async () => {
  for (const g of gateways) await g.stop();
  await subgraph?.stop();
});

const cacheControlOf = async (url: string, query: string): Promise<string | null> => {
  const r = await fetch(`${url}?${new URLSearchParams({ query })}`);
  expect(r.status).toBe(200);
  await r.arrayBuffer();
  return r.headers.get("cache-control");
};

it("a subgraph's hint becomes the answer's max-age; the strictest of several wins", async () => {
  expect(await cacheControlOf(hintsOnly, "{ daily { value } }")).toBe("public, max-age=30");
  expect(await cacheControlOf(hintsOnly, "{ daily { value } live { value } }")).toBe("public, max-age=5");
});

it("a PRIVATE hint makes the answer private", async () => {
  expect(await cacheControlOf(hintsOnly, "{ mine { value } }")).toBe("private, max-age=30");
});

it("a field without a hint: no-store when only hints count, the gateway's default otherwise", async () => {
  expect(await cacheControlOf(hintsOnly, "{ unhinted { value } }")).toBe("no-store");
  expect(await cacheControlOf(withDefault, "{ unhinted { value } }")).toBe("public, max-age=60");
  expect(await cacheControlOf(withDefault, "{ live { value } }")).toBe("public, max-age=5");
});
