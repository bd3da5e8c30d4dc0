import { inLang } from "@atlas/runtime";
import { eventsInOrder } from "../loaders";
import type { PersonResolvers } from "../__generated__/resolvers-types";

export const Person: PersonResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.person.load(ref.id),
  name: (p, { lang }) => inLang(lang, p.nameEn, p.nameAr),
  names: (p, _, { loaders }) => loaders.names.load(p.id),
  roles: (p, _, { loaders }) => loaders.roles.load(p.id),
  events: async (p, _, { loaders }) => eventsInOrder(loaders, await loaders.eventsOfPerson.load(p.id)),
};
