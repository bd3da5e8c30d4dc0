/**
 * Hive Gateway (system B) as the benchmark runs it: the same supergraph file as our
 * gateway (path given on the command line), one worker (--fork 1), and the shared
 * secret header on every subgraph request, as our gateway sends it.
 *
 * Its deduplication of identical in-flight subgraph requests is switched off: the
 * benchmark sends the same query on every connection, so with it on, ten concurrent
 * client requests cost the subgraphs about one, which says more about the load than
 * about the gateway (our gateway has no such feature). BENCH_HIVE_DEDUP=1 turns it on.
 */
import { defineConfig } from "@graphql-hive/gateway";

const secret = process.env.SUBGRAPH_SECRET;
const header = process.env.BENCH_SECRET_HEADER || "x-subgraph-secret";

export const gatewayConfig = defineConfig({
  logging: "warn",
  propagateHeaders: {
    fromClientToSubgraphs: () => (secret ? { [header]: secret } : {}),
  },
  transportEntries: {
    "*": { options: { deduplicateInflightRequests: process.env.BENCH_HIVE_DEDUP === "1" } },
  },
});
