import { eventsInOrder, peopleById } from "../loaders";
import type { CountryResolvers } from "../__generated__/resolvers-types";

export const Country: CountryResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),
  leaders: async (c, _, { loaders }) => peopleById(loaders, await loaders.leadersOfCountry.load(c.code)),
  people: async (c, _, { loaders }) => peopleById(loaders, await loaders.peopleOfCountry.load(c.code)),
  events: async (c, _, { loaders }) => eventsInOrder(loaders, await loaders.eventsOfCountry.load(c.code)),
};
