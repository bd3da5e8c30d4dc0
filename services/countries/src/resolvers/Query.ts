import { badInput, connection, countryCodeArg, bilateralId, decodeCursor, pageSizeArg } from "@atlas/runtime";
import { namesMatching, searchArg } from "@atlas/runtime/src/text";
import type { QueryResolvers } from "../__generated__/resolvers-types";
import { CITATION_OF_DOCUMENT, documentCitation } from "@atlas/runtime/src/sources";

export const Query: QueryResolvers = {
  country: (_, { code }, { loaders }) => loaders.country.load(countryCodeArg("code", code)),

  countries: async (_, { first, after, search }, { db }) => {
    const size = pageSizeArg(first);
    const afterCode = decodeCursor("country", after);
    const where = await namesMatching(db.prisma, "country_name", searchArg("search", search));
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

  /** Internal, for the sources subgraph's candidates (@inaccessible; only callers holding the subgraph secret reach a subgraph): one statement; retracted citations left out. */
  _citationsOfDocument: async (_, { document }, { db }) =>
    (await db.prisma.countrySource.findMany({ where: { documentId: document, retractedAt: null }, select: CITATION_OF_DOCUMENT, orderBy: { id: "asc" } })).map(documentCitation("country")),
};
