import { connection, countryCodeArg, decodeCursor, foldForSearch, pageSizeArg, requireRole } from "@atlas/runtime";
import type { QueryResolvers } from "../__generated__/resolvers-types";

export const Query: QueryResolvers = {
  person: (_, { id, includeRetracted }, { loaders, db, caller }) => {
    if (!includeRetracted) return loaders.person.load(id);
    requireRole(caller, "curator", "Reading retracted people");
    return db.prisma.person.findUnique({ where: { id } });
  },
  event: (_, { id, includeRetracted }, { loaders, db, caller }) => {
    if (!includeRetracted) return loaders.event.load(id);
    requireRole(caller, "curator", "Reading retracted events");
    return db.prisma.event.findUnique({ where: { id } });
  },

  people: async (_, { search, country, first, after, includeRetracted }, { db, caller }) => {
    if (includeRetracted) requireRole(caller, "curator", "Listing retracted people");
    const size = pageSizeArg(first);
    const afterId = decodeCursor("person", after);
    const folded = search ? foldForSearch(search) : "";
    const where = {
      ...(includeRetracted ? {} : { retractedAt: null }),
      ...(folded ? { names: { some: { folded: { contains: folded } } } } : {}),
      ...(country ? { roles: { some: { countryCode: countryCodeArg("country", country), ...(includeRetracted ? {} : { retractedAt: null }) } } } : {}),
    };
    const [rows, totalCount] = await Promise.all([
      db.prisma.person.findMany({ where: afterId ? { ...where, id: { gt: afterId } } : where, orderBy: { id: "asc" }, take: size + 1 }),
      db.prisma.person.count({ where }),
    ]);
    return connection("person", rows, size, (r) => r.id, totalCount);
  },
};
