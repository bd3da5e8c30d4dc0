import { parseBilateralId } from "@atlas/runtime";
import { listConnection, listSlice } from "@atlas/runtime/src/lists";
import { agreementTimeline } from "../loaders";
import type { BilateralResolvers } from "../__generated__/resolvers-types";

export const Bilateral: BilateralResolvers = {
  __resolveReference: (ref) => (parseBilateralId(ref.id) ? { id: ref.id } : null),
  agreements: async (b, args, { loaders }) => listSlice(`Bilateral(${b.id}).agreements`, await agreementTimeline(loaders, await loaders.byPair.load(b.id)), args),
  agreementsConnection: async (b, args, { loaders }) =>
    listConnection(`Bilateral(${b.id}).agreements`, await agreementTimeline(loaders, await loaders.byPair.load(b.id)), args),
};
