import DataLoader from "dataloader";
import type { CorridorDateRow, CorridorRow, PrismaDb } from "@atlas/db";
import { byKey, type CitationRow, groupByKey, idsByPair, linksOfPairs, primeCountries, VISIBLE } from "@atlas/runtime";

/** Built once per request (see context.ts). Every batch is one SQL statement. */
export function createLoaders(prisma: PrismaDb) {
  const countries = new DataLoader<string, string[]>(async (ids) => {
    const rows = await prisma.corridorCountry.findMany({ where: { corridorId: { in: [...ids] } }, orderBy: { countryCode: "asc" } });
    return groupByKey(ids, rows, (r) => r.corridorId).map((l) => l.map((r) => r.countryCode));
  });
  return {
    corridor: new DataLoader<string, CorridorRow | null>(async (ids) =>
      byKey(ids, await prisma.corridor.findMany({ where: { id: { in: [...ids] }, ...VISIBLE } }), (r) => r.id),
    ),
    names: new DataLoader<string, string[]>(async (ids) => {
      const rows = await prisma.corridorName.findMany({ where: { corridorId: { in: [...ids] } }, select: { corridorId: true, name: true }, orderBy: { id: "asc" } });
      return groupByKey(ids, rows, (r) => r.corridorId).map((l) => l.map((r) => r.name));
    }),
    countries,
    dates: new DataLoader<string, CorridorDateRow[]>(async (ids) => {
      const rows = await prisma.corridorDate.findMany({ where: { ownerId: { in: [...ids] }, ...VISIBLE }, orderBy: { id: "asc" } });
      return groupByKey(ids, rows, (r) => r.ownerId);
    }),
    sources: new DataLoader<string, CitationRow[]>(async (ids) => {
      const rows = await prisma.corridorSource.findMany({ where: { ownerId: { in: [...ids] }, ...VISIBLE }, orderBy: { id: "asc" } });
      return groupByKey(ids, rows, (r) => r.ownerId);
    }),
    /** Corridor ids per country code (retracted ones too: the corridor loader leaves them out). */
    byCountry: new DataLoader<string, string[]>(async (codes) => {
      const rows = await prisma.corridorCountry.findMany({ where: { countryCode: { in: [...codes] } }, orderBy: { corridorId: "asc" } });
      return groupByKey(codes, rows, (r) => r.countryCode).map((l) => l.map((r) => r.corridorId));
    }),
    /** Corridor ids per bilateral id: those crossing both countries. One statement for all pairs. */
    byPair: new DataLoader<string, string[]>(async (pairIds) => {
      const links = await linksOfPairs(prisma, { table: "corridor_country", owner: "corridorId" }, pairIds);
      primeCountries(countries, links);
      return idsByPair(pairIds, links);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export async function corridorsById(loaders: Loaders, ids: readonly string[]): Promise<CorridorRow[]> {
  return (await loaders.corridor.loadMany(ids)).filter((r): r is CorridorRow => !!r && !(r instanceof Error));
}
