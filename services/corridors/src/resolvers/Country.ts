import { listConnection, listSlice } from "@atlas/runtime/src/lists";
import { corridorsById } from "../loaders";
import type { CountryResolvers } from "../__generated__/resolvers-types";

export const Country: CountryResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),
  id: (c) => c.code,
  corridors: async (c, args, { loaders }) => listSlice(`Country(${c.code}).corridors`, await corridorsById(loaders, await loaders.byCountry.load(c.code)), args),
  corridorsConnection: async (c, args, { loaders }) => listConnection(`Country(${c.code}).corridors`, await corridorsById(loaders, await loaders.byCountry.load(c.code)), args),
};
