import { parseBilateralId } from "@atlas/runtime";
import { listConnection, listSlice } from "@atlas/runtime/src/lists";
import type { Context } from "../context";
import { indicatorsInOrder, inScope } from "../loaders";
import type { BilateralResolvers, PairScope } from "../__generated__/resolvers-types";

/** The pair's indicators in the scope asked (by default about the two countries alone), optionally of one metric. */
async function indicatorsOf(pairId: string, scope: PairScope | null | undefined, metric: string | null | undefined, { loaders }: Context) {
  return indicatorsInOrder(loaders, await inScope(loaders, await loaders.byPair.load(pairId), scope), metric);
}

export const Bilateral: BilateralResolvers = {
  __resolveReference: (ref) => (parseBilateralId(ref.id) ? { id: ref.id } : null),
  indicators: async (b, { metric, scope, ...page }, ctx) => listSlice(`Bilateral(${b.id}).indicators`, await indicatorsOf(b.id, scope, metric, ctx), page),
  indicatorsConnection: async (b, { metric, scope, ...page }, ctx) => listConnection(`Bilateral(${b.id}).indicators`, await indicatorsOf(b.id, scope, metric, ctx), page),
  tradeFlows: (b, _, { loaders }) => loaders.tradeFlowsOfPair.load(b.id),
};
