import { parseBilateralId } from "@atlas/runtime";
import { corridorsById } from "../loaders";
import type { BilateralResolvers } from "../__generated__/resolvers-types";

export const Bilateral: BilateralResolvers = {
  __resolveReference: (ref) => (parseBilateralId(ref.id) ? { id: ref.id } : null),
  corridors: async (b, _, { loaders }) => corridorsById(loaders, await loaders.byPair.load(b.id)),
};
