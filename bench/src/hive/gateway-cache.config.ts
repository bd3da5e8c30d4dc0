/**
 * Hive Gateway with its response cache (system B+cache), for the cached workloads: the same
 * settings as gateway.config.ts, plus Hive's response-cache plugin (@graphql-mesh/plugin-
 * response-cache over envelop's) with one global session and a 60 s TTL, like our gateway's
 * hints. It purges cached answers holding an entity that a mutation it forwards returns
 * (invalidateViaMutation, its default). The benchmark's writer authenticates to the subgraphs
 * with a signed caller header, which Hive forwards.
 */
import { defineConfig } from "@graphql-hive/gateway";

const secret = process.env.SUBGRAPH_SECRET;
const header = process.env.BENCH_SECRET_HEADER || "x-subgraph-secret";
const CALLER_HEADER = "x-atlas-caller";

export const gatewayConfig = defineConfig({
  logging: "warn",
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => {
      const caller = request.headers.get(CALLER_HEADER);
      return { ...(secret ? { [header]: secret } : {}), ...(caller ? { [CALLER_HEADER]: caller } : {}) };
    },
  },
  transportEntries: {
    "*": { options: { deduplicateInflightRequests: process.env.BENCH_HIVE_DEDUP === "1" } },
  },
  responseCaching: { session: () => null, ttl: 60_000 },
});
