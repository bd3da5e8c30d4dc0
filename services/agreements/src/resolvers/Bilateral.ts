import { parseBilateralId } from "@atlas/runtime";
import { agreementsInOrder } from "../loaders";
import type { BilateralResolvers } from "../__generated__/resolvers-types";

export const Bilateral: BilateralResolvers = {
  __resolveReference: (ref) => (parseBilateralId(ref.id) ? { id: ref.id } : null),
  agreements: async (b, _, { loaders }) => agreementsInOrder(loaders, await loaders.byPair.load(b.id)),
};
