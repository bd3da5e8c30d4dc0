import { connection, countryCodeArg, decodeCursor, foldForSearch, pageSizeArg } from "@atlas/runtime";
import type { QueryResolvers } from "../__generated__/resolvers-types";

export const Query: QueryResolvers = {
  person: (_, { id }, { loaders }) => loaders.person.load(id),
  event: (_, { id }, { loaders }) => loaders.event.load(id),

  people: async (_, { search, country, first, after }, { db }) => {
    const size = pageSizeArg(first);
    const afterId = decodeCursor("person", after);
    const folded = search ? foldForSearch(search) : "";
    const where = {
      ...(folded ? { names: { some: { folded: { contains: folded } } } } : {}),
      ...(country ? { roles: { some: { countryCode: countryCodeArg("country", country) } } } : {}),
    };
    const [rows, totalCount] = await Promise.all([
      db.prisma.person.findMany({ where: afterId ? { ...where, id: { gt: afterId } } : where, orderBy: { id: "asc" }, take: size + 1 }),
      db.prisma.person.count({ where }),
    ]);
    return connection("person", rows, size, (r) => r.id, totalCount);
  },
};
