import type { Database } from "@atlas/db";
import { badInput, connection, countryCodeArg, bilateralId, decodeCursor, pageSizeArg } from "@atlas/runtime";
import { hasLikeMetacharacters, likeContainsPattern, searchArg } from "@atlas/runtime/src/text";
import type { DocumentCitation, QueryResolvers } from "../__generated__/resolvers-types";

/** What `_citationsOfDocument` reads of a citation row. */
const CITATION = { id: true, ownerId: true, start: true, end: true, figures: true } as const;
type CitationOfDocument = { id: number; ownerId: string | number; start: number; end: number; figures: string };
const documentCitation = (kind: string) => (r: CitationOfDocument): DocumentCitation => ({
  kind,
  id: String(r.ownerId),
  citationId: String(r.id),
  start: r.start,
  end: r.end,
  figures: JSON.parse(r.figures) as string[],
});

/**
 * The folded search as a filter on a country's names, matched literally: Prisma's
 * `contains` leaves `%` and `_` live (LIKE wildcards), so a search holding one is matched
 * with LIKE … ESCAPE '!' instead, in SQL both stores read alike.
 */
async function namesMatching(db: Database, folded: string) {
  if (!folded) return {};
  if (!hasLikeMetacharacters(folded)) return { names: { some: { folded: { contains: folded } } } };
  const rows = await db.prisma.$queryRaw<{ id: number | bigint }[]>`SELECT id FROM country_name WHERE folded LIKE ${likeContainsPattern(folded)} ESCAPE '!'`;
  return { names: { some: { id: { in: rows.map((r) => Number(r.id)) } } } };
}

export const Query: QueryResolvers = {
  country: (_, { code }, { loaders }) => loaders.country.load(countryCodeArg("code", code)),

  countries: async (_, { first, after, search }, { db }) => {
    const size = pageSizeArg(first);
    const afterCode = decodeCursor("country", after);
    const where = await namesMatching(db, searchArg("search", search));
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
    (await db.prisma.countrySource.findMany({ where: { documentId: document, retractedAt: null }, select: CITATION, orderBy: { id: "asc" } })).map(documentCitation("country")),
};
