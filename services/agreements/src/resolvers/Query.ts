import { connection, countryCodeArg, decodeCursor, pageSizeArg } from "@atlas/runtime";
import type { QueryResolvers } from "../__generated__/resolvers-types";

export const Query: QueryResolvers = {
  agreement: (_, { id }, { loaders }) => loaders.agreement.load(id),

  agreements: async (_, { country, kind, first, after }, { db }) => {
    const size = pageSizeArg(first);
    const afterId = decodeCursor("agreement", after);
    const where = {
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
