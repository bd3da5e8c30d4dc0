import type { Database } from "@atlas/db";
import { connection, countryCodeArg, decodeCursor, pageSizeArg, requireRole } from "@atlas/runtime";
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
 * The folded search as a filter on a corridor's names, matched literally: Prisma's
 * `contains` leaves `%` and `_` live (LIKE wildcards), so a search holding one is matched
 * with LIKE … ESCAPE '!' instead, in SQL both stores read alike.
 */
async function namesMatching(db: Database, folded: string) {
  if (!folded) return {};
  if (!hasLikeMetacharacters(folded)) return { names: { some: { folded: { contains: folded } } } };
  const rows = await db.prisma.$queryRaw<{ id: number | bigint }[]>`SELECT id FROM corridor_name WHERE folded LIKE ${likeContainsPattern(folded)} ESCAPE '!'`;
  return { names: { some: { id: { in: rows.map((r) => Number(r.id)) } } } };
}

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
    const names = await namesMatching(db, searchArg("search", search));
    const where = {
      ...(includeRetracted ? {} : { retractedAt: null }),
      ...(country ? { countries: { some: { countryCode: countryCodeArg("country", country) } } } : {}),
      ...(kind ? { kind } : {}),
      ...names,
    };
    const [rows, totalCount] = await Promise.all([
      db.prisma.corridor.findMany({ where: afterId ? { ...where, id: { gt: afterId } } : where, orderBy: { id: "asc" }, take: size + 1 }),
      db.prisma.corridor.count({ where }),
    ]);
    return connection("corridor", rows, size, (r) => r.id, totalCount);
  },

  /** Internal, for the sources subgraph's candidates (@inaccessible; only callers holding the subgraph secret reach a subgraph): one statement; retracted citations and facts left out. */
  _citationsOfDocument: async (_, { document }, { db }) =>
    (await db.prisma.corridorSource.findMany({ where: { documentId: document, retractedAt: null, owner: { retractedAt: null } }, select: CITATION, orderBy: { id: "asc" } })).map(documentCitation("corridor")),
};
