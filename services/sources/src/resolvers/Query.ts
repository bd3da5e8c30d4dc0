import type { QueryResolvers } from "../__generated__/resolvers-types";
import { PUBLISHED } from "../loaders";
import { citationSpans, importStates } from "../writes";

export const Query: QueryResolvers = {
  document: (_, { id }, { loaders }) => loaders.document.load(id),
  documents: (_, __, { db }) => db.prisma.document.findMany({ where: PUBLISHED, orderBy: { id: "asc" } }),
  _citationSpans: (_, { refs, importId }, { db }) => citationSpans(db, refs, importId ?? undefined),
  _importStates: (_, { ids }, { db }) => importStates(db, ids),
};
