import { connection, countryCodeArg, decodeCursor, foldForSearch, pageSizeArg } from "@atlas/runtime";
import type { QueryResolvers } from "../__generated__/resolvers-types";

export const Query: QueryResolvers = {
  corridor: (_, { id }, { loaders }) => loaders.corridor.load(id),

  corridors: async (_, { country, kind, search, first, after }, { db }) => {
    const size = pageSizeArg(first);
    const afterId = decodeCursor("corridor", after);
    const folded = search ? foldForSearch(search) : "";
    const where = {
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
