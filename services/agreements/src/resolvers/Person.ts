import { agreementsInOrder } from "../loaders";
import type { PersonResolvers } from "../__generated__/resolvers-types";

export const Person: PersonResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  agreementsSigned: async (p, _, { loaders }) => agreementsInOrder(loaders, await loaders.bySignatory.load(p.id)),
};
