import { parseBilateralId } from "@atlas/runtime";
import { listConnection, listSlice } from "@atlas/runtime/src/lists";
import { corridorsById } from "../loaders";
import type { BilateralResolvers } from "../__generated__/resolvers-types";

export const Bilateral: BilateralResolvers = {
  __resolveReference: (ref) => (parseBilateralId(ref.id) ? { id: ref.id } : null),
  corridors: async (b, args, { loaders }) => listSlice(`Bilateral(${b.id}).corridors`, await corridorsById(loaders, await loaders.byPair.load(b.id)), args),
  corridorsConnection: async (b, args, { loaders }) => listConnection(`Bilateral(${b.id}).corridors`, await corridorsById(loaders, await loaders.byPair.load(b.id)), args),
};
