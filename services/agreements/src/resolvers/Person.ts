import { listSlice } from "@atlas/runtime/src/lists";
import { agreementTimeline } from "../loaders";
import type { PersonResolvers } from "../__generated__/resolvers-types";

export const Person: PersonResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  agreementsSigned: async (p, _, { loaders }) => listSlice(`Person(${p.id}).agreementsSigned`, await agreementTimeline(loaders, await loaders.bySignatory.load(p.id))),
};
