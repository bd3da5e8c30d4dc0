import { connection, countryCodeArg, decodeCursor, pageSizeArg, requireRole } from "@atlas/runtime";
import type { QueryResolvers } from "../__generated__/resolvers-types";

export const Query: QueryResolvers = {
  agreement: (_, { id, includeRetracted }, { loaders, db, caller }) => {
    if (!includeRetracted) return loaders.agreement.load(id);
    requireRole(caller, "curator", "Reading retracted agreements");
    return db.prisma.agreement.findUnique({ where: { id } });
  },

  agreements: async (_, { country, kind, first, after, includeRetracted }, { db, caller }) => {
    if (includeRetracted) requireRole(caller, "curator", "Listing retracted agreements");
    const size = pageSizeArg(first);
    const afterId = decodeCursor("agreement", after);
    const where = {
      ...(includeRetracted ? {} : { retractedAt: null }),
      ...(country ? { parties: { some: { countryCode: countryCodeArg("country", country) } } } : {}),
      ...(kind ? { kind } : {}),
    };
    const [rows, totalCount] = await Promise.all([
      db.prisma.agreement.findMany({ where: afterId ? { ...where, id: { gt: afterId } } : where, orderBy: { id: "asc" }, take: size + 1 }),
      db.prisma.agreement.count({ where }),
    ]);
    return connection("agreement", rows, size, (r) => r.id, totalCount);
  },
};
