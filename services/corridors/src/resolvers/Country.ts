import { corridorsById } from "../loaders";
import type { CountryResolvers } from "../__generated__/resolvers-types";

export const Country: CountryResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),
  corridors: async (c, _, { loaders }) => corridorsById(loaders, await loaders.byCountry.load(c.code)),
};
