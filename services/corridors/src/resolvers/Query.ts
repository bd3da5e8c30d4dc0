import { connection, countryCodeArg, decodeCursor, pageSizeArg, requireRole } from "@atlas/runtime";
import { namesMatching, searchArg } from "@atlas/runtime/src/text";
import type { QueryResolvers } from "../__generated__/resolvers-types";
import { CITATION_OF_DOCUMENT, documentCitation } from "@atlas/runtime/src/sources";

export const Query: QueryResolvers = {
  corridor: (_, { id, includeRetracted }, { loaders, db, caller }) => {
    if (!includeRetracted) return loaders.corridor.load(id);
    requireRole(caller, "curator", "Reading retracted corridors");
    return db.prisma.corridor.findUnique({ where: { id } });
  },

  corridors: async (_, { country, kind, search, first, after, includeRetracted }, { db, caller }) => {
    if (includeRetracted) requireRole(caller, "curator", "Listing retracted corridors");
    const size = pageSizeArg(first);
    const afterId = decodeCursor("corridor", after);
    const names = await namesMatching(db.prisma, "corridor_name", searchArg("search", search));
    const where = {
      ...(includeRetracted ? {} : { retractedAt: null }),
      ...(country ? { countries: { some: { countryCode: countryCodeArg("country", country) } } } : {}),
      ...(kind ? { kind } : {}),
      ...names,
    };
    const [rows, totalCount] = await Promise.all([
      db.prisma.corridor.findMany({ where: afterId ? { ...where, id: { gt: afterId } } : where, orderBy: { id: "asc" }, take: size + 1 }),
      db.prisma.corridor.count({ where }),
    ]);
    return connection("corridor", rows, size, (r) => r.id, totalCount);
  },

  /** Internal, for the sources subgraph's candidates (@inaccessible; only callers holding the subgraph secret reach a subgraph): one statement; retracted citations and facts left out. */
  _citationsOfDocument: async (_, { document }, { db }) =>
    (await db.prisma.corridorSource.findMany({ where: { documentId: document, retractedAt: null, owner: { retractedAt: null } }, select: CITATION_OF_DOCUMENT, orderBy: { id: "asc" } })).map(documentCitation("corridor")),
};
