import { badInput, connection, countryCodeArg, bilateralId, decodeCursor, foldForSearch, pageSizeArg } from "@atlas/runtime";
import type { QueryResolvers } from "../__generated__/resolvers-types";

export const Query: QueryResolvers = {
  country: (_, { code }, { loaders }) => loaders.country.load(countryCodeArg("code", code)),

  countries: async (_, { first, after, search }, { db }) => {
    const size = pageSizeArg(first);
    const afterCode = decodeCursor("country", after);
    const folded = search ? foldForSearch(search) : "";
    const where = folded ? { names: { some: { folded: { contains: folded } } } } : {};
    const [rows, totalCount] = await Promise.all([
      db.prisma.country.findMany({
        where: afterCode ? { ...where, code: { gt: afterCode } } : where,
        orderBy: { code: "asc" },
        take: size + 1,
      }),
      db.prisma.country.count({ where }),
    ]);
    return connection("country", rows, size, (r) => r.code, totalCount);
  },

  bilateral: async (_, { a, b }, { loaders }) => {
    const codeA = countryCodeArg("a", a);
    const codeB = countryCodeArg("b", b);
    if (codeA === codeB) throw badInput("b", `must name a different country than a (both are ${codeA})`);
    const [ca, cb] = await Promise.all([loaders.country.load(codeA), loaders.country.load(codeB)]);
    return ca && cb ? { id: bilateralId(codeA, codeB) } : null;
  },
};
