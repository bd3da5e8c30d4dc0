import type { Database } from "@atlas/db";
import { connection, countryCodeArg, decodeCursor, pageSizeArg, requireRole } from "@atlas/runtime";
import { hasLikeMetacharacters, likeContainsPattern, searchArg } from "@atlas/runtime/src/text";
import type { QueryResolvers } from "../__generated__/resolvers-types";

/**
 * The folded search as a filter on a person's names, matched literally: Prisma's
 * `contains` leaves `%` and `_` live (LIKE wildcards), so a search holding one is matched
 * with LIKE … ESCAPE '!' instead, in SQL both stores read alike.
 */
async function namesMatching(db: Database, folded: string) {
  if (!folded) return {};
  if (!hasLikeMetacharacters(folded)) return { names: { some: { folded: { contains: folded } } } };
  const rows = await db.prisma.$queryRaw<{ id: number | bigint }[]>`SELECT id FROM person_name WHERE folded LIKE ${likeContainsPattern(folded)} ESCAPE '!'`;
  return { names: { some: { id: { in: rows.map((r) => Number(r.id)) } } } };
}

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
    const names = await namesMatching(db, searchArg("search", search));
    const where = {
      ...(includeRetracted ? {} : { retractedAt: null }),
      ...names,
      ...(country ? { roles: { some: { countryCode: countryCodeArg("country", country), ...(includeRetracted ? {} : { retractedAt: null }) } } } : {}),
    };
    const [rows, totalCount] = await Promise.all([
      db.prisma.person.findMany({ where: afterId ? { ...where, id: { gt: afterId } } : where, orderBy: { id: "asc" }, take: size + 1 }),
      db.prisma.person.count({ where }),
    ]);
    return connection("person", rows, size, (r) => r.id, totalCount);
  },
};
