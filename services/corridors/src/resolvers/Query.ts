import { connection, countryCodeArg, decodeCursor, foldForSearch, pageSizeArg, requireRole } from "@atlas/runtime";
import type { QueryResolvers } from "../__generated__/resolvers-types";

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
    const folded = search ? foldForSearch(search) : "";
    const where = {
      ...(includeRetracted ? {} : { retractedAt: null }),
      ...(country ? { countries: { some: { countryCode: countryCodeArg("country", country) } } } : {}),
      ...(kind ? { kind } : {}),
      ...(folded ? { names: { some: { folded: { contains: folded } } } } : {}),
    };
    const [rows, totalCount] = await Promise.all([
      db.prisma.corridor.findMany({ where: afterId ? { ...where, id: { gt: afterId } } : where, orderBy: { id: "asc" }, take: size + 1 }),
      db.prisma.corridor.count({ where }),
    ]);
    return connection("corridor", rows, size, (r) => r.id, totalCount);
  },
};
