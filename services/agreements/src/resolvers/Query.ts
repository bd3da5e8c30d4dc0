import { connection, countryCodeArg, decodeCursor, pageSizeArg, requireRole } from "@atlas/runtime";
import type { QueryResolvers } from "../__generated__/resolvers-types";
import { CITATION_OF_DOCUMENT, documentCitation } from "@atlas/runtime/src/sources";

export const Query: QueryResolvers = {
  agreement: (_, { id, includeRetracted }, { loaders, db, caller }) => {
    if (!includeRetracted) return loaders.agreement.load(id);
    requireRole(caller, "curator", "Reading retracted agreements");
    return db.prisma.agreement.findUnique({ where: { id } });
  },

  agreements: async (_, { country, kind, nature, first, after, includeRetracted }, { db, caller }) => {
    if (includeRetracted) requireRole(caller, "curator", "Listing retracted agreements");
    const size = pageSizeArg(first);
    const afterId = decodeCursor("agreement", after);
    const where = {
      ...(includeRetracted ? {} : { retractedAt: null }),
      ...(country ? { parties: { some: { countryCode: countryCodeArg("country", country) } } } : {}),
      ...(kind ? { kind } : {}),
      ...(nature ? { nature: { in: nature } } : {}),
    };
    const [rows, totalCount] = await Promise.all([
      db.prisma.agreement.findMany({ where: afterId ? { ...where, id: { gt: afterId } } : where, orderBy: { id: "asc" }, take: size + 1 }),
      db.prisma.agreement.count({ where }),
    ]);
    return connection("agreement", rows, size, (r) => r.id, totalCount);
  },

  /** Internal, for the sources subgraph's candidates (@inaccessible; only callers holding the subgraph secret reach a subgraph): one statement; retracted citations and facts left out. */
  _citationsOfDocument: async (_, { document }, { db }) =>
    (await db.prisma.agreementSource.findMany({ where: { documentId: document, retractedAt: null, owner: { retractedAt: null } }, select: CITATION_OF_DOCUMENT, orderBy: { id: "asc" } })).map(documentCitation("agreement")),
};
