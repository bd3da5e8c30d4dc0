import { agreementsInOrder } from "../loaders";
import type { CountryResolvers } from "../__generated__/resolvers-types";

export const Country: CountryResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),
  agreements: async (c, _, { loaders }) => agreementsInOrder(loaders, await loaders.byCountry.load(c.code)),
};
