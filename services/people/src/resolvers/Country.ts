import { listConnection, listSlice } from "@atlas/runtime/src/lists";
import { eventsInOrder, peopleInOrder } from "../loaders";
import type { CountryResolvers } from "../__generated__/resolvers-types";

export const Country: CountryResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),
  id: (c) => c.code,
  leaders: async (c, args, { loaders }) => listSlice(`Country(${c.code}).leaders`, await peopleInOrder(loaders, await loaders.leadersOfCountry.load(c.code)), args),
  leadersConnection: async (c, args, { loaders }) => listConnection(`Country(${c.code}).leaders`, await peopleInOrder(loaders, await loaders.leadersOfCountry.load(c.code)), args),
  people: async (c, args, { loaders }) => listSlice(`Country(${c.code}).people`, await peopleInOrder(loaders, await loaders.peopleOfCountry.load(c.code)), args),
  peopleConnection: async (c, args, { loaders }) => listConnection(`Country(${c.code}).people`, await peopleInOrder(loaders, await loaders.peopleOfCountry.load(c.code)), args),
  events: async (c, args, { loaders }) => listSlice(`Country(${c.code}).events`, await eventsInOrder(loaders, await loaders.eventsOfCountry.load(c.code)), args),
  eventsConnection: async (c, args, { loaders }) => listConnection(`Country(${c.code}).events`, await eventsInOrder(loaders, await loaders.eventsOfCountry.load(c.code)), args),
};
