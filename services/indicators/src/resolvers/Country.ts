import { listConnection, listSlice } from "@atlas/runtime/src/lists";
import { indicatorsInOrder } from "../loaders";
import type { CountryResolvers } from "../__generated__/resolvers-types";

export const Country: CountryResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),
  id: (c) => c.code,
  indicators: async (c, { metric, ...page }, { loaders }) => listSlice(`Country(${c.code}).indicators`, await indicatorsInOrder(loaders, await loaders.byCountry.load(c.code), metric), page),
  indicatorsConnection: async (c, { metric, ...page }, { loaders }) =>
    listConnection(`Country(${c.code}).indicators`, await indicatorsInOrder(loaders, await loaders.byCountry.load(c.code), metric), page),
  tradeFlows: (c, _, { loaders }) => loaders.tradeFlowsOfCountry.load(c.code),
};
