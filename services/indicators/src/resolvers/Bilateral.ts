import { parseBilateralId } from "@atlas/runtime";
import { indicatorsInOrder } from "../loaders";
import type { BilateralResolvers } from "../__generated__/resolvers-types";

export const Bilateral: BilateralResolvers = {
  __resolveReference: (ref) => (parseBilateralId(ref.id) ? { id: ref.id } : null),
  indicators: async (b, { metric }, { loaders }) => indicatorsInOrder(loaders, await loaders.byPair.load(b.id), metric),
};
