import { connection, decodeCursor, pageSizeArg } from "@atlas/runtime";
import type { QueryResolvers } from "../__generated__/resolvers-types";
import { PUBLISHED } from "../loaders";
import { citationSpans, importStates } from "../writes";

export const Query: QueryResolvers = {
  document: (_, { id }, { loaders }) => loaders.document.load(id),
  // Without `first` every document, as before; `after` is a cursor of documentsConnection.
  documents: (_, { first, after }, { db }) => {
    const afterId = decodeCursor("document", after);
    const take = first === null || first === undefined ? undefined : pageSizeArg(first);
    return db.prisma.document.findMany({ where: afterId ? { ...PUBLISHED, id: { gt: afterId } } : PUBLISHED, orderBy: { id: "asc" }, take });
  },
  documentsConnection: async (_, { first, after }, { db }) => {
    const size = pageSizeArg(first);
    const afterId = decodeCursor("document", after);
    const [rows, totalCount] = await Promise.all([
      db.prisma.document.findMany({ where: afterId ? { ...PUBLISHED, id: { gt: afterId } } : PUBLISHED, orderBy: { id: "asc" }, take: size + 1 }),
      db.prisma.document.count({ where: PUBLISHED }),
    ]);
    return connection("document", rows, size, (r) => r.id, totalCount);
  },
  _citationSpans: (_, { refs, importId }, { db }) => citationSpans(db, refs, importId ?? undefined),
  _importStates: (_, { ids }, { db }) => importStates(db, ids),
};
