import { indicatorsInOrder } from "../loaders";
import type { CountryResolvers } from "../__generated__/resolvers-types";

export const Country: CountryResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),
  indicators: async (c, { metric }, { loaders }) => indicatorsInOrder(loaders, await loaders.byCountry.load(c.code), metric),
};
