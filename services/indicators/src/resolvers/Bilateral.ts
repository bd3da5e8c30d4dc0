import { parseBilateralId } from "@atlas/runtime";
import { listConnection, listSlice } from "@atlas/runtime/src/lists";
import { indicatorsInOrder } from "../loaders";
import type { BilateralResolvers } from "../__generated__/resolvers-types";

export const Bilateral: BilateralResolvers = {
  __resolveReference: (ref) => (parseBilateralId(ref.id) ? { id: ref.id } : null),
  indicators: async (b, { metric, ...page }, { loaders }) => listSlice(`Bilateral(${b.id}).indicators`, await indicatorsInOrder(loaders, await loaders.byPair.load(b.id), metric), page),
  indicatorsConnection: async (b, { metric, ...page }, { loaders }) =>
    listConnection(`Bilateral(${b.id}).indicators`, await indicatorsInOrder(loaders, await loaders.byPair.load(b.id), metric), page),
};
