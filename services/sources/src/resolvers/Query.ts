import type { QueryResolvers } from "../__generated__/resolvers-types";

export const Query: QueryResolvers = {
  document: (_, { id }, { loaders }) => loaders.document.load(id),
  documents: (_, __, { db }) => db.prisma.document.findMany({ orderBy: { id: "asc" } }),
};
