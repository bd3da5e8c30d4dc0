import { listConnection, listSlice } from "@atlas/runtime/src/lists";
import { agreementTimeline } from "../loaders";
import type { CountryResolvers } from "../__generated__/resolvers-types";

export const Country: CountryResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),
  id: (c) => c.code,
  agreements: async (c, { nature, ...page }, { loaders }) =>
    listSlice(`Country(${c.code}).agreements`, await agreementTimeline(loaders, await loaders.byCountry.load(c.code), nature), page),
  agreementsConnection: async (c, { nature, ...page }, { loaders }) =>
    listConnection(`Country(${c.code}).agreements`, await agreementTimeline(loaders, await loaders.byCountry.load(c.code), nature), page),
};
